## Pesan-pesan inti (Rust), dalam bahasa Indonesia. Rujukan: ../en/core.ftl; istilah dan tanda baca: GLOSSARY.md.
## Pertahankan setiap id dan setiap { $placeable }. Sebuah { $value } mengutip apa yang diketik pengguna.
## Pesan validasi ditampilkan sesudah nama bidangnya (“Nama: tidak boleh kosong”), jadi diawali huruf kecil.

## Pemeriksaan bidang yang dipakai semua formulir (src/validate.rs)

core-empty = tidak boleh kosong
core-too-long = terlalu panjang ({ $count } karakter, maksimal { $max })
core-not-email = “{ $value }” bukan alamat email (contohnya name@example.org)
core-not-url = “{ $value }” bukan alamat web (contohnya https://example.org)
core-country-did-you-mean = “{ $value }” bukan kode negara; maksud Anda { $code } ({ $name })?
core-country-unknown = “{ $value }” bukan kode negara: gunakan kode ISO 3166 dua huruf (mis. PH untuk Filipina, NZ untuk Selandia Baru)
core-zone-empty = tidak boleh kosong (isi zona waktu IANA seperti Asia/Manila)
core-zone-did-you-mean = “{ $value }” bukan zona waktu — maksud Anda { $suggestion }?
core-zone-unknown = “{ $value }” bukan zona waktu (gunakan nama IANA seperti Asia/Manila)
core-not-date = “{ $value }” bukan tanggal (formatnya tttt-bb-hh)
core-not-local-datetime = “{ $value }” bukan tanggal dan waktu setempat (formatnya tttt-bb-hhTjj:mm)
core-not-colour = “{ $value }” bukan warna (formatnya #rrggbb, mis. #2f6fdb)

## Kampanye, acara, dan pengulangan yang diubah (src/domain/)

core-campaign-end-before-start = tanggal selesai { $end } lebih awal daripada tanggal mulai { $start }
core-not-hashtag = “{ $value }” bukan tagar (hanya huruf, angka, dan _, tanpa spasi)
core-hashtag-space = “{ $value }” mengandung spasi atau “#” kedua
core-event-needs-link = acara daring atau hibrida yang terkonfirmasi memerlukan tautan daringnya (atau tandai sebagai belum pasti)
core-event-needs-zone = acara yang tidak sepanjang hari memerlukan zona waktu (nama IANA seperti Asia/Manila)
core-reminder-too-early = pengingat paling awal 4 minggu sebelum acara
core-too-many-rdates = { $count } tanggal tambahan terlalu banyak: maksimal { $max } (gunakan aturan pengulangan)
core-last-day-before-first = hari terakhir { $end } lebih awal daripada hari pertama { $start }
core-end-before-start = waktu selesai { $end } lebih awal daripada waktu mulai { $start }
core-change-needs-occurrence = harus menyebut pengulangan yang dimaksud (waktu mulai aslinya)
core-change-needs-start-and-end = pengulangan yang dipindah memerlukan waktu mulai dan waktu selesai yang baru

## Orang, pernyataan, dan pengaturan (src/domain/)

core-not-phone = “{ $value }” bukan nomor telepon (hanya angka, spasi, + - ( ))
core-not-language-tag = “{ $value }” bukan kode bahasa seperti “es”, “fr-CA”, atau “tl”
core-not-locale = “{ $value }” bukan kode bahasa (mis. en, fr-CA, tl)
core-backups-keep-range = harus antara 1 dan 365
core-not-full-path = “{ $value }” bukan jalur lengkap ke sebuah folder
core-not-a-folder = { $path } tidak ada atau bukan folder
core-publish-folder-needed = pilih folder tempat kalender diterbitkan
core-template-empty = templat { $platform } untuk bahasa { $lang } kosong
core-template-too-long = templat { $platform } untuk bahasa { $lang } terlalu panjang

## Galat yang ditampilkan utuh: data yang sudah tidak ada, berkas yang bukan milik aplikasi ini (src/error.rs)
## { $entity } datang dalam bahasa Inggris; yang dikenal diterjemahkan di sini, sisanya tampil apa adanya.

core-not-found =
    { $entity ->
        [organisation] organisasi { $id } tidak ada
        [person] orang { $id } tidak ada
        [campaign] kampanye { $id } tidak ada
        [event] acara { $id } tidak ada
        [task] tugas { $id } tidak ada
        [statement] pernyataan { $id } tidak ada
        [approval] persetujuan { $id } tidak ada
        [endorsement] dukungan { $id } tidak ada
        [announcement] pengumuman { $id } tidak ada
       *[other] { $entity } { $id } tidak ada
    }
core-not-a-database = { $path } bukan basis data SQLite ({ $reason }); berkas itu tidak diubah
core-foreign-database = { $path } adalah basis data SQLite milik aplikasi lain; Campaign Desk tidak akan mengubahnya
core-database-too-new = { $path } ditulis oleh Campaign Desk versi yang lebih baru (skema { $found }, versi ini hanya mengenal sampai { $known }); perbarui aplikasinya

## Data yang saling bergantung (src/store/)
## { $id } adalah nomor data. { $name }, { $title }, dan { $organisation } adalah nama yang ditulis pengguna.

core-organisation-twice = organisasi { $id } tercantum dua kali
core-organisation-name-taken = organisasi bernama “{ $name }” sudah ada (id { $id })
core-organisation-has-statements = organisasi ini menerbitkan, menyetujui, atau mendukung { $count } pernyataan; catatan itu tetap disimpan, jadi keluarkan dulu organisasi ini dari pernyataan tersebut
core-person-has-statements = orang ini mendukung atau menjadi narahubung untuk { $count } pernyataan; keluarkan dulu orang ini dari pernyataan tersebut
core-uid-taken = acara dengan UID “{ $uid }” sudah ada
core-not-an-occurrence = “{ $value }” bukan pengulangan dari “{ $title }”
core-not-an-occurrence-or-excluded = “{ $value }” bukan pengulangan dari “{ $title }” (atau tanggal itu dilewati)
core-first-occurrence = itu pengulangan pertama: ubah seluruh rangkaian sebagai gantinya
core-event-does-not-repeat = acara { $id } tidak berulang; ubah acara itu sendiri

## Pernyataan: revisi, persetujuan, terjemahan, dukungan (src/store/)

core-body-too-big = berukuran { $size } byte; ukuran maksimal sebuah pernyataan adalah { $max }
core-no-revision = pernyataan { $id } tidak punya revisi { $revision }
core-revision-same-text = teks revisi { $revision } sama dengan teks saat ini
core-already-approved = { $organisation } sudah menyetujui revisi { $revision }
core-approval-withdrawn = persetujuan { $organisation } atas revisi { $revision } sudah dicabut ({ $at })
core-translation-same-language = pernyataan ini ditulis dalam bahasa { $lang }; terjemahan harus ke bahasa lain
core-no-translation = pernyataan { $id } tidak punya terjemahan ke bahasa { $lang }
core-already-endorsed = sudah mendukung pernyataan ini

## Mengimpor berkas kalender (src/ics/import.rs). { $reason } masih dalam bahasa Inggris.

core-ics-empty = berkas ini kosong: tidak ada kalender di dalamnya
core-ics-unreadable = ini bukan berkas iCalendar ({ $reason })
core-ics-wrong-start = baris { $line }: ini bukan berkas iCalendar: berkas harus diawali BEGIN:VCALENDAR, bukan “{ $found }”
core-ics-end-without-begin = baris { $line }: END:{ $name } tanpa BEGIN: dilewati

## Mengimpor direktori dari lembar kerja (src/csv_io.rs). { $reason } masih dalam bahasa Inggris.

core-csv-no-name-column = belum ada kolom yang dipetakan ke nama; petakan kolom yang berisi nama
core-csv-mapping-length = { $mapped } kolom dipetakan, tetapi berkas ini punya { $columns } kolom
core-csv-not-a-field = “{ $value }” bukan bidang (seharusnya salah satu dari { $fields })
core-csv-mapped-twice = dua kolom dipetakan ke { $field }
core-csv-unknown-organisation = “{ $name }” tidak ada di direktori; impor atau tambahkan organisasinya lebih dulu
core-csv-not-utf8 = CSV tidak bisa dibaca: isinya bukan teks UTF-8; simpan dari lembar kerja sebagai “CSV UTF-8”
core-csv-unreadable = CSV tidak bisa dibaca: { $reason }

## Mengekspor dan menerbitkan kalender (src/service/ics_export.rs)

core-export-no-campaign = tidak ada kampanye { $id }
core-export-not-date = “{ $value }” bukan tanggal (formatnya tttt-bb-hh)
core-export-range-backwards = akhir rentang tanggal harus sesudah awalnya
core-export-range-both-ends = isi kedua ujung rentang tanggal, awal dan akhir
core-publish-not-a-folder = { $path } bukan folder

## Mengenkripsi basis data, kuncinya, dan cadangannya (src/encryption.rs, src/db_key/, src/backup.rs, src/store/cipher.rs)
## { $path } adalah jalur sebuah berkas; { $group } menghitung kelompok empat karakter kunci pemulihan mulai dari 1.

core-already-encrypted = { $path } sudah terenkripsi
core-database-missing-or-empty = { $path } tidak ada atau kosong
core-plain-copy-in-the-way = { $path } masih ada dari konversi sebelumnya; pindahkan atau hapus dulu
core-key-file-exists = { $path } sudah ada (mungkin berisi kunci basis data lain); sebutkan berkas baru
core-not-encrypted-encrypt-it = { $path } tidak terenkripsi; enkripsi dengan `campaign-desk db encrypt`
core-not-encrypted-encrypt-first = { $path } tidak terenkripsi; enkripsi dulu
core-not-encrypted-copy-it = { $path } tidak terenkripsi; salin dengan `backup`
core-no-plain-copy = tidak ada { $path } yang bisa dihapus
core-plain-copy-kept = { $path } tidak terenkripsi, jadi salinan tak terenkripsinya disimpan; tidak ada yang dihapus
core-database-open-elsewhere = { $path } sedang terbuka di program lain (jendela Campaign Desk?); tutup lalu jalankan ini lagi — tidak ada yang diubah
core-database-exists = { $path } sudah ada; tidak ada yang diubah
core-not-encrypted = { $path } tidak terenkripsi
core-recovery-key-shape = kunci pemulihan terdiri dari 14 kelompok berisi 4 huruf dan angka
core-recovery-typed-bad-character = ini bukan kunci pemulihan seperti yang tertulis: kelompok { $group } berisi karakter yang bukan huruf atau angka 2–7
core-recovery-typed-checksum = ini bukan kunci pemulihan seperti yang tertulis: checksum-nya tidak cocok; periksa setiap kelompok dengan salinan tertulis
core-type-passphrase = ketik frasa sandi
core-type-key = ketik kunci pemulihan atau frasa sandi
core-wrong-recovery-key = kunci pemulihan ini tidak membuka basis data; tidak ada yang diubah. Periksa dengan salinan tertulis
core-wrong-passphrase = frasa sandi salah: tidak membuka basis data; tidak ada yang diubah
core-passphrase-too-short = frasa sandi perlu paling sedikit { $min } karakter; beberapa kata paling mudah
core-passphrase-raw-form = frasa sandi tidak boleh diawali x' (bentuk kunci mentah SQLCipher)
core-file-exists-choose-another = { $path } sudah ada; pilih nama berkas baru
core-not-a-file = { $path } tidak ada atau bukan berkas
core-path-not-utf8 = { $path } bukan jalur UTF-8 yang bisa diberikan ke SQLite
core-not-a-file-name = { $path } bukan nama berkas
core-key-file-unreadable = { $path } terenkripsi dan berkas kuncinya { $file } (disebut di { $variable }) tidak bisa dibaca: { $reason }; tidak ada yang diubah
core-key-not-in-keyring = { $path } terenkripsi; kuncinya tidak ada di keyring. Tulis kunci pemulihannya (atau passphrase: diikuti frasa sandinya) ke sebuah berkas dan sebutkan berkas itu di { $variable }; tidak ada yang diubah
core-keyring-unavailable = { $path } terenkripsi dan keyring tidak bisa dimintai kuncinya ({ $reason }). Buka kunci keyring, atau tulis kunci pemulihan ke sebuah berkas dan sebutkan berkas itu di { $variable }; tidak ada yang diubah
core-key-not-saved = kunci tidak bisa disimpan di keyring ({ $reason }); tidak ada yang diubah. Di komputer tanpa keyring, sebutkan berkas baru untuk kunci di { $variable }
core-key-file-for-plain-database = { $path } tidak terenkripsi, tetapi { $variable } menyebut kunci untuknya; enkripsi dengan `campaign-desk db encrypt`, atau hapus { $variable } untuk memakainya apa adanya; tidak ada yang diubah
core-key-for-plain-database = { $path } tidak terenkripsi, tetapi kunci diberikan untuknya; enkripsi dengan `campaign-desk db encrypt`
core-no-key-given = { $path } terenkripsi (atau sama sekali bukan berkas SQLite) dan tidak ada kunci yang diberikan; berkas itu tidak disentuh
core-key-refused = SQLCipher tidak menerima kunci (kode SQLite { $code })
core-backup-other-key-than-given = { $path } dienkripsi dengan kunci lain, bukan yang diberikan; berikan kunci pemulihan atau frasa sandi basis data asalnya. Tidak ada yang diubah
core-backup-other-key-than-this = { $path } dienkripsi dengan kunci lain, bukan kunci basis data ini; berikan kunci pemulihan atau frasa sandi basis data asalnya. Tidak ada yang diubah
core-backup-encrypted-database-plain = { $path } terenkripsi sedangkan basis data ini tidak; berikan kunci pemulihan atau frasa sandi basis data asalnya. Tidak ada yang diubah

## Tanggal dan waktu yang diketik pengguna (src/calendar/zones.rs, src/service/)
## { $value } adalah waktu lokal yang diketik; { $day }, { $from }, dan { $to } menyebut di mana jam melompat.

core-dst-gap = { $value } tidak ada di { $zone }: pada { $day } jam melompat dari { $from } ke { $to } (waktu musim panas); pilih waktu di luar celah itu
core-not-a-date = “{ $value }” bukan tanggal
core-until-not-a-date = UNTIL “{ $value }” bukan tanggal
core-move-too-far = pergeseran lebih dari 100 tahun
core-all-day-same-everywhere = acara { $id } berlangsung sepanjang hari: tanggalnya sama di setiap zona waktu

## Acara dan rangkaiannya (src/store/, src/service/). { $reason } masih dalam bahasa Inggris.

core-event-extra-dates-only = acara { $id } hanya berulang pada tanggal tambahan, tanpa aturan yang bisa dipecah; ubah tanggal-tanggalnya sebagai gantinya
core-event-not-expandable = pengulangan acara { $id } (“{ $title }”) tidak bisa dihitung: { $reason }
core-event-no-start-date = acara { $id } tidak punya tanggal mulai (“{ $value }”)
core-event-problem = acara { $id }: { $reason }
core-campaign-problem = kampanye { $id }: { $reason }
core-expanding-failed = kalender gagal dihitung
core-uid-refused-not-stored = acara “{ $uid }” ditolak sebagai acara baru, tetapi tidak tersimpan

## Pengumuman (src/service/announce.rs). { $part } adalah start, end, atau zone.

core-not-an-announcement-language = “{ $value }” bukan bahasa pengumuman (en, es, fr, id, tl)
core-no-occurrence-at = “{ $title }” tidak punya pengulangan yang dimulai pada { $at }
core-occurrence-cancelled = pengulangan “{ $title }” itu dibatalkan
core-nothing-to-announce = “{ $title }” tidak punya pengulangan untuk diumumkan
core-occurrence-unreadable = { $part ->
    [start] waktu mulai sebuah pengulangan “{ $title }” tidak bisa dibaca
    [end] waktu selesai sebuah pengulangan “{ $title }” tidak bisa dibaca
   *[other] zona waktu sebuah pengulangan “{ $title }” tidak bisa dibaca
}

## Pernyataan: penerbitan, terjemahan, dukungan, ekspor (src/store/, src/statement_export/)
## { $has } berisi daftar tag bahasa (es, fr).

core-publish-needs-issuer = tambahkan organisasi penerbit sebelum menerbitkan
core-approvals-outdated = persetujuan yang ada untuk revisi { $approved }; teksnya sekarang revisi { $revision }: catat dulu persetujuan untuk revisi ini
core-not-approved-yet = belum ada organisasi yang menyetujui teks ini (revisi { $revision })
core-translation-too-big = berukuran { $size } byte; terjemahan paling besar { $max }
core-endorser-one-of = pilih salah satu: organisasi atau orang
core-post-one-language = satu unggahan hanya dalam satu bahasa: pilih bahasanya
core-no-translation-none = pernyataan { $id } tidak punya terjemahan ke bahasa { $lang }; belum ada terjemahan sama sekali
core-no-translation-has = pernyataan { $id } tidak punya terjemahan ke bahasa { $lang }; yang ada: { $has }

## Mencari waktu (src/calendar/find_time/, src/service/find_time.rs)

core-find-time-nobody = pilih paling sedikit satu organisasi, orang, atau zona waktu
core-find-time-length = rapat berlangsung antara 1 menit dan 24 jam, dalam menit bulat
core-find-time-step = jarak antara waktu mulai yang diusulkan 5 menit sampai 24 jam
core-find-time-days = cari 1 sampai { $max } hari ke depan
core-find-time-organisation-zone = organisasi “{ $name }” ({ $id }) tidak punya zona waktu: atur dengan `org edit { $id } --zone …`, atau jangan sertakan dan berikan zona waktunya dengan --zones
core-find-time-person-zone = { $name } ({ $id }) tidak punya zona waktu (organisasinya, “{ $organisation }”, juga tidak punya): berikan zona waktunya dengan --zones sebagai gantinya
core-find-time-person-no-organisation = { $name } ({ $id }) tidak punya zona waktu (tidak tergabung dalam organisasi mana pun): berikan zona waktunya dengan --zones sebagai gantinya

## Berbagi dengan server CalDAV dan berlangganan kalender (src/sync/, src/store/sync.rs, src/store/subscriptions.rs)
## { $url } adalah alamat kalender; { $link } dan { $id } adalah angka; { $variable } adalah nama variabel lingkungan.

core-sync-password-in-address = berikan nama pengguna dengan --user dan kata sandi secara terpisah, jangan di dalam alamat
core-sync-not-a-server-address = “{ $value }” bukan alamat server: berikan alamat seperti https://cloud.example.org/remote.php/dav
core-sync-password-how = berikan kata sandi dengan --password-stdin (atau di { $variable } untuk sekali jalan)
core-sync-password-needed = berikan kata sandi (atau kata sandi aplikasi) untuk akun ini
core-sync-user-needed = berikan nama pengguna di server
core-sync-no-account = belum ada akun CalDAV: tambahkan dengan `sync account add`
core-sync-which-account = ada { $count } akun: sebutkan yang mana dengan --account ID
core-sync-campaign-shared = kampanye { $id } sudah dibagikan dengan { $url } (tautan { $link })
core-sync-calendar-shared = { $url } sudah dibagikan dengan kampanye { $id } (tautan { $link })
core-sync-not-a-calendar = “{ $value }” bukan alamat kalender
core-sync-calendar-name-needed = beri nama kalender baru itu
core-sync-nothing-shared = belum ada kampanye yang dibagikan: tautkan satu dengan `sync link`
core-sync-conflict-resolved = konflik ini sudah diselesaikan
core-sync-no-conflict = acara { $id } tidak punya konflik sinkronisasi (lihat `sync conflicts`)
core-sync-nothing-to-undo = acara { $id } tidak punya perubahan yang ditolak server: tidak ada yang bisa dibatalkan (lihat `sync status`)
core-sync-undo-in-conflict = acara { $id } berkonflik dengan versi server: selesaikan dengan `sync resolve`
core-sync-undo-unknown = versi server untuk acara { $id } belum dikenal di sini: jalankan `sync run`, lalu batalkan
core-sync-account-exists = akun ini sudah ditambahkan (akun { $id })
core-already-subscribed-as = kalender ini sudah Anda langgani sebagai “{ $name }” ({ $id })

## Teks baris perintah untuk pengguna (src/bin/campaign-desk/). `--json` tidak pernah diterjemahkan.
## Perintah, opsi, dan nilai di dalam `backtick` atau sesudah -- tidak diubah.

core-cli-database-ready = Basis data siap di { $path } (versi skema { $version })
core-cli-demo-loaded = Data demo dimuat: { $organisations } organisasi, { $people } orang, { $campaigns } kampanye, { $events } acara, dan { $statements } pernyataan ditambahkan
core-cli-backed-up = Dicadangkan ke { $path }
core-cli-restored = { $path } dipulihkan; isi sebelumnya disimpan ke { $saved }
core-cli-org-created = Organisasi { $id } dibuat ({ $name })
core-cli-org-updated = Organisasi { $id } diperbarui ({ $name })
core-cli-org-deleted = Organisasi { $id } dihapus
core-cli-person-created = Orang { $id } dibuat ({ $name })
core-cli-person-updated = Orang { $id } diperbarui ({ $name })
core-cli-person-deleted = Orang { $id } dihapus
core-cli-no-organisations = Belum ada organisasi. Tambahkan dengan `campaign-desk org add --name NAME`.
core-cli-no-people = Belum ada orang. Tambahkan dengan `campaign-desk person add --name NAME`.
core-cli-row-skipped = baris { $line }: dilewati, { $reason }
core-cli-row-skipped-duplicate = baris { $line }: dilewati, duplikat
core-cli-csv-dry-run = { $new } baru, { $duplicates } duplikat, { $errors } bermasalah; uji coba, tidak ada yang ditulis
core-cli-csv-imported = { $new } baru, { $duplicates } duplikat, { $errors } bermasalah; { $created } dibuat
core-cli-csv-written = { $rows } baris ditulis ke { $path }
core-cli-campaign-created = Kampanye { $id } dibuat ({ $title })
core-cli-campaign-updated = Kampanye { $id } diperbarui ({ $title })
core-cli-campaign-deleted = Kampanye { $id } dan acara-acaranya dihapus
core-cli-no-campaigns = Belum ada kampanye. Tambahkan dengan `campaign-desk campaign add --title T --kind KIND --start DATE --end DATE`.
core-cli-heading-organisations = Organisasi
core-cli-heading-events = Acara
core-cli-plan-created = Kampanye { $id } “{ $title }” dibuat ({ $start } – { $end }) dengan { $events } acara dan { $tasks } tugas
core-cli-event-created = Acara { $id } dibuat ({ $title })
core-cli-event-updated = Acara { $id } diperbarui ({ $title })
core-cli-event-deleted = Acara { $id } dihapus
core-cli-no-events = Belum ada acara. Tambahkan dengan `campaign-desk event add --title T --date DATE`.
core-cli-series-split = Rangkaian dipecah: acara { $id } berakhir sebelum { $at }; acara { $new } dimulai di sana
core-cli-task-added = Tugas { $id } ditambahkan ke kampanye { $campaign }: { $title }
core-cli-task-done = Tugas { $id } selesai: { $title }
core-cli-task-reopened = Tugas { $id } dibuka lagi: { $title }
core-cli-task-deleted = Tugas { $id } dihapus
core-cli-no-tasks = Belum ada tugas.
core-cli-statement-created = Pernyataan { $id } dibuat ({ $title })
core-cli-statement-at-revision = Pernyataan { $id } sekarang revisi { $revision } ({ $status })
core-cli-statement-deleted = Pernyataan { $id } dihapus
core-cli-no-statements = Belum ada pernyataan. Mulai dengan `campaign-desk statement new --title T`.
core-cli-translation-saved = Terjemahan { $lang } untuk pernyataan { $id } disimpan (sesuai dengan revisi { $revision })
core-cli-translation-saved-outdated = Terjemahan { $lang } untuk pernyataan { $id } disimpan (usang: teks sumber berubah sejak revisi { $revision })
core-cli-approved = { $organisation } menyetujui revisi { $revision } pernyataan { $id }
core-cli-endorsed = { $name } mendukung pernyataan { $id } ({ $count } dukungan)
core-cli-wrote-file = { $path } ditulis ({ $size } byte)
core-cli-nothing-between = Tidak ada apa pun antara { $from } dan { $to }.
core-cli-occurrence-changed = Pengulangan { $at } dari acara { $id } diubah ({ $title })
core-cli-ics-written = { $events } acara ditulis ke { $path }
core-cli-ics-summary = { $new } baru, { $updated } diperbarui, { $unchanged } tidak berubah, { $skipped } dilewati, { $errors } galat; { $verdict ->
    [imported] diimpor
    [dry_run] uji coba, tidak ada yang ditulis
   *[nothing] tidak ada yang ditulis
}
core-cli-announcement-saved = (disimpan sebagai pengumuman { $id } kampanye { $campaign })
core-cli-subscribed = Berlangganan “{ $name }” ({ $events } acara) sebagai langganan { $id }: { $url }
core-cli-no-subscriptions = Tidak ada langganan. Tambahkan dengan `campaign-desk subscribe URL`.
core-cli-subscription-refreshed = { $name }: { $events } acara
core-cli-subscription-not-refreshed = { $name }: tidak diperbarui ({ $reason }); salinan terakhir ({ $events } acara) tetap dipakai
core-cli-subscription-updated = Langganan { $id } bernama “{ $name }” dengan warna { $colour }
core-cli-subscription-removed = Langganan { $id } (“{ $name }”) dihapus beserta { $events } acaranya
core-cli-nothing-found = Tidak ditemukan apa pun untuk “{ $query }”
core-cli-all-day = { $day } (sepanjang hari)
core-cli-all-days = { $start } – { $end } (sepanjang hari)
core-cli-heading-approvals = Persetujuan
core-cli-approval = revisi { $revision }: { $organisation }
core-cli-approval-older = revisi { $revision }: { $organisation }  (teks lama)
core-cli-heading-withdrawn-approvals = Persetujuan yang ditarik
core-cli-approval-withdrawn = revisi { $revision }: { $organisation } (disetujui { $approved }, ditarik { $withdrawn })
core-cli-heading-translations = Terjemahan
core-cli-translation-up-to-date = { $lang }: { $title } (dari revisi { $revision }, mutakhir)
core-cli-translation-outdated = { $lang }: { $title } (dari revisi { $revision }, usang)
core-cli-heading-endorsements = Dukungan ({ $count })

## Nama kolom dan bidang baris perintah (huruf kapital di tabel)

core-cli-label-also-on = juga pada
core-cli-label-asleep = tidur
core-cli-label-campaign = kampanye
core-cli-label-city = kota
core-cli-label-colour = warna
core-cli-label-country = negara
core-cli-label-date-line = tempat dan tanggal
core-cli-label-dates = tanggal
core-cli-label-description = deskripsi
core-cli-label-done = selesai
core-cli-label-due = tenggat
core-cli-label-email = email
core-cli-label-endorsed = dukungan
core-cli-label-event = acara
core-cli-label-events = acara
core-cli-label-except = kecuali
core-cli-label-from = dari
core-cli-label-hashtags = tagar
core-cli-label-id = id
core-cli-label-in = di
core-cli-label-issuers = penerbit
core-cli-label-kind = jenis
core-cli-label-language = bahasa
core-cli-label-languages = bahasa
core-cli-label-last-read = terakhir dibaca
core-cli-label-line = baris
core-cli-label-location = lokasi
core-cli-label-mode = cara
core-cli-label-name = nama
core-cli-label-notes = catatan
core-cli-label-online = daring
core-cli-label-organisation = organisasi
core-cli-label-orgs = org
core-cli-label-owner = penanggung jawab
core-cli-label-phone = telepon
core-cli-label-problem = masalah
core-cli-label-published = diterbitkan
core-cli-label-register = pendaftaran
core-cli-label-repeats = berulang
core-cli-label-result = hasil
core-cli-label-rev = rev.
core-cli-label-revision = revisi
core-cli-label-role = peran
core-cli-label-score = skor
core-cli-label-short = singkatan
core-cli-label-short-name = singkatan
core-cli-label-socials = media sosial
core-cli-label-start = mulai
core-cli-label-status = status
core-cli-label-summary = ringkasan
core-cli-label-title = judul
core-cli-label-to = sampai
core-cli-label-uid = uid
core-cli-label-url = url
core-cli-label-website = situs web
core-cli-label-when = kapan
core-cli-label-working = kerja
core-cli-label-zone = zona waktu

## Pemeriksaan argumen oleh baris perintah (src/bin/campaign-desk/)

core-cli-window-backwards = rentang waktu berakhir ({ $to }) sebelum dimulai ({ $from })
core-cli-announcement-needs-campaign = acara ini tidak termasuk kampanye mana pun: pengumuman disimpan bersama kampanye
core-cli-not-an-organisation-id = “{ $value }” bukan id organisasi
core-cli-csv-not-utf8 = { $path } bukan teks UTF-8; simpan dari spreadsheet Anda sebagai “CSV UTF-8”
core-cli-not-org-role = “{ $value }” bukan ORG_ID:ROLE (mis. 3:lead)
core-cli-kind-needed = wajib diisi (mis. --kind solidarity_month)
core-cli-not-a-scope = “{ $value }” bukan salah satu dari: this, following
core-cli-nothing-to-change = tidak ada yang diubah: berikan --title, --body-file, atau --status
core-cli-translation-needs-title = terjemahan baru memerlukan --title
core-cli-not-for-a-terminal = berkas { $format } bukan untuk terminal: tambahkan -o FILE
core-cli-no-password-on-stdin = masukan standar tidak berisi kata sandi
core-cli-calendar-or-create = berikan --calendar URL atau --create NAME
core-cli-campaign-not-shared = kampanye { $id } tidak dibagikan
core-cli-link-or-campaign = berikan --link ID atau --campaign ID

## Perintah `db` baris perintah (src/bin/campaign-desk/db.rs).

core-cli-db-plain-removed = Salinan tak terenkripsi { $path } dihapus (di SSD, blok lamanya bisa tetap ada di disk sampai dipakai ulang)
core-cli-db-plain-copy-warning = peringatan: { $path } TIDAK terenkripsi: siapa pun yang mendapatkan berkas ini bisa membaca setiap nama, nomor telepon, dan pernyataan di dalamnya. Hapus bila sudah selesai.
core-cli-db-plain-copy-written = Salinan tak terenkripsi ditulis ke { $path } ({ $tables } tabel, { $rows } baris)
core-cli-db-encrypted = { $path } terenkripsi
core-cli-db-key-opens = Kunci: { $place ->
    [keyring] di keyring
    [nowhere] berupa frasa sandi
   *[file] di { $file }
} (membuka basis data)
core-cli-db-key-problem = Kunci: { $problem }
core-cli-db-key-not-found = Kunci: tidak ditemukan
core-cli-db-plain-copy-left = Masih ada salinan tak terenkripsi di { $path }; hapus dengan `db encrypt --confirm-remove-plain`
core-cli-db-done = { $action ->
    [encrypted] Dienkripsi:
   *[rekeyed] Kunci diganti:
} { $path } ({ $tables } tabel, { $rows } baris diperiksa); kuncinya { $place ->
    [keyring] di keyring
    [nowhere] berupa frasa sandi
   *[file] di { $file }
}
core-cli-db-recovery-key = Kunci pemulihan — catat atau cetak dan simpan di tempat aman; kunci ini hanya ditampilkan sekali ini:
core-cli-db-recovery-key-why = Tanpa kunci ini, keyring yang hilang berarti basis data tidak bisa dibuka.
core-cli-db-plain-file-kept = Berkas tak terenkripsi disimpan sebagai { $path }: setelah basis data terenkripsi berjalan baik, hapus dengan `campaign-desk db encrypt --confirm-remove-plain`
core-cli-db-plain-backups-left = Peringatan: { $count } cadangan lama di { $folder } tidak terenkripsi; hapus bila sudah tidak diperlukan
## Siapa yang datang: undangan, jawaban, dan kehadiran

core-invitee-one-of = sebutkan satu organisasi atau satu orang (salah satunya)
core-invite-nobody = sebutkan setidaknya satu organisasi atau orang yang diundang
core-invitation-nothing-to-change = isi jawaban, kehadiran, atau catatan yang akan dicatat
core-attendance-needs-occurrence = kehadiran dicatat untuk satu pengulangan: sebutkan pengulangannya
core-invitation-event-does-not-repeat = acara { $id } tidak berulang: undangannya berlaku untuk seluruh acara (jangan sebutkan pengulangan)
core-not-invited = { $name } tidak diundang di situ
core-reply-unknown-event = tidak ada acara di sini dengan pengenal kalender “{ $uid }” yang dijawab oleh balasan ini
core-reply-not-a-reply = berkas ini bukan balasan undangan (METHOD:{ $method }; seharusnya METHOD:REPLY)
core-reply-no-attendee = balasan ini tidak menyebut peserta
core-reply-unknown-attendee = { $email } menjawab, tetapi tidak ada undangan acara ini dengan alamat surel itu
core-reply-unknown-answer = “{ $value }” bukan jawaban undangan yang dikenal (seharusnya ACCEPTED, TENTATIVE, atau DECLINED)
core-invitation-no-organizer = undangan perlu penyelenggara dengan alamat surel: isi satu (--organizer-email), atau catat surel organisasi utama acara ini
core-invitation-nobody-invited = belum ada yang diundang ke semua pengulangan “{ $title }”: undang dulu
core-reminders-need-occurrence = pengingat dikirim sebelum satu pengulangan: sebutkan pengulangannya
core-invitation-nobody = belum ada yang diundang ke “{ $title }”: undang seseorang dulu, pesannya memuat jam menurut waktu setempat masing-masing
core-no-reminder-for = { $name } tidak punya pengingat itu untuk pengulangan ini (tidak diundang, atau menolak)
core-reminder-day = Pengingat: acaranya besok.
core-reminder-hour = Pengingat: acaranya mulai satu jam lagi.
# An organisation's own day (find a time)
core-hours-not-range = '{ $value }' bukan rentang jam seperti 09:00-18:00
core-hours-empty = { $start } sampai { $end } kosong: berikan dua jam yang berbeda
core-days-not-set = '{ $value }' bukan kumpulan hari seperti mon-fri, sun-thu, mon,wed,fri atau all
core-hours-overlap = jam kerja { $working } dan jam tidur { $asleep } bertumpang tindih (pada { $at }): tidak ada yang bekerja sambil tidur
core-invitation-no-addresses = tidak ada undangan yang punya alamat surel di direktori ({ $names }): kalender tidak bisa mengirimi mereka undangan

## Jajak pendapat atas slot waktu (src/domain/poll.rs, src/store/polls.rs, src/service/polls.rs)

core-poll-instant-no-offset = “{ $value }” tidak punya selisih waktu: tambahkan Z untuk UTC atau selisihnya, mis. { $value }Z atau { $value }+08:00
core-poll-not-an-instant = “{ $value }” bukan tanggal dan jam seperti 2027-03-04T14:00Z
core-poll-length = rapat berlangsung antara 1 menit dan 24 jam
core-poll-no-organisations = pilih organisasi yang akan ditanya
core-poll-too-many-organisations = jajak pendapat menanyai paling banyak { $max } organisasi
core-poll-slot-twice = { $value } diberikan dua kali
core-poll-too-few-slots = berikan paling sedikit dua slot waktu, kalau tidak tak ada yang bisa ditanyakan
core-poll-too-many-slots = jajak pendapat punya paling banyak { $max } slot waktu
core-poll-closed-no-answers = jajak pendapat { $poll } ditutup pada { $closed }: tidak menerima jawaban lagi
core-poll-not-its-slot = slot { $slot } bukan salah satu slot jajak pendapat { $poll }
core-poll-organisation-not-asked = organisasi { $organisation } tidak ditanya dalam jajak pendapat { $poll } “{ $title }”
core-poll-already-closed = jajak pendapat { $poll } sudah ditutup pada { $closed }
core-poll-already-closed-on-slot = jajak pendapat { $poll } sudah ditutup pada { $closed }, pada slot { $slot }
core-poll-already-closed-event = jajak pendapat { $poll } sudah ditutup pada { $closed }, pada slot { $slot }; sudah menjadi acara { $event }
core-poll-no-answers-yet = jajak pendapat { $poll } belum punya jawaban: catat dengan `poll answer`, atau sebut slotnya dengan --slot
core-poll-closed-on-other-slot = jajak pendapat { $poll } ditutup pada slot { $chosen }, bukan { $slot }
core-poll-still-open = jajak pendapat { $poll } masih terbuka: tutup dulu pada satu slot
core-poll-already-an-event = jajak pendapat { $poll } sudah menjadi acara { $event }
core-not-a-length = “{ $value }” bukan durasi seperti 90m, 1h30m atau 1:30
core-not-a-start-time = “{ $value }” bukan waktu mulai
core-sync-task-unreadable = versi server untuk tugas ini tidak bisa dibaca: { $reason }

## Acara berulang: aturan pengulangan (RRULE), tanggal tambahan dan yang dilewati (src/calendar/recurrence.rs)

core-rrule-bad-character = “{ $value }” bukan aturan pengulangan: “{ $character }” tidak boleh ada di dalamnya
core-rrule-interval = INTERVAL={ $value } bukan jumlah periode antara 1 dan { $max }
core-rrule-all-day-sub-daily = acara sepanjang hari berulang paling banyak sekali sehari: FREQ={ $value } memerlukan jam mulai
core-rrule-until-not-date = UNTIL={ $value } bukan tanggal (YYYYMMDD) atau waktu UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-utc = UNTIL={ $value } bukan waktu UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-local = UNTIL={ $value } bukan waktu setempat (YYYYMMDDTHHMMSS)
core-rrule-never-in-month = tanggal { $days } tidak pernah ada di bulan { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
        [12] Desember
       *[other] itu
    }: aturan ini tidak pernah berulang
core-rrule-never-in-months = tanggal { $days } tidak pernah ada di bulan-bulannya (BYMONTH={ $months }): aturan ini tidak pernah berulang
core-rrule-matches-no-date = tidak ada tanggal yang memenuhi semua bagian { $value }: aturan ini tidak pernah berulang
core-rrule-extra-not-date = tanggal tambahan “{ $value }” bukan tanggal (seharusnya YYYY-MM-DD)
core-rrule-excluded-not-date = tanggal yang dilewati “{ $value }” bukan tanggal (seharusnya YYYY-MM-DD)
core-rrule-extra-not-local = tanggal tambahan “{ $value }” bukan tanggal dan waktu setempat (YYYY-MM-DDTHH:MM)
core-rrule-excluded-not-local = tanggal yang dilewati “{ $value }” bukan tanggal dan waktu setempat (YYYY-MM-DDTHH:MM)
core-rrule-count-not-number = COUNT={ $value } bukan angka
core-rrule-not-inside-series = pengulangan itu tidak berada di dalam rangkaian
core-rrule-unreadable = “{ $value }” bukan aturan pengulangan: { $reason }
core-rrule-cannot-repeat = “{ $value }” tidak bisa berulang dari awal ini: { $reason }
core-rrule-crate-failed = “{ $value }” bukan aturan pengulangan yang bisa dibaca kalender ini

## Hari milik organisasi (src/calendar/find_time/hours.rs, src/service/find_time.rs)
core-hours-out-of-day = jam harus antara 00:00 dan 23:59
core-hours-overlap-for = jam kerja { $working } dan jam tidur { $asleep } bertumpang tindih (pada { $at }): tidak ada yang bekerja sambil tidur ({ $who })

## Perintah `poll` di baris perintah (src/bin/campaign-desk/polls.rs)
core-cli-poll-created = Jajak pendapat { $id } ({ $title }) dibuat dengan { $count } slot waktu
core-cli-poll-answer-recorded = Jawaban { $who } untuk slot { $slot } dicatat: { $answer }
core-cli-poll-closed = Jajak pendapat { $id } ditutup pada slot { $slot }
core-cli-poll-event-created = Acara { $event } dibuat darinya (daring, belum pasti sampai tautannya ditambahkan)
core-cli-poll-minutes-short = { $count } mnt
core-cli-poll-minutes = { $count } menit
core-cli-poll-open = terbuka
core-cli-poll-closed-on-slot = ditutup pada slot { $slot }
core-cli-poll-closed-at = ditutup { $at } pada slot { $slot }
core-cli-no-polls = Belum ada jajak pendapat. Mulai dengan `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … --slot …`.
core-cli-poll-yes = ya
core-cli-poll-if-need-be = kalau perlu
core-cli-poll-no = tidak
core-cli-poll-chosen-mark = (dipilih)
core-cli-poll-how-winner = Pemenangnya yang paling banyak ya, lalu paling sedikit tidak, lalu paling banyak kalau perlu, lalu yang paling awal.
core-cli-poll-state-working = (bekerja)
core-cli-poll-state-awake = (terjaga)
core-cli-poll-state-asleep = (tidur)
core-cli-label-length = durasi
core-cli-label-poll = jajak pendapat
core-cli-label-slot = slot
core-cli-label-state = keadaan

## `invite`, `rsvp`, `attendance`, `invitations` dan `reminders` di baris perintah (src/bin/campaign-desk/invitations.rs)
core-cli-invited = { $count } diundang ({ $already } sudah diundang sebelumnya)
core-cli-invitation-written = Undangan ditulis ke { $path } dari { $organizer }
core-cli-invitation-attendees = Diundang di dalamnya: { $names }
core-cli-invitation-without-email = Tidak termasuk, karena tidak ada alamat e-mail di direktori: { $names }
core-cli-reply-recorded = { $title }: { $name } menjawab { $answer }
core-cli-reply-recorded-occurrence = { $title } (pengulangan { $occurrence }): { $name } menjawab { $answer }
core-cli-came = hadir
core-cli-did-not-come = tidak hadir
core-cli-rsvp-invited = diundang
core-cli-rsvp-yes = ya
core-cli-rsvp-maybe = mungkin
core-cli-rsvp-no = tidak
core-cli-rsvp-no-answer = tidak menjawab
core-cli-all-occurrences = semua pengulangan
core-cli-the-occurrence = pengulangan { $occurrence }
core-cli-nobody-invited = Belum ada yang diundang.
core-cli-no-answer-yet = Belum menjawab: { $names }
core-cli-not-invited-yet = Belum diundang: { $names }
core-cli-invitee-person-of = orang, { $organisation }
core-cli-invitee-person = orang
core-cli-invitee-organisation = organisasi
core-cli-invitation-counts = { $invited } diundang: { $yes } ya, { $maybe } mungkin, { $no } tidak, { $waiting } menunggu jawaban, { $no_answer } tidak menjawab; { $came } hadir, { $did_not_come } tidak hadir
core-cli-no-reminders = Tidak ada pengingat untuk dikirim: tidak ada lagi undangan yang masih ditunggu.
core-cli-reminder-sent = terkirim { $at }
core-cli-reminder-to-send = belum dikirim
core-cli-reminder-kind-day = sehari sebelumnya
core-cli-reminder-kind-hour = sejam sebelumnya
core-cli-reminder-due = jadwal { $at } { $zone }
core-cli-label-answer = jawaban
core-cli-label-came = hadir
core-cli-label-who = siapa

## `find-time` di baris perintah (src/bin/campaign-desk/find_time.rs)
core-cli-find-time-searched = Slot { $length } menit selama { $count } hari sejak { $from } (hari menurut { $zone }) untuk { $who }
core-cli-find-time-same-hours = Kerja { $working } { $days }, tidur { $asleep }, masing-masing menurut jamnya sendiri
core-cli-find-time-own-hours = { $who }: kerja { $working } { $days }, tidur { $asleep }
core-cli-find-time-each-hours = Masing-masing menurut jamnya sendiri — { $hours }
core-cli-find-time-looked-at = { $count } waktu mulai diperiksa; { $out } dibuang karena bertabrakan dengan acara sibuk peserta ({ $busy } di hari-hari ini)
core-cli-find-time-nothing-free = Tidak ada slot kosong: setiap waktu mulai bertabrakan dengan acara sibuk seorang peserta. Coba lebih banyak hari atau durasi lebih pendek.
core-cli-find-time-working = bekerja
core-cli-find-time-awake = terjaga
core-cli-find-time-asleep = tidur

## `sync` di baris perintah (src/bin/campaign-desk/sync.rs)
core-cli-sync-account-added = Akun { $id } ditambahkan: { $user } di { $url }
core-cli-sync-calendars-found = { $count } kalender ditemukan:
core-cli-sync-no-accounts = Tidak ada akun CalDAV.
core-cli-sync-user-on = { $user } di { $url }
core-cli-sync-account-removed = Akun { $id } dihapus
core-cli-sync-no-calendars = Tidak ada kalender di { $url } untuk { $user }.
core-cli-sync-linked = Kampanye { $campaign } ditautkan ke { $url } (tautan { $link }); jalankan `sync run` untuk menyinkronkannya
core-cli-sync-link-removed = Tautan { $id } dihapus
core-cli-sync-ran = Terkirim { $sent }, diterima { $taken }, dihapus { $deleted }, konflik baru { $conflicts }
core-cli-sync-not-synced = tidak tersinkron: { $reason }
core-cli-sync-nothing-shared = Belum ada kampanye yang dibagikan. (Kata sandi: keyring, atau { $variable } untuk sekali jalan.)
core-cli-sync-no-conflicts = Tidak ada konflik.
core-cli-sync-restored = Acara { $id } kembali seperti versi server.
core-cli-sync-restored-as = Acara { $id } dihapus di sini; versi server kembali sebagai acara { $new }.
core-cli-sync-removed-new = Acara { $id } baru di sini dan belum pernah sampai ke server: acara itu dihapus.
core-cli-sync-event-kept-local = Acara { $id }: versi lokal dipertahankan; dikirim ke server pada `sync run` berikutnya
core-cli-sync-event-kept-remote = Acara { $id }: versi server dipertahankan
core-cli-sync-task-kept-local = Tugas { $id }: versi lokal dipertahankan; dikirim ke server pada `sync run` berikutnya
core-cli-sync-task-kept-remote = Tugas { $id }: versi server dipertahankan
core-cli-sync-link = tautan { $id }: kampanye { $campaign } ({ $title }) ↔ { $url }
core-cli-sync-last-synced = terakhir disinkronkan { $at }
core-cli-sync-never-synced = belum pernah disinkronkan
core-cli-sync-link-counts = { $synced } sinkron, { $waiting } menunggu, { $conflicts } konflik
core-cli-sync-last-error = galat terakhir: { $reason }
core-cli-sync-refused-new = ditolak server (hanya-baca untuk akun ini): acara { $id } “{ $title }” (baru), hanya disimpan di sini — batalkan dengan `campaign-desk sync revert { $id }`
core-cli-sync-refused-edited = ditolak server (hanya-baca untuk akun ini): acara { $id } “{ $title }” (diubah), hanya disimpan di sini — batalkan dengan `campaign-desk sync revert { $id }`
core-cli-sync-refused-deleted = ditolak server (hanya-baca untuk akun ini): acara { $id } “{ $title }” (dihapus), hanya disimpan di sini — batalkan dengan `campaign-desk sync revert { $id }`
core-cli-sync-receiving = Menerima { $done } dari { $total } perubahan…
core-cli-sync-sending = Mengirim { $done } dari { $total } perubahan…
