## The catalogue of the window, in Indonesian (Bahasa Indonesia). Reference: ../en/ui.ftl (ids and placeables).
## Translators: keep each id and every { $placeable } as is; see ../README.md and GLOSSARY.md in this folder.
## Indonesian has no plural forms: a message English splits into [one]/[other] is a single text here; [0] stays.

# This language's name, in itself: shown in the list of languages in Settings.
language-name = Bahasa Indonesia

app-name = Campaign Desk
app-version = Versi { $version }
app-versionUnavailable = Versi tidak tersedia

nav-label = Menu
nav-home = Beranda Campaign Desk
nav-calendar = Kalender
nav-campaigns = Kampanye
nav-statements = Pernyataan
nav-organisations = Organisasi
nav-settings = Pengaturan
nav-shortcut = Ctrl+{ $key }
nav-shortcutMac = ⌘{ $key }

settings-language-label = Bahasa tampilan
settings-language-auto = Sama dengan komputer ini ({ $language })
settings-language-pseudo = Bahasa semu (uji tata letak)
settings-language-hint = Kalender, pernyataan, dan pengumuman yang diekspor tetap memakai bahasa yang dipilih untuk masing-masing.
settings-clock-label = Format jam
settings-clock-auto = Sesuai kebiasaan bahasa ({ $example })
settings-clock-h23 = 24 jam ({ $example })
settings-clock-h12 = 12 jam ({ $example })
settings-weekStart-label = Hari pertama dalam seminggu
settings-weekStart-auto = Sesuai kebiasaan bahasa ({ $day })

comingSoon-badge = Segera hadir

search-open = Cari
search-shortcut = Ctrl+K
search-shortcutMac = ⌘K
search-label = Cari pernyataan, kampanye, acara, dan organisasi
search-placeholder = Cari pernyataan, kampanye, acara, organisasi…
search-results = Hasil pencarian
search-hint = Ketik untuk mencari dalam semua bahasa. ↑ ↓ untuk memilih, Enter untuk membuka, Esc untuk menutup.
search-none = Tidak ada hasil untuk “{ $query }”.
search-count = { $count } hasil
search-group-statement = Pernyataan
search-group-translation = Terjemahan
search-group-campaign = Kampanye
search-group-event = Acara
search-group-organisation = Organisasi

common-cancel = Batal
discard-title = Buang perubahan?
discard-body = Isian dan pilihan Anda di formulir ini belum disimpan dan akan hilang.
discard-confirm = Buang perubahan
discard-keep = Lanjutkan mengisi
draft-offer = Pulihkan perubahan yang belum disimpan dari { $time }?
draft-recordChanged = Sejak itu ada perubahan yang sudah disimpan: jika dipulihkan, isi draf akan menimpanya.
draft-restore = Pulihkan
draft-discard = Buang
common-close = Tutup
common-delete = Hapus
common-done = Selesai
common-edit = Ubah
common-save = Simpan
common-saveChanges = Simpan perubahan
common-newShortcut = Ctrl+N

count-campaigns =
    { $count ->
        [0] tidak ada kampanye
       *[other] { $count } kampanye
    }
count-statements =
    { $count ->
        [0] tidak ada pernyataan
       *[other] { $count } pernyataan
    }
count-events =
    { $count ->
        [0] tidak ada acara
       *[other] { $count } acara
    }
count-people =
    { $count ->
        [0] tidak ada orang
       *[other] { $count } orang
    }
count-organisations =
    { $count ->
        [0] Tidak ada organisasi
       *[other] { $count } organisasi
    }

welcome-title = Selamat datang di Campaign Desk
welcome-lead = Rencanakan aksi, pantau organisasi mitra, dan siapkan pernyataan bersama — semuanya tersimpan di komputer ini dan bisa dipakai tanpa internet.
welcome-startHeading = Mulai dari mana
welcome-organisations = Tambahkan organisasi-organisasi dalam aliansi Anda dan orang-orang yang bekerja bersama Anda.
welcome-campaigns = Buat kampanye beserta aksi, rapat, dan tenggat yang termasuk di dalamnya.
welcome-calendar = Lihat semua yang akan datang, dari semua kampanye.
welcome-chooseHeading = Bagaimana Anda ingin memulai?
welcome-zoneLabel = Zona waktu utama Anda
welcome-zoneHint = Kampanye baru, tanggal-tanggal pentingnya, dan templat disusun dalam zona ini, dan kalender ditampilkan dalam zona ini. Anda bisa mengubahnya di Pengaturan.
welcome-startEmpty = Mulai dari kosong
welcome-startEmptyBody = Mulai dengan aliansi Anda sendiri: tambahkan organisasi-organisasi yang bekerja bersama Anda, lalu rencanakan kampanye pertama.
welcome-demo = Jelajahi dengan data contoh
welcome-demoLoading = Memuat data contoh…
welcome-demoBody = Lihat satu bulan kegiatan sebuah aliansi buruh migran internasional: bulan solidaritas, webinar, hari aksi, dan jaringan-jaringan di baliknya. Semuanya bisa Anda hapus nanti.
welcome-private = Semua yang Anda masukkan tersimpan dalam satu berkas di komputer ini. Tidak ada yang dikirim ke mana pun.
welcome-tip = Tips: tekan { $first } sampai { $last } untuk berpindah menu dari mana saja.

calendar-title = Kalender
calendar-subtitle = Aksi, rapat, dan tenggat dari semua kampanye.
calendar-newEvent = Acara baru
calendar-viewZone = Tampilkan waktu dalam
calendar-campaignFilter = Kampanye
calendar-campaignSpan = Kampanye: { $title }
calendar-running = Kampanye pada tanggal-tanggal ini:
calendar-cutSeries = “{ $title }” berulang lebih sering daripada yang bisa ditampilkan satu halaman kalender: hanya { $count } kali pertama pada tanggal-tanggal ini yang digambar.
calendar-showOnly = Tampilkan hanya { $title }
calendar-organisationFilter = Organisasi
calendar-allOrganisations = Semua organisasi
calendar-kindFilter = Jenis
calendar-allKinds = Semua jenis
calendar-allCampaigns = Semua kampanye
calendar-goto = Ke tanggal
calendar-today = Hari ini
calendar-prev = Sebelumnya
calendar-next = Berikutnya
calendar-month = Bulan
calendar-week = Minggu
calendar-day = Hari
calendar-agenda = Agenda mingguan
calendar-monthAgenda = Agenda bulanan
calendar-campaignAgenda = Seluruh agenda { $title }, { $dates }.
calendar-year = Tahun
calendar-allDay = Sepanjang hari
calendar-noEvents = Tidak ada rencana pada periode ini
calendar-noInstances = Acara ini tidak punya tanggal tersisa untuk ditampilkan: setiap tanggal dalam rangkaiannya sudah dihapus.
calendar-openDay = Buka tanggal ini untuk melihat semua acaranya
calendar-more = +{ $count } lagi
calendar-recurring = Berulang
calendar-changedOccurrence = Pengulangan yang diubah
calendar-partnerTimes = Waktu untuk mitra
calendar-zoneTime = { $time } { $city }
calendar-dayShift = ({ $sign }{ $count } hari)
calendar-campaign = Kampanye
calendar-mode = Bentuk
calendar-location = Lokasi
calendar-onlineUrl = Tautan daring
calendar-registrationUrl = Tautan pendaftaran
calendar-deleteTitle = Hapus acara
calendar-deleteBody = Hapus “{ $title }”?
calendar-deleteSeriesBody = Hapus “{ $title }” beserta semua pengulangannya?
scope-title = Ubah acara berulang
scope-body = Pengulangan mana yang diubah?
scope-this = Pengulangan ini saja
scope-following = Ini dan berikutnya
scope-all = Semua pengulangan
editor-newTitle = Acara baru
editor-editTitle = Ubah acara
editor-editOccurrence = Ubah pengulangan ini
editor-editFollowing = Ubah pengulangan ini dan berikutnya
editor-noCampaign = Tanpa kampanye
editor-allDay = Sepanjang hari
editor-start = Mulai
editor-end = Selesai
editor-lastDay = Hari terakhir
editor-days = { $count } hari
editor-lessThanADay = kurang dari sehari
editor-longTitle = Simpan acara yang panjang?
editor-longBody = Acara ini berlangsung { $length }, sampai { $end }. Sudah benar?
editor-overlapTitle = Pengulangan akan saling tumpang-tindih
editor-overlapBody = Setiap pengulangan berlangsung { $length }, lebih lama daripada jarak { $gap } dari satu pengulangan ke berikutnya. Sudah benar?
editor-saveAnyway = Tetap simpan
editor-goBack = Kembali
editor-zoneHint = Waktu di atas menurut zona ini.
editor-repeat = Ulangi
repeat-none = Tidak berulang
repeat-daily = Harian
repeat-weekly = Mingguan
repeat-monthly = Bulanan
repeat-yearly = Tahunan
repeat-custom = Aturan khusus (dipertahankan)
repeat-noneWords = Sekali
repeat-dailyWords = Setiap hari
repeat-weeklyWords = Setiap minggu pada hari { $day }
repeat-monthlyWords = Setiap bulan pada tanggal { $day }
repeat-yearlyWords = Setiap tahun pada { $date }

