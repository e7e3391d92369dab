## Kata-kata yang ditambahkan ekspor atau pengumuman di sekitar teks para koordinator, dalam bahasa dokumennya
## (src/announce/words.rs, src/statement_export/labels.rs). Pertahankan setiap id dan { $count }.

export-online = Daring
export-register = Pendaftaran
export-organised-by = Diselenggarakan oleh
export-and = dan
export-key-dates = Tanggal penting
export-all-day = sepanjang hari
export-invited = Anda diundang:
export-please-answer = Mohon jawab: ya, mungkin, atau tidak.

export-kind-statement = Pernyataan
export-kind-press-release = Siaran pers
export-kind-solidarity-message = Pesan solidaritas
export-kind-open-letter = Surat terbuka
export-kind-call-to-action = Seruan aksi

export-endorsements = Dukungan ({ $count })
export-no-country = Lainnya
export-for-reference = Narahubung:
