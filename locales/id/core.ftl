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
core-no-reminder-for = { $name } tidak punya pengingat itu untuk pengulangan ini (tidak diundang, atau menolak)
core-reminder-day = Pengingat: acaranya besok.
core-reminder-hour = Pengingat: acaranya mulai satu jam lagi.
core-invitation-no-addresses = tidak ada undangan yang punya alamat surel di direktori ({ $names }): kalender tidak bisa mengirimi mereka undangan