campaigns-title = Kampanye
campaigns-subtitle = Kampanye-kampanye yang dijalankan aliansi Anda, beserta tujuan dan lini masanya.
campaigns-emptyTitle = Belum ada kampanye
campaigns-emptyBody = Sebuah kampanye menghimpun tanggal, tagar, organisasi penyelenggara bersama, dan acaranya. Buat kampanye pertama Anda untuk memulai.

campaign-new = Kampanye baru
campaign-newTitle = Kampanye baru
campaign-newSubtitle = Beri judul dan tanggal; yang lain bisa diisi nanti.
campaign-editTitle = Ubah kampanye
campaign-create = Buat kampanye
campaign-search = Cari kampanye
campaign-noMatch = Tidak ada kampanye yang cocok dengan “{ $query }”.
campaign-dates = Tanggal
campaign-organisationsShort = Org.
campaign-sectionBasics = Info dasar
campaign-sectionText = Ringkasan dan deskripsi
campaign-sectionOrganisations = Organisasi dan perannya
campaign-titlePlaceholder = mis. Bulan Solidaritas untuk Rakyat Burma
campaign-endHint = Hari terakhir (ikut dihitung).
campaign-zoneHint = Tempat kampanye dijalankan; acara baru dimulai dalam zona ini.
campaign-hashtagsHint = Tekan Enter, spasi, atau koma setelah tiap tagar.
campaign-summaryHint = Satu kalimat, ditampilkan di daftar dan pengumuman.
campaign-noOrgs = Belum ada organisasi. Tambahkan penyelenggara utama, penyelenggara bersama, mitra, pendukung, atau sponsor di bawah.
campaign-directoryEmpty = Direktori Anda masih kosong: tambahkan dulu organisasi di menu Organisasi.
campaign-pickOrg = Pilih organisasi…
campaign-pickRole = Peran
campaign-addOrg = Tambah
campaign-roleOf = Peran { $name }
campaign-removeOrg = Hapus { $name }
campaign-noDescription = Belum ada ringkasan atau deskripsi.
campaign-timelineHeading =
    { $count ->
        [0] Tanggal penting
       *[other] { $count } tanggal penting
    }
campaign-statementsHeading =
    { $count ->
        [0] Pernyataan
       *[other] { $count } pernyataan
    }
campaign-noStatements = Belum ada pernyataan untuk kampanye ini.
campaign-openStatements = Tulis di menu Pernyataan
campaign-statementRevision = revisi { $n }
campaign-statementSignOns = { $count } dukungan
campaign-outsideDates = Di luar tanggal kampanye
campaign-outsideChip = Di luar tanggal
campaign-noEvents = Belum ada tanggal penting. Tambahkan di sini webinar, hari aksi, dan peringatan dalam kampanye ini.
campaign-addEvent = Tambah tanggal penting
campaign-agenda = Agenda seluruh kampanye
campaign-eventsNote = Waktu ditampilkan dalam zona waktu masing-masing acara.
campaign-organisationsHeading =
    { $count ->
        [0] Organisasi
       *[other] { $count } organisasi
    }
campaign-noOrgsYet = Belum ada organisasi dalam kampanye ini. Gunakan Ubah untuk menambahkannya.
campaign-deleteTitle = Hapus kampanye?
campaign-deleteBody = Hapus “{ $title }” beserta { $events }?
campaign-deleteDetail = Ini tidak bisa dibatalkan, tetapi cadangan harian di Pengaturan masih menyimpannya.

campaignKind-solidarity_month = Bulan solidaritas
campaignKind-day_of_action = Hari aksi
campaignKind-webinar_series = Rangkaian webinar
campaignKind-press_conference = Konferensi pers
campaignKind-side_event = Acara sampingan
campaignKind-anniversary = Peringatan
campaignKind-womens_day = Hari Perempuan
campaignKind-other = Lainnya

campaignStatus-planning = Perencanaan
campaignStatus-active = Berjalan
campaignStatus-done = Selesai
campaignStatus-archived = Diarsipkan

orgRole-lead = Penyelenggara utama
orgRole-co_organiser = Penyelenggara bersama
orgRole-partner = Mitra
orgRole-endorser = Pendukung
orgRole-sponsor = Sponsor

eventKind-anniversary = Peringatan
eventKind-webinar = Webinar
eventKind-press_conference = Konferensi pers
eventKind-day_of_action = Hari aksi
eventKind-rally = Aksi massa
eventKind-meeting = Rapat
eventKind-side_event = Acara sampingan
eventKind-deadline = Tenggat
eventKind-other = Lainnya
eventMode-in_person = Tatap muka
eventMode-online = Daring
eventMode-hybrid = Hibrida
eventStatus-tentative = Belum pasti
eventStatus-confirmed = Terkonfirmasi
eventStatus-cancelled = Dibatalkan
event-repeats = Berulang

field-name = Nama
field-short_name = Singkatan
field-country = Negara
field-city = Kota
field-zone = Zona waktu
field-email = Email
field-website = Situs web
field-socials = Media sosial
field-notes = Catatan
field-working_hours = Jam kerja
field-working_days = Hari kerja
field-sleeping_hours = Jam tidur
field-role = Peran
field-phone = Telepon
field-organisation = Organisasi
field-title = Judul
field-kind = Jenis
field-status = Status
field-start_date = Tanggal mulai
field-end_date = Tanggal selesai
field-home_zone = Zona waktu utama
field-hashtags = Tagar
field-colour = Warna
field-summary = Ringkasan
field-description = Deskripsi
field-start = Mulai
field-end = Selesai
field-all_day = Sepanjang hari
field-location = Tempat
field-mode = Tatap muka atau daring
field-online_url = Tautan daring
field-registration_url = Tautan pendaftaran
field-rrule = Aturan pengulangan
field-exdates = Tanggal yang dilewati
field-rdates = Tanggal tambahan
field-reminders = Pengingat
field-organisations = Organisasi
field-recurrence_id = Pengulangan

colour-indigo = Nila
colour-orange = Oranye
colour-teal = Hijau toska
colour-red = Merah
colour-purple = Ungu
colour-green = Hijau
colour-ochre = Oker
colour-pink = Merah muda
colour-custom = Pilihan sendiri

hashtags-placeholder = #StandWithBurma
hashtags-remove = Hapus { $tag }

zone-placeholder = Ketik nama kota atau wilayah…
zone-listLabel = Zona waktu
zone-none = Tidak ada zona waktu yang cocok
country-placeholder = Ketik nama negara…
country-listLabel = Negara
country-none = Tidak ada negara yang cocok

statements-title = Pernyataan
statements-subtitle = Pernyataan bersama, siaran pers, dan surat terbuka.

statements-empty = Belum ada pernyataan
statements-emptyBody = Susun draf pernyataan bersama, siaran pers, atau surat terbuka: para mitra menyetujui satu revisi, dan Campaign Desk menyimpan setiap versinya.
statements-new = Pernyataan baru
statements-filterCampaign = Kampanye
statements-filterStatus = Status
statements-allCampaigns = Semua kampanye
statements-noCampaign = Tanpa kampanye
statements-allStatuses = Semua status
statements-noMatch = Tidak ada pernyataan yang cocok dengan filter ini.
statements-colTitle = Judul
statements-colKind = Jenis
statements-colCampaign = Kampanye
statements-colStatus = Status
statements-colRevision = Rev.
statements-colTranslations = Terjemahan
statements-colEndorsements = Dukungan
statements-colUpdated = Diperbarui
statements-untitled = Pernyataan tanpa judul

statementKind-statement = Pernyataan sikap
statementKind-press_release = Siaran pers
statementKind-solidarity_message = Pesan solidaritas
statementKind-open_letter = Surat terbuka
statementKind-call_to_action = Seruan aksi
statementStatus-draft = Draf
statementStatus-in_review = Sedang ditinjau
statementStatus-approved = Disetujui
statementStatus-published = Diterbitkan

statementNew-title = Pernyataan baru
statementNew-kind = Jenis
statementNew-kindHint = Teks dimulai dari kerangka untuk jenis ini; ganti bagian yang [dalam kurung siku].
statementNew-headline = Judul
statementNew-campaign = Kampanye
statementNew-issuers = Dikeluarkan oleh
statementNew-lang = Ditulis dalam bahasa
statementNew-create = Buat dan buka

issuers-none = Belum ada organisasi penerbit.
issuers-add = Tambah organisasi penerbit…
issuers-remove = Hapus { $name }
issuers-directoryEmpty = Tambahkan dulu organisasi di direktori.

statement-back = Pernyataan
statement-titleLabel = Judul pernyataan
statement-revision = Revisi { $number }
statement-saving = Menyimpan…
statement-savedAt = Tersimpan { $time }
statement-notSaved = Belum tersimpan — { $reason }
statement-retry = Coba lagi
statement-tabs = Bagian pernyataan
statement-tabText = Teks
statement-tabReview = Peninjauan
statement-tabRevisions = Revisi
statement-tabTranslations = Terjemahan
statement-tabSignOns = Dukungan & narahubung
statement-tabShare = Bagikan
share-heading = Bagikan pernyataan ini
share-intro = Simpan sebagai dokumen lengkap dengan penerbit, tempat dan tanggal, dukungan, serta narahubung, atau salin teksnya untuk ditempel di email atau unggahan.
share-format = Format
share-language = Bahasa
share-allLanguages = Semua bahasa dalam satu berkas
share-pdf = Dokumen PDF
share-docx = Dokumen Word (.docx)
share-html = Halaman web (.html)
share-md = Markdown (.md)
share-txt = Teks biasa (.txt)
share-save = Simpan sebagai…
share-saveTitle = Simpan pernyataan
share-saved = Tersimpan di { $path } ({ $size } KB).
share-copyRich = Salin untuk email
share-copyPlain = Salin sebagai teks biasa
share-copiedRich = Tersalin beserta formatnya; tempel di email atau dokumen.
share-copiedPlain = Tersalin sebagai teks biasa.
share-postHeading = Teks untuk diunggah
share-platform = Platform
share-postLength = { $length } dari { $limit } karakter, menurut hitungan platform
share-postLengthNoLimit = { $length } karakter
share-postCopy = Salin unggahan
share-postCopied = Tersalin
statement-body = Teks pernyataan
statement-words = { $count } kata
statement-characters = { $count } karakter
statement-meter = Panjang untuk
statement-meterOf = { $length } / { $limit }
statement-meterNoLimit = tanpa batas
statement-meterNone = Tidak ada
statement-meterPick = pilih platform untuk memeriksa
statement-meterOver = terlalu panjang untuk { $platform }, lebih { $count }
statement-meterNote = Dihitung dari teks tanpa format, seperti cara platform menghitungnya.
statement-recovered = Teks yang diketik pada { $time } belum tersimpan. Kembalikan sebagai pengganti teks yang tersimpan?
statement-recoveredRestore = Kembalikan
statement-recoveredDiscard = Buang
statement-delete = Hapus
statement-deleteTitle = Hapus pernyataan ini?
statement-deleteBody = Hapus “{ $title }” beserta semua revisi, persetujuan, terjemahan, dan dukungannya?
statement-loadFailed = Pernyataan ini tidak bisa dibuka: { $reason }

statementSettings-heading = Pengaturan
statementSettings-kind = Jenis
statementSettings-campaign = Kampanye
statementSettings-issuers = Dikeluarkan oleh
statementSettings-place = Tempat (baris tanggal)
statementSettings-placeHint = mis. Jakarta
statementSettings-dated = Tanggal (baris tanggal)
statementSettings-lang = Ditulis dalam bahasa
statementSettings-hashtags = Tagar
statementSettings-saved = Pengaturan tersimpan

revisions-intro = Ketikan disimpan ke revisi yang terbuka; jeda 10 menit, sebuah persetujuan, atau pemberian nama akan memulai revisi baru.
revisions-number = Rev.
revisions-name = Nama
revisions-when = Disimpan
revisions-words = Kata
revisions-approvedBy = Disetujui oleh
revisions-current = terkini
revisions-open = terbuka untuk diketik
revisions-nameButton = Beri nama…
revisions-nameLabel = Nama revisi { $number }
revisions-namePlaceholder = mis. Dikirim ke mitra
revisions-restore = Pulihkan…
revisions-restoreTitle = Pulihkan revisi { $number }?
revisions-restoreBody = Teks revisi { $number } menjadi revisi baru { $next }. Tidak ada yang dihapus: teks saat ini tetap ada dalam riwayat.
revisions-restoreConfirm = Pulihkan sebagai revisi { $next }
revisions-compareHeading = Bandingkan
revisions-from = Dari
revisions-to = Ke
revisions-onlyOne = Baru ada satu revisi: belum ada yang bisa dibandingkan.
revisions-same = Pilih dua revisi yang berbeda.
revisions-changed =
    { $count ->
        [0] Tidak ada paragraf yang berubah.
       *[other] { $count } paragraf berubah.
    }
revisions-titleLine = Judul
revisions-legend = Teks yang ditambahkan bergaris bawah hijau, teks yang dihapus dicoret merah.

review-draftExplain = Draf: hanya Anda yang sedang mengerjakannya.
review-in_reviewExplain = Sedang ditinjau: para mitra membaca teks dan mencatat persetujuan mereka.
review-approvedExplain = Disetujui: teks terkini sudah disetujui dan siap diterbitkan.
review-publishedExplain = Diterbitkan pada { $date }.
review-sendForReview = Kirim untuk ditinjau
review-backToDraft = Kembali ke draf
review-markApproved = Tandai disetujui
review-recordHeading = Catat persetujuan
review-org = Organisasi
review-orgPick = Pilih organisasi…
review-orgFirst = Penerbit dan penyelenggara bersama
review-orgOthers = Organisasi lain
review-revision = Untuk revisi
review-revisionCurrent = Revisi { $number } (terkini)
review-revisionOption = Revisi { $number }
review-note = Catatan (opsional)
review-notePlaceholder = mis. disetujui lewat email dari sekretariat
review-record = Catat persetujuan
review-approvalsHeading = Persetujuan
review-none = Belum ada persetujuan yang dicatat.
review-groupCurrent = Revisi { $number } — teks terkini
review-groupOld = Revisi { $number }
review-stale = Menyetujui revisi { $revision } · teks sekarang sudah revisi { $current }
review-withdraw = Cabut
review-withdrawLabel = Cabut persetujuan { $name }
review-withdrawTitle = Cabut persetujuan ini?
review-withdrawBody = Persetujuan { $name } atas revisi { $revision } tidak akan dihitung lagi.
review-withdrawDetail = Persetujuan ini tetap ada di daftar Persetujuan, ditandai dicabut beserta waktunya; jika berlaku lagi, catat ulang.
review-approvedAt = disetujui { $when }
review-withdrawnAt = dicabut { $when }
review-withdrawnMark = Dicabut
review-publishHeading = Terbitkan
review-publishedOn = Diterbitkan pada
review-publishedWhere = Di mana
review-publishedWherePlaceholder = mis. situs web, daftar media, halaman Facebook
review-publish = Tandai sudah diterbitkan
review-publishNeeds = Untuk menerbitkan, perlu ada organisasi penerbit dan persetujuan atas revisi terkini.

organisations-title = Organisasi
organisations-subtitle = Organisasi anggota dan mitra, serta cara menghubungi mereka.
organisations-emptyTitle = Belum ada organisasi
organisations-emptyBody = Tambahkan organisasi anggota dan mitra aliansi Anda, satu per satu atau dari lembar kerja (CSV). Kampanye lalu mencantumkan mereka sebagai penyelenggara bersama.

org-new = Organisasi baru
org-newTitle = Organisasi baru
org-editTitle = Ubah organisasi
org-create = Tambah organisasi
org-search = Cari nama, singkatan, kota…
org-noMatch = Tidak ada organisasi yang cocok dengan “{ $query }”.
org-noPlace = Tanpa kota atau negara
org-pick = Pilih organisasi di sebelah kiri untuk melihat rinciannya dan orang-orangnya.
org-place = Kota dan negara
org-shortNameHint = mis. IMA, APWLD
org-countryHint = Ketik namanya, atau kode seperti ID atau PH, lalu pilih dari daftar.
org-socialsHint = Satu akun atau tautan per baris.
org-ownDayIntro = Hari kerjanya sendiri, untuk Cari waktu. Biarkan kosong untuk memakai yang biasa: kerja 09:00–18:00 Senin sampai Jumat, tidur 23:00–07:00, menurut jam setempatnya.
org-workingHours = Jam kerja
org-sleepingHours = Jam tidur
org-hoursHint = Menurut jam setempatnya, mis. { $example }
org-workingDays = Hari kerja
org-workingDaysNone = Centang paling sedikit satu hari kerja.
org-deleteTitle = Hapus organisasi?
org-deleteBody = Hapus “{ $name }”?
org-deleteUnused = Organisasi ini tidak terlibat dalam kampanye atau acara mana pun, dan tidak ada orang di direktori yang tergabung di dalamnya.
org-deleteStatements = Organisasi ini menerbitkan, menyetujui, atau mendukung { $statements }. Catatan itu disimpan, jadi organisasi ini tidak bisa dihapus sebelum dikeluarkan dari catatan tersebut.
org-deleteUsage = Organisasi ini terlibat dalam { $campaigns } dan { $events }, dan { $people } tergabung di dalamnya. Organisasi ini akan dikeluarkan dari kampanye dan acara tersebut; orang-orangnya tetap ada di direktori tanpa organisasi.

person-heading =
    { $count ->
        [0] Orang
       *[other] { $count } orang
    }
person-add = Tambah orang
person-newTitle = Orang baru di { $organisation }
person-editTitle = Ubah data orang
person-editNamed = Ubah { $name }
person-deleteNamed = Hapus { $name }
person-empty = Belum ada siapa pun. Tambahkan orang yang Anda hubungi di organisasi ini.
person-roleHint = mis. Ketua, Sekretaris Jenderal, Staf media
person-deleteTitle = Hapus orang?
person-deleteBody = Hapus “{ $name }” dari direktori?

reminders-atStart = Saat dimulai
reminders-minutes = { $count } menit sebelumnya
reminders-hours = { $count } jam sebelumnya
reminders-days = { $count } hari sebelumnya
reminders-none = Tanpa pengingat
reminders-add = Tambah pengingat…
reminders-remove = Hapus pengingat { $lead }
editor-reminders = Pengingat
editor-remindersHint = Ditampilkan sebagai notifikasi desktop selama Campaign Desk terbuka, dan disertakan dalam kalender yang diekspor.
editor-organisations = Penyelenggara bersama

findTime-button = Cari waktu
findTime-title = Cari waktu
findTime-lead = Jam yang cocok untuk semua mitra, yang terbaik lebih dulu: paling sedikit orang yang sedang tidur (23:00–07:00), lalu paling banyak yang dalam jam kerja (09:00–18:00, Senin sampai Jumat), masing-masing menurut jam setempat, dan tidak pernah bentrok dengan acara yang sudah mereka punya di sini.
findTime-organisations = Organisasi
findTime-noZone = Tanpa zona waktu: atur di halamannya agar ikut dihitung
findTime-zones = Zona waktu lain
findTime-removeZone = Hapus { $zone }
findTime-length = Durasi
findTime-minutes = { $count } menit
findTime-from = Dari
findTime-days = Hari
findTime-search = Cari
findTime-pickSomeone = Pilih setidaknya satu organisasi atau zona waktu.
findTime-fromMissing = Pilih hari pertama untuk dicari.
findTime-suggestions = Waktu terbaik
findTime-none = Tidak ada waktu kosong: setiap jam mulai pada hari-hari ini bentrok dengan acara salah satu dari mereka. Coba tambah hari atau persingkat rapat.
findTime-looked = { $count } jam mulai diperiksa; { $busy } tidak diikutkan karena bentrok dengan acara salah satu dari mereka.
findTime-create = Buat acara
findTime-show = Tampilkan waktu ini di tabel
findTime-gridTitle = Jam pada { $day } di { $city }
findTime-prevDay = Hari sebelumnya
findTime-nextDay = Hari berikutnya
findTime-working = Jam kerja
findTime-awake = Terjaga
findTime-asleepLegend = Tidur
findTime-busy = Sibuk
findTime-cellTitle = { $label }: { $time }, { $state }
findTime-and = { $list } dan { $last }
findTime-asleepAt = { $city } pukul { $time }
findTime-everyoneWorking = semua dalam jam kerja
findTime-othersWorking = yang lain semua dalam jam kerja
findTime-everyoneAwake = semua terjaga, { $places } di luar jam kerja
findTime-othersAwake = yang lain semua terjaga, { $places } di luar jam kerja
findTime-asleep = { $places } sedang tidur
findTime-everyoneAsleep = semua sedang tidur: { $places }

announce-button = Umumkan…
announce-title = Umumkan: { $title }
announce-platform = Platform
announce-platform-facebook = Facebook
announce-platform-x = X
announce-platform-instagram = Instagram
announce-platform-email = Email
announce-platform-text = WhatsApp / Signal
announce-language = Bahasa
announce-text = Teks pengumuman
announce-length = { $length } / { $limit }
announce-lengthNoLimit = { $length } karakter
announce-tooLong = terlalu panjang untuk platform ini
announce-hint = Waktu ditampilkan dalam zona waktu mitra dari Pengaturan. Sunting teksnya sesuka Anda sebelum menyalin.
announce-copy = Salin
templates-heading = Templat pengumuman
templates-intro = Cara penyusun pengumuman menulis unggahan untuk tiap platform dalam tiap bahasa. Baris yang semua isiannya kosong tidak disertakan.
templates-kind = Untuk
templates-forEvent = satu acara
templates-forCampaign = seluruh kampanye
templates-text = Templat
templates-own = Templat Anda sendiri (disimpan bersama pengaturan).
templates-builtIn = Templat bawaan: sunting untuk membuat versi Anda sendiri.
templates-reset = Pakai templat bawaan lagi
templates-placeholders = Isian: { $names }
announce-keep = Simpan bersama kampanye
announce-kept = Tersimpan bersama kampanye
announce-savedHeading =
    { $count ->
        [0] Belum ada pengumuman yang disimpan
       *[other] { $count } pengumuman disimpan
    }
announce-savedNone = Susun pengumuman dengan Umumkan… lalu simpan di sini untuk diunggah lagi atau diterjemahkan.
announce-savedMeta = { $platform } · { $lang } · disunting { $date }
announce-delete = Hapus pengumuman ini
announce-copied = Tersalin ke papan klip
announce-copyFailed = Teks tidak bisa disalin: pilih teksnya dan salin secara manual.

tasks-heading = Tugas ({ $open } terbuka dari { $count })
tasks-none = Belum ada tugas: tambahkan apa yang harus dikerjakan, kapan tenggatnya, dan siapa yang mengerjakan.
tasks-title = Tugas
tasks-placeholder = Tambah tugas…
tasks-dueLabel = Tenggat
tasks-owner = Penanggung jawab
tasks-noOwner = Belum ada penanggung jawab
tasks-add = Tambah
tasks-due = tenggat { $date }
tasks-overdue = lewat tenggat sejak { $date }
tasks-delete = Hapus tugas { $title }

plan-fromTemplateButton = Dari templat…
plan-duplicateButton = Edisi berikutnya…
plan-fromTemplate = Kampanye baru dari templat
plan-nextEdition = Edisi berikutnya dari { $title }
plan-nextEditionHint = Tanggal bergeser ke awal yang baru; acara dengan aturan seperti "Minggu ketiga" tetap mengikuti aturannya; organisasi dan tugas ikut dibawa (tugas dibuka kembali); perubahan satu kali pada edisi ini tidak ikut.
plan-template = Templat
plan-template-solidarity_month = Bulan solidaritas: pembukaan, webinar, hari aksi, penutupan
plan-template-day_of_action = Hari aksi
plan-template-webinar = Webinar
plan-template-press_conference = Konferensi pers
plan-template-anniversary = Peringatan (setiap tahun)
plan-start = Mulai pada
plan-newStart = Edisi baru dimulai pada
plan-layOut = Susun jadwalnya
plan-first = Hari pertama
plan-last = Hari terakhir
plan-events =
    { $count ->
        [0] Tidak ada acara
       *[other] { $count } acara
    }
plan-tasks =
    { $count ->
        [0] Tidak ada tugas
       *[other] { $count } tugas
    }
plan-remove = Hapus { $title }
plan-back = Kembali
plan-create = Buat kampanye

ics-importButton = Impor .ics
ics-exportButton = Ekspor .ics
ics-importTitle = Impor berkas kalender (.ics)
ics-exportTitle = Ekspor sebagai berkas kalender (.ics)
ics-intro = Masukkan acara dari Google Calendar, Outlook, Apple Calendar, Thunderbird, atau berkas .ics kiriman mitra.
ics-introSafe = Anda akan melihat isi berkas lebih dulu. Mengimpor berkas yang sama lagi akan memperbarui acara, bukan menggandakannya; tidak ada yang ditulis jika berkas mengandung galat.
ics-choose = Pilih berkas…
ics-chooseOther = Pilih berkas lain
ics-chooseTitle = Impor berkas kalender
ics-filterName = Berkas kalender
ics-target = Tambahkan acara baru ke
ics-noCampaign = Tanpa kampanye
ics-floatingZone = Waktu tanpa zona waktu dianggap dalam
ics-homeZone = zona waktu utama
ics-zoneDefault = Pakai bawaan
ics-reading = Membaca berkas
ics-checking = Memeriksa berkas… { $percent }%
ics-writing = Mengimpor… { $percent }%
ics-countNew =
    { $count ->
        [0] Tidak ada yang baru
       *[other] { $count } baru
    }
ics-countUpdated =
    { $count ->
        [0] Tidak ada yang berubah
       *[other] { $count } berubah
    }
ics-countUnchanged =
    { $count ->
        [0] Tidak ada yang tetap sama
       *[other] { $count } tidak berubah
    }
ics-countSkipped =
    { $count ->
        [0] Tidak ada yang dilewati
       *[other] { $count } dilewati
    }
ics-countErrors = { $count } galat
ics-errorsBlock = Berkas ini tidak bisa diimpor (tidak ada yang akan ditulis):
ics-warningsBlock = Baris-baris berkas ini dilewati; acara di sekitarnya tetap diimpor:
ics-line = Baris { $line }:
ics-lineHeader = Baris
ics-action = Hasil
ics-action-new = Baru
ics-action-updated = Berubah
ics-action-unchanged = Tidak berubah
ics-action-skipped = Dilewati
ics-eventTitle = Acara
ics-reason = Catatan
ics-instance = pengulangan pada { $at }
ics-noEvents = Tidak ada acara jenis ini di dalam berkas.
ics-lookAt = Acara-acara dalam berkas dan apa yang dilakukan impor pada masing-masing:
ics-moreRows = …dan { $count } acara lagi, sudah dihitung di atas tetapi tidak dicantumkan (hanya 500 pertama yang dicantumkan, lalu yang dilewati atau yang punya catatan)
ics-filter = Tampilkan
ics-filter-all = Semua ({ $count })
ics-filter-new = Baru ({ $count })
ics-filter-updated = Berubah ({ $count })
ics-filter-unchanged = Tidak berubah ({ $count })
ics-filter-skipped = Dilewati ({ $count })
ics-startHeader = Mulai
ics-allDay = sepanjang hari
ics-repeats = Berulang
ics-changes = Perubahan: { $fields }
ics-importCount =
    { $count ->
        [0] Tidak ada yang bisa diimpor
       *[other] Impor { $count } acara
    }
ics-imported =
    { $count ->
        [0] Tidak ada yang diimpor
       *[other] { $count } acara diimpor
    }
ics-resultDetail = { $new } baru, { $updated } diperbarui, { $unchanged } tidak berubah, { $skipped } dilewati.
ics-scope = Yang diekspor
ics-scopeAll = Semuanya
ics-scopeAllHint = Semua acara dari setiap kampanye, dan acara di luar kampanye.
ics-scopeSome = Pilih kampanye, organisasi, atau jenis
ics-scopeSomeHint = Hanya acara yang cocok dengan setiap daftar yang Anda centang.
ics-emptyMeansAny = Daftar yang tidak dicentang sama sekali tidak membatasi ekspor.
ics-none = Belum ada.
ics-from = Dari
ics-to = Sampai
ics-rangeHint = Opsional: hanya acara yang bertanggal dalam rentang ini (rangkaian acara berulang diekspor utuh).
ics-rangeBoth = Isi kedua tanggal rentang, atau kosongkan keduanya.
ics-rangeOrder = Akhir rentang harus setelah awalnya.
ics-saveAs = Simpan sebagai…
ics-saveTitle = Simpan berkas kalender
ics-exported =
    { $count ->
        [0] Tidak ada acara yang cocok: berkas berisi kalender kosong
       *[other] { $count } acara diekspor
    }
ics-exportedHint = Impor berkas ini di Google Calendar, Outlook, Apple Calendar, atau Thunderbird; waktunya tetap tepat di setiap zona waktu.

publish-heading = Terbitkan kalender ke folder
publish-intro = Jaga agar berkas .ics di sebuah folder selalu mutakhir — misalnya folder Nextcloud atau Dropbox yang disinkronkan dan dilanggani para mitra. Berkas ditulis ulang setelah setiap perubahan, tidak pernah setengah jadi.
publish-folder = Folder
publish-noFolder = Tidak diterbitkan
publish-choose = Pilih folder…
publish-chooseTitle = Folder tujuan penerbitan kalender
publish-stop = Hentikan penerbitan
publish-which = Kalender yang diterbitkan
publish-everything = Semuanya, sebagai
publish-failed = Kalender yang diterbitkan tidak bisa diperbarui: { $reason }

csv-import = Impor CSV
csv-importFromFile = Impor dari berkas CSV
csv-export = Ekspor CSV
csv-importOrganisationsTitle = Impor organisasi dari CSV
csv-importPeopleTitle = Impor orang dari CSV
csv-kindLabel = Isi berkas
csv-kindOrganisations = Organisasi
csv-kindPeople = Orang
csv-introOrganisations = Pilih berkas CSV dengan satu organisasi per baris (disimpan dari lembar kerja sebagai “CSV UTF-8”).
csv-introPeople = Pilih berkas CSV dengan satu orang per baris; kolom “organisation” menautkan setiap orang ke organisasi menurut nama atau singkatannya.
csv-introSafe = Anda akan melihat setiap baris beserta statusnya sebelum ada yang ditambahkan.
csv-fieldsList = Kolom yang dikenali: { $fields }.
csv-choose = Pilih berkas…
csv-chooseOther = Pilih berkas lain
csv-chooseTitle = Pilih berkas CSV
csv-filterName = Berkas CSV
csv-countNew =
    { $count ->
        [0] Tidak ada yang baru
       *[other] { $count } baru
    }
csv-countDuplicate =
    { $count ->
        [0] Tidak ada duplikat
       *[other] { $count } duplikat
    }
csv-countError =
    { $count ->
        [0] Tidak ada galat
       *[other] { $count } mengandung galat
    }
csv-mappingHint = Pilih bidang yang diisi oleh tiap kolom.
csv-line = Baris
csv-status = Status
csv-status-new = Baru
csv-status-duplicate = Duplikat
csv-status-error = Galat
csv-mapLabel = Bidang untuk kolom “{ $column }”
csv-ignore = Abaikan kolom ini
csv-noRows = Berkas tidak punya baris di bawah judul kolomnya.
csv-moreRows = …dan { $count } baris lagi.
csv-needName = Petakan satu kolom ke Nama: hanya bidang ini yang wajib.
csv-skipErrors = Lewati { $count } baris yang bergalat dan impor sisanya
csv-importCount =
    { $count ->
        [0] Tidak ada yang bisa diimpor
       *[other] Impor { $count } baris
    }
csv-createdOrganisations =
    { $count ->
        [0] Tidak ada organisasi yang ditambahkan.
       *[other] { $count } organisasi ditambahkan.
    }
csv-createdPeople =
    { $count ->
        [0] Tidak ada orang yang ditambahkan.
       *[other] { $count } orang ditambahkan.
    }
csv-skippedSummary = { $duplicates } duplikat dan { $errors } baris bergalat dilewati.
csv-exportTitle = Ekspor ke CSV
csv-exportLead = Daftar mana yang ingin Anda simpan? Setelah ini Anda memilih lokasi berkasnya.
csv-exported = Tersimpan di { $path }

settings-title = Pengaturan
settings-subtitle = Tampilan dan perilaku Campaign Desk di komputer ini.
settings-regionHeading = Bahasa dan wilayah
settings-dateExample = Tanggal ditampilkan sebagai
settings-homeZone = Zona waktu utama
settings-homeZoneHint = Kalender ditampilkan dalam zona ini; kampanye baru dimulai dalam zona ini.
settings-partnerZones = Zona waktu mitra
settings-partnerZonesHint = Waktu setempat mereka ditampilkan di samping setiap acara. Biarkan kosong untuk memakai zona masing-masing organisasi.
settings-noPartnerZones = Belum dipilih: zona waktu organisasi yang dipakai.
settings-addZone = Tambah zona…
settings-removeZone = Hapus { $zone }
settings-backupsKeep = Jumlah cadangan harian yang disimpan
settings-backupsKeepHint = Antara 1 dan 365.
settings-saved = Tersimpan

backup-heading = Cadangan
backup-folder = Folder cadangan
backup-automatic = Cadangan dibuat otomatis sekali sehari; { $count } cadangan terakhir disimpan.
backup-now = Cadangkan sekarang
backup-none = Belum ada cadangan.
backup-done = Dicadangkan ke { $path }
backup-restore = Pulihkan…
backup-restoreTitle = Pulihkan cadangan ini?
backup-restoreBody = Ganti seluruh isi Campaign Desk dengan isi { $name }?
backup-restoreDetail = Isi saat ini lebih dulu disimpan sebagai cadangan tersendiri, jadi Anda bisa kembali ke sana.
backup-restored = { $name } dipulihkan. Isi sebelumnya disimpan di { $path }

database-heading = Basis data
database-file = Berkas
database-reason = Alasan
database-schema = Versi format { $version }
database-open = Buka basis data lain…
database-create = Buat basis data baru…
database-openTitle = Buka basis data Campaign Desk
database-createTitle = Buat basis data Campaign Desk baru
database-filterName = Basis data Campaign Desk
database-errorTitle = Campaign Desk tidak bisa membuka basis datanya
database-errorLead = Berkas di bawah ini tidak bisa dibuka, jadi belum ada yang ditampilkan.
database-errorSafe = Berkas tidak diubah. Buka basis data lain, atau buat yang baru; Campaign Desk akan mengingat pilihan Anda.
about-heading = Tentang
about-licence = Perangkat lunak bebas di bawah GNU Affero General Public License, versi 3 atau yang lebih baru (AGPL-3.0-or-later).
about-database = Basis data
about-backups = Cadangan
about-diagnostics = Diagnostik
about-diagnosticsHint = Versi-versi untuk ditempel di laporan galat. Tidak ada data Anda atau isi berkas komputer Anda di dalamnya.
about-copy = Salin diagnostik
about-copied = Tersalin ke papan klip
about-copyFailed = Teks tidak bisa disalin: pilih teksnya dan salin secara manual.
settings-appearanceHeading = Tampilan
settings-theme = Tema
settings-themeSystem = Mengikuti sistem Anda (terang atau gelap)
save-pending = Ada perubahan yang belum disimpan
save-saving = Menyimpan…
save-saved = Tersimpan
save-failed = Belum tersimpan: { $reason }

translations-heading = Terjemahan
translations-none = Belum ada terjemahan. Tambahkan satu untuk menerjemahkan pernyataan berdampingan dengan teks sumbernya.
translations-add = Tambah terjemahan
translations-addLabel = Bahasa (kode seperti es, fr-CA, id, atau tl)
translations-addPlaceholder = mis. es atau fr-CA
translations-suggested = Saran:
translations-badTag = “{ $tag }” bukan kode bahasa seperti es, fr-CA, atau tl.
translations-create = Tambah
translations-open = Buka terjemahan bahasa { $language }
translations-outdated = Perlu diperbarui
translations-status-draft = Draf
translations-status-reviewed = Sudah ditinjau
translations-statusLabel = Status
translations-source = Sumber · revisi { $revision }
translations-sourceBody = Teks sumber (revisi { $revision })
translations-target = Terjemahan bahasa { $language }
translations-title = Judul
translations-body = Teks bahasa { $language }
translations-changedBanner = Teks sumber berubah sejak revisi { $revision }
translations-changedCount =
    { $count ->
        [0] Hanya judulnya yang berubah.
       *[other] { $count } paragraf berubah:
    }
translations-changedTitle = Judul
translations-paragraph-changed = Berubah
translations-paragraph-added = Ditambahkan
translations-paragraph-removed = Dihapus
translations-markUpdated = Tandai sudah diperbarui
translations-markUpdatedHint = Jika terjemahan sudah sesuai dengan teks sumber terkini (revisi { $revision }).
translations-delete = Hapus terjemahan
translations-deleteTitle = Hapus terjemahan bahasa { $language }?
translations-deleteBody = Teksnya akan dihapus dari pernyataan ini. Ini tidak bisa dibatalkan.
translations-loading = Memuat…

endorsements-heading = Dukungan
endorsements-active =
    { $count ->
        [0] Belum ada dukungan
       *[other] { $count } dukungan
    }
endorsements-withdrawnCount = { $count } dicabut
endorsements-add = Tambah dukungan
endorsements-from = Didukung oleh
endorsements-fromOrganisation = Sebuah organisasi
endorsements-fromPerson = Perorangan
endorsements-fromNew = Organisasi baru
endorsements-organisation = Organisasi
endorsements-person = Orang
endorsements-choose = Pilih…
endorsements-newName = Nama organisasi
endorsements-newCountry = Negara
endorsements-date = Tanggal
endorsements-note = Catatan
endorsements-notePlaceholder = Opsional, mis. “lewat email dari ketua”
endorsements-submit = Tambah dukungan
endorsements-countryNotRecorded = Negara tidak dicatat
endorsements-personTag = perorangan
endorsements-on = Mendukung { $date }
endorsements-withdrawnOn = Dicabut { $date }
endorsements-withdraw = Cabut
endorsements-withdrawLabel = Cabut dukungan { $name }
endorsements-export = Ekspor CSV
endorsements-exportTitle = Simpan daftar dukungan sebagai CSV
endorsements-exported =
    { $count ->
        [0] Daftar kosong disimpan di { $path }
       *[other] { $count } dukungan disimpan di { $path }
    }

contacts-heading = Narahubung
contacts-none = Belum ada narahubung. Tambahkan orang yang bisa dihubungi wartawan dan mitra tentang pernyataan ini.
contacts-add = Tambah narahubung
contacts-choose = Pilih orang…
contacts-noPeople = Semua orang di direktori sudah tercantum. Tambahkan dulu orang di direktori.
contacts-up = Pindahkan { $name } ke atas
contacts-down = Pindahkan { $name } ke bawah
contacts-remove = Hapus { $name }

editor-toolbar = Format
editor-heading = Judul bagian
editor-subheading = Subjudul
editor-bold = Tebal (Ctrl+B)
editor-italic = Miring (Ctrl+I)
editor-bullets = Daftar berpoin
editor-numbers = Daftar bernomor
editor-quote = Kutipan
editor-link = Tautan
editor-linkAddress = Alamat tautan
editor-linkApply = Terapkan
editor-linkInvalid = Gunakan alamat web (https://…) atau email (mailto:…).

date-day = hh
date-month = bb
date-year = tttt
date-time = jj:mm
date-pick = Pilih tanggal
date-calendar = Kalender untuk memilih tanggal
date-previousMonth = Bulan sebelumnya
date-nextMonth = Bulan berikutnya
date-unreadable = “{ $text }” tidak bisa dibaca sebagai tanggal. Ketik dengan format { $pattern }, mis. { $example }, atau seperti “{ $named }”.
date-unknownWord = “{ $word }” bukan nama bulan. Ketik tanggal dengan format { $pattern }, atau dengan nama bulan, mis. “{ $named }”.
date-noSuchMonth = Tidak ada bulan { $month }: tanggal di sini dibaca dengan format { $pattern }, mis. { $example }.
date-noSuchMonthSwapped = Tidak ada bulan { $month }: tanggal di sini dibaca dengan format { $pattern }. Maksud Anda { $suggestion }?
date-noSuchDay = { $month } hanya punya { $days } hari, jadi tidak ada tanggal { $day }.
date-badYear = Tulis tahun dengan 4 angka (atau 2), bukan “{ $year }”.
date-noSuchTime = “{ $time }” bukan jam yang valid. Jam berkisar dari 00:00 sampai 23:59, mis. 20:00 atau 8pm.
date-needTime = Tambahkan jamnya, mis. { $example }.
date-dateOnly = Kolom ini hanya untuk tanggal, tanpa jam.

sharing-heading = Berbagi (CalDAV)
sharing-intro = Bagikan kalender kampanye kepada mitra lewat server kalender yang sudah dipakai aliansi (Nextcloud, Radicale, SOGo, Fastmail, iCloud). Mereka bisa melihat dan mengubah acara di Thunderbird, Apple Calendar, atau ponsel mereka; perubahannya kembali ke sini saat Anda menyinkronkan.
sharing-accounts = Akun
sharing-noAccounts = Belum ada akun. Tambahkan dengan alamat server, nama pengguna, dan kata sandi Anda.
sharing-addHeading = Tambah akun
sharing-url = Alamat server
sharing-urlHint = Misalnya https://cloud.example.org/remote.php/dav (Nextcloud) atau https://dav.example.org/.
sharing-user = Nama pengguna
sharing-password = Kata sandi
sharing-passwordHint = Gunakan kata sandi aplikasi jika server menyediakannya. Kata sandi disimpan di keyring sistem, tidak pernah di basis data.
sharing-test = Uji koneksi
sharing-testing = Menghubungkan…
sharing-add = Tambah akun
sharing-adding = Menambahkan…
sharing-connected = Terhubung: { $count } kalender ditemukan.
sharing-added = Akun ditambahkan: { $user } di { $url }.
sharing-savedInKeyring = Kata sandi disimpan di keyring sistem.
sharing-sessionOnlyNote = Kata sandi disimpan di memori sampai Campaign Desk ditutup; lain kali Anda akan diminta lagi.
sharing-noKeyringTitle = Tidak ada keyring di komputer ini
sharing-noKeyringBody = Campaign Desk hanya menyimpan kata sandi di keyring sistem, dan komputer ini tidak punya keyring yang bisa dipakai ({ $reason }).
sharing-noKeyringOffer = Anda bisa memakai kata sandi untuk sesi ini saja: kata sandi disimpan di memori dan dilupakan saat Campaign Desk ditutup. Tidak pernah ditulis ke disk.
sharing-useSessionOnly = Pakai untuk sesi ini saja
sharing-sessionBadge = Hanya sesi ini
sharing-passwordMissing = Komputer ini tidak punya keyring, jadi kata sandi hanya disimpan untuk sesi sebelumnya. Masukkan lagi untuk menyinkronkan dalam sesi ini:
sharing-calendarsFound = Kalender di server
sharing-noCalendars = Belum ada kalender: membagikan kampanye bisa membuat kalender baru.
sharing-showCalendars = Uji koneksi
sharing-remove = Hapus
sharing-removeTitle = Hapus akun ini?
sharing-removeBody = Kampanye yang dibagikan lewat { $user } di { $url } berhenti disinkronkan. Acaranya tetap ada di sini, dan kalendernya tetap ada di server.
sharing-keyringKept = Akun sudah dihapus, tetapi kata sandinya tidak bisa dikeluarkan dari keyring: { $reason }
sharing-hint401 = Periksa nama pengguna dan kata sandi. Server dengan login dua langkah (Nextcloud, Fastmail, iCloud) memerlukan kata sandi aplikasi yang dibuat di pengaturan keamanannya.
sharing-hintUnreachable = Periksa alamatnya dan pastikan komputer ini terhubung ke internet; mungkin juga servernya sedang mati.
sharing-hintCertificate = Koneksi tidak dapat dipercaya, jadi tidak ada yang dikirim. Periksa alamatnya, atau minta administrator server memasang sertifikat yang dipercaya sistem Anda.
sharing-errorTitle = Tidak bisa terhubung

calShare-heading = Bagikan kalender ini
calShare-intro = Mitra melihat acara kampanye ini di aplikasi kalender mereka sendiri, dan perubahan mereka kembali ke sini.
calShare-noAccount = Tambahkan dulu akun CalDAV di Pengaturan → Berbagi.
calShare-openSettings = Buka Pengaturan
calShare-account = Akun
calShare-calendar = Kalender
calShare-createNew = Kalender baru bernama “{ $name }”
calShare-loadingCalendars = Mencari kalender…
calShare-start = Bagikan
calShare-starting = Membagikan dan mengirim acara…
calShare-sharedWith = Dibagikan lewat
calShare-lastSynced = Terakhir disinkronkan
calShare-never = Belum pernah
calShare-pending = Perubahan menunggu
calShare-inSync = Acara yang sudah sinkron
calShare-conflicts = Konflik
calShare-lastError = Masalah sinkronisasi terakhir
calShare-syncNow = Sinkronkan sekarang
calShare-syncing = Menyinkronkan… jendela tetap bisa dipakai.
calShare-sending = Mengirim { $done } dari { $total } perubahan ke server…
calShare-receiving = Menerima { $done } dari { $total } perubahan dari server…
calShare-report = Terkirim { $pushed }, diterima { $pulled }, dihapus { $deleted }, konflik baru { $conflicts }.
calShare-reportErrors = { $count } item tidak bisa disinkronkan:
calShare-stop = Hentikan berbagi
calShare-stopTitle = Hentikan berbagi kampanye ini?
calShare-stopBody = Perubahan tidak lagi mengalir dua arah. Acaranya tetap ada di sini, dan kalendernya tetap ada di server untuk mitra yang memakainya.
calShare-resolveConflicts = Selesaikan konflik

conflicts-badge = { $count } konflik sinkronisasi
conflicts-title = Konflik sinkronisasi
conflicts-subtitle = Acara dan tugas ini diubah di sini dan di server sejak sinkronisasi terakhir. Tidak ada yang ditimpa: pilih versi mana yang dipertahankan.
conflicts-none = Tidak ada konflik: semua yang dibagikan sudah sinkron.
conflicts-in = { $campaign } · ditemukan { $when }
conflicts-mine = Versi saya (komputer ini)
conflicts-theirs = Versi mereka (server)
conflicts-deletedHere = Dihapus di sini.
conflicts-deletedThere = Dihapus di server.
conflicts-unreadable = Versi server tidak bisa dibaca: { $reason }
conflicts-field-title = Judul
conflicts-field-time = Waktu
conflicts-field-repeats = Pengulangan
conflicts-field-location = Tempat
conflicts-field-description = Deskripsi
conflicts-field-due = Tenggat
conflicts-field-done = Selesai
conflicts-allDay = sepanjang hari
conflicts-taskDone = Selesai
conflicts-taskOpen = Belum selesai
conflicts-empty = —
conflicts-keepMine = Pertahankan versi saya
conflicts-keepTheirs = Pertahankan versi mereka
conflicts-keptMine = Versi Anda dipertahankan; versi ini dikirim ke server pada sinkronisasi berikutnya.
conflicts-keptTheirs = Versi server dipertahankan.
conflicts-differs = berbeda

## Enkripsi: kunci pemulihan di layar sambutan, layar buka kunci, Pengaturan → Privasi
encryption-welcomeKeyring = Data Anda dienkripsi di komputer ini; kuncinya disimpan di keyring sistem Anda.
encryption-welcomePassphrase = Data Anda dienkripsi di komputer ini dengan frasa sandi Anda.
encryption-recoveryTitle = Kunci pemulihan Anda
encryption-recoveryLead = Jika keyring komputer ini suatu saat kehilangan kuncinya, kunci pemulihan ini satu-satunya cara untuk membuka data Anda. Kunci ini hanya ditampilkan sekali ini: catat atau simpan di tempat lain, jauh dari komputer ini.
encryption-copy = Salin
encryption-copied = Tersalin ke papan klip
encryption-saveFile = Simpan sebagai berkas…
encryption-saveTitle = Simpan kunci pemulihan
encryption-saved = Disimpan ke { $path }
encryption-print = Cetak
encryption-keptCheck = Saya sudah menyimpan kunci pemulihan di tempat yang aman
encryption-keptDone = Selesai
encryption-unlockTitle = Basis data ini terenkripsi
encryption-passphrase = Frasa sandi
encryption-recoveryKey = Kunci pemulihan
encryption-recoveryHint = 14 kelompok berisi 4 huruf dan angka, seperti yang Anda catat; huruf besar-kecil dan tanda hubung tidak berpengaruh.
encryption-unlock = Buka
encryption-unlocking = Membuka…
encryption-useRecovery = Gunakan kunci pemulihan sebagai gantinya
encryption-usePassphrase = Gunakan frasa sandi sebagai gantinya
encryption-untouched = Tidak ada yang diubah di dalam berkas sampai berkas itu terbuka.
encryption-chooseTitle = Bagaimana basis data baru ini akan dilindungi?
encryption-chooseLead = Campaign Desk mengenkripsi basis datanya agar komputer yang hilang atau disita tidak membuka apa pun. Kuncinya disimpan di keyring sistem, tetapi di sini tidak ada keyring yang bisa dipakai:
encryption-choosePassphrase = Lindungi dengan frasa sandi
encryption-choosePassphraseBody = Anda mengetiknya setiap kali Campaign Desk dimulai. Minimal 12 karakter; beberapa kata adalah yang paling mudah. Jika frasa sandi hilang, data tidak bisa dibuka.
encryption-passphraseAgain = Ulangi frasa sandi yang sama
encryption-passphraseMismatch = Kedua frasa sandi berbeda.
encryption-createEncrypted = Buat basis data terenkripsi
encryption-choosePlain = Lanjutkan tanpa enkripsi
encryption-choosePlainBody = Siapa pun yang mendapatkan komputer ini atau disknya bisa membaca setiap nama, nomor, dan catatan di dalamnya. Anda bisa mengenkripsinya nanti di Pengaturan.
encryption-choosePlainCheck = Saya mengerti bahwa data tidak akan dienkripsi
encryption-createPlain = Buat basis data tanpa enkripsi
encryption-heading = Privasi dan enkripsi
encryption-statePlain = Basis data ini tidak terenkripsi: siapa pun yang memegang komputer ini atau disknya bisa membacanya.
encryption-stateKeyring = Basis data ini dan cadangannya terenkripsi. Kuncinya disimpan di keyring sistem Anda, jadi basis data terbuka tanpa meminta apa pun.
encryption-statePassphrase = Basis data ini dan cadangannya dienkripsi dengan frasa sandi, yang diminta setiap kali Campaign Desk dimulai.
encryption-stateKeyFile = Basis data ini dan cadangannya terenkripsi. Kuncinya dibaca dari berkas yang ditunjuk oleh CAMPAIGN_DESK_DB_KEY_FILE.
encryption-noKeyring = Tidak ada keyring yang bisa dipakai di sini ({ $reason }): frasa sandi diperlukan.
encryption-encrypt = Enkripsi basis data ini
encryption-encryptWithPassphrase = Enkripsi dengan frasa sandi
encryption-encrypting = Mengenkripsi…
encryption-encrypted = Basis data kini terenkripsi.
encryption-newRecovery = Kunci baru dan kunci pemulihan baru
encryption-toPassphrase = Gunakan frasa sandi sebagai gantinya
encryption-changePassphrase = Ganti frasa sandi
encryption-toKeyring = Simpan kunci di keyring sistem sebagai gantinya
encryption-rekeyed = Basis data kini punya kunci baru. Cadangan lama tetap bisa dibuka dengan kunci lama.
encryption-newPassphrase = Frasa sandi baru
encryption-apply = Terapkan
encryption-rekeyTitle = Beri basis data kunci baru?
encryption-rekeyBody = Basis data disalin dengan kunci baru yang disimpan di keyring sistem Anda, dan Anda mendapat kunci pemulihan baru. Kunci pemulihan lama tidak bisa lagi membukanya (cadangan yang dibuat sebelumnya tetap memerlukan kunci lama).
encryption-plainCopyRemoveBody = Hapus { $path }? Berkas ini memuat semuanya seperti sebelum dienkripsi dan bisa dibaca siapa pun. Basis data terenkripsi diperiksa lebih dulu.
encryption-plainCopy = Berkas tak terenkripsi dari sebelumnya masih ada di sini: { $path }. Hapus setelah Anda memastikan semuanya sudah lengkap.
encryption-plainCopyRemove = Hapus berkas tak terenkripsi
encryption-plainCopyRemoved = { $path } sudah dihapus
encryption-plainBackups = { $count } cadangan dibuat sebelum enkripsi dan tidak terenkripsi.
backup-encrypted = Terenkripsi
backup-plain = Tidak terenkripsi
backup-keyLabel = Kunci pemulihan atau frasa sandi basis data asal cadangan ini
backup-keyHint = Cadangan ini dienkripsi dengan kunci yang berbeda dari kunci basis data ini.

## Subscribed calendars (read-only calendars from webcal:// and https:// links)
subscribe-button = Berlangganan kalender
subscribe-title = Berlangganan kalender
subscribe-intro = Kalender publik mitra, dibaca dari tautannya dan ditampilkan di samping acara Anda dengan warnanya sendiri. Kalender ini hanya bisa dibaca: tidak ada yang dikirim balik, dan tidak pernah diekspor atau dibagikan sebagai milik Anda. Campaign Desk membacanya lagi setiap beberapa jam.
subscribe-url = Tautan kalender
subscribe-urlHint = Diawali webcal:// atau https:// — di Google Kalender, “alamat publik dalam format iCal”.
subscribe-name = Nama
subscribe-nameHint = Biarkan kosong untuk memakai nama kalender itu sendiri.
subscribe-submit = Berlangganan
subscribe-busy = Membaca kalender…
subscribe-offered = Anda membuka tautan kalender. Berlangganan? Tidak ada yang dibaca sebelum Anda menekan Berlangganan.
subscriptions-heading = Kalender langganan
subscriptions-events = { $count } acara
subscriptions-lastRead = dibaca { $when }
subscriptions-problem = Tidak bisa dibaca { $when }: { $error }. Acara yang ditampilkan berasal dari salinan baik terakhir.
subscriptions-refresh = Segarkan sekarang
subscriptions-refreshing = Menyegarkan…
subscriptions-remove = Hapus
subscriptions-removeHint = Hapus { $name } dan acaranya dari kalender
subscriptions-from = Dari kalender langganan { $name }: hanya baca.
subscriptions-location = Tempat
subscriptions-notes = Catatan

## CalDAV: changes a read-only calendar refused
calShare-refusedHeading = Perubahan yang ditolak server
calShare-refusedWhy = Kalender ini hanya-baca untuk akun Anda, jadi perubahan ini hanya tersimpan di komputer ini. Batalkan sebuah perubahan untuk mendapatkan kembali versi kalender.
calShare-refusedNew = Baru di sini: { $title }
calShare-refusedEdited = Diubah di sini: { $title }
calShare-refusedDeleted = Dihapus di sini: { $title }
calShare-undo = Batalkan perubahan saya
calShare-undoing = Membatalkan…
calShare-undoneRestored = Versi kalender sudah kembali.
calShare-undoneRemoved = Acara baru dihapus: kalender tidak pernah memilikinya.

## Siapa yang datang: undangan, jawaban, dan kehadiran

rsvpAnswer-invited = Belum menjawab
rsvpAnswer-yes = Ya
rsvpAnswer-maybe = Mungkin
rsvpAnswer-no = Tidak
rsvpAnswer-no_answer = Tidak menjawab
attendance-unrecorded = —
attendance-came = Hadir
attendance-absent = Tidak hadir
who-open = Jawaban dan kehadiran…
who-invite = Undang organisasi dan orang…
who-section = Siapa yang datang
who-title = Siapa yang datang: { $title }
who-scope = Pengulangan mana
who-scope-this = Pengulangan ini saja
who-scope-all = Semua pengulangan
who-suggested = Belum diundang:
who-inviteCoOrganisers = Undang { $count } penyelenggara bersama
who-add = Undang organisasi atau orang
who-addPlaceholder = Ketik nama…
who-addNone = Tidak ada nama lain seperti itu di direktori
who-kind-person = Orang
who-kind-organisation = Organisasi
who-empty = Belum ada yang diundang. Undang penyelenggara bersama di atas, atau siapa pun di direktori.
who-col-who = Siapa
who-col-answer = Jawaban
who-col-came = Hadir?
who-col-notes = Catatan
who-fromSeries = jawaban untuk semua pengulangan
who-answerFor = Jawaban { $name }
who-cameFor = Apakah { $name } hadir?
who-notesFor = Catatan tentang { $name }
who-attendanceNeedsOccurrence = Kehadiran dicatat per pengulangan: pilih “Pengulangan ini saja”.
who-remove = Hapus
who-removeFromSeries = Hapus dari semua pengulangan
who-removeName = Hapus { $name }
who-removeTitle = Hapus { $name }?
who-removeBody = Jawaban, kehadiran, dan catatan { $name } untuk jadwal ini akan hilang.
who-removeSeriesBody = { $name } diundang ke semua jadwal: menghapusnya di sini menghapusnya dari semua jadwal, beserta jawabannya.
who-followUp = Belum menjawab: { $count } undangan
who-noContact = tidak ada surel atau telepon di direktori
who-copyFollowUp = Salin nama dan kontak
who-copied = Tersalin
who-count-invited = { $count } diundang
who-count-yes = { $count } ya
who-count-maybe = { $count } mungkin
who-count-no = { $count } tidak
who-count-waiting = { $count } menunggu jawaban
who-count-noAnswer = { $count } tidak menjawab
who-count-came = { $count } hadir
who-count-didNotCome = { $count } tidak hadir
who-reminders = Pengingat yang perlu dikirim
who-remindersAs = Ditulis untuk
who-message = Pesan undangan
who-messageHint = Ditulis dari templat pengumuman, dengan jam menurut waktu setempat tiap undangan. Salin ke surel atau obrolan.
who-remindersNone = Tidak ada pengingat yang perlu dikirim: tidak ada undangan yang masih ditunggu.
who-reminder-day = sehari sebelumnya
who-reminder-hour = satu jam sebelumnya
who-reminderDue = kirim { $time } waktu { $city }
who-reminderSent = Terkirim
who-copy = Salin
who-files = Undangan lewat berkas kalender
who-organizer = Surel penyelenggara di undangan
who-organizerPlaceholder = Kosongkan untuk surel organisasi utama
who-icsSave = Simpan undangan (.ics)…
who-icsSaveTitle = Simpan undangan
who-icsSaved = Tersimpan: undangan dari { $organizer } untuk { $count } orang atau organisasi, untuk semua pengulangan.
who-icsWithoutEmail = Tidak termasuk, karena tidak punya surel di direktori: { $names }.
who-replyImport = Impor balasan (.ics)…
who-replyTitle = Pilih balasan undangan
who-replyRecorded = { $name }: { $answer }.
who-campaignHeading = Siapa yang datang
who-campaignTotals = Dari { $count } acaranya:
who-campaignNone = Belum ada yang diundang ke acara kampanye ini. Buka sebuah acara lalu pilih “Siapa yang datang”.
who-campaignOccurrences = Dihitung dari { $count } pengulangan, tiap undangan sekali di tiap pengulangan.
# Polls (issue #18): find a time's poll mode
poll-button = Jajak pendapat
poll-title = Jajak pendapat
poll-none = Belum ada jajak pendapat. Di Cari waktu, centang dua atau tiga saran lalu mulai jajak pendapat.
poll-open = Terbuka
poll-closed = Ditutup
poll-campaign = Kampanye: { $title }
poll-organisation = Organisasi
poll-total = Jawaban
poll-answer-yes = Ya
poll-answer-ifNeedBe = Kalau perlu
poll-answer-no = Tidak
poll-noAnswer = Belum menjawab
poll-answerFor = Jawaban { $org } untuk { $time }
poll-counts = { $yes } ya · { $maybe } kalau perlu · { $no } tidak
poll-winner = Terpilih
poll-chosen = Dipilih
poll-leads = Terpilih: { $time } — { $rule }.
poll-chosenOn = Dipilih: { $time }.
poll-waiting = Belum ada jawaban: catat jawaban setiap organisasi untuk setiap slot waktu.
poll-rule-mostYes = paling banyak ya
poll-rule-fewestNo = jumlah ya sama dengan slot lain, paling sedikit tidak
poll-rule-mostIfNeedBe = sama dalam ya dan tidak, paling banyak “kalau perlu”
poll-rule-earliest = sama dalam semua hitungan, jadi yang paling awal
poll-rule-only = satu-satunya slot yang dijawab
poll-howWinner = Yang terpilih punya ya terbanyak, lalu tidak paling sedikit, lalu “kalau perlu” terbanyak, lalu yang paling awal.
poll-createEvent = Buat acaranya
poll-eventMade = Jajak pendapat ini sudah menjadi acara: lihat di kalender.
poll-delete = Hapus jajak pendapat
poll-deleteTitle = Hapus jajak pendapat?
poll-deleteBody = Hapus “{ $title }” beserta jawaban semua organisasi? Acara yang dibuat darinya tetap ada di kalender.
findTime-addToPoll = Jajak
findTime-addToPollTitle = Masukkan slot ini ke jajak pendapat (paling banyak tiga)
findTime-pollTitle = Judul jajak pendapat
findTime-pollDefaultTitle = Rapat koordinasi
findTime-startPoll = Mulai jajak pendapat dengan { $count } slot
findTime-pollNeedsOrgs = Jajak pendapat bertanya kepada organisasi: pilih paling sedikit satu di atas.
findTime-pollPickTwo = Centang dua atau tiga saran di “Jajak” untuk menanyakan organisasi mana yang cocok.
