## Ang mga salitang idinadagdag ng export o anunsyo sa paligid ng teksto ng mga coordinator, sa wika ng dokumento
## (src/announce/words.rs, src/statement_export/labels.rs). Huwag baguhin ang bawat id at ang { $count }.

export-online = Online
export-register = Magparehistro
export-organised-by = Inorganisa ng
export-and = at
export-key-dates = Mahahalagang petsa
export-all-day = buong araw
export-invited = Inaanyayahan kayo:
export-please-answer = Pakisagot: oo, baka, o hindi.

export-kind-statement = Pahayag
export-kind-press-release = Pahayag sa midya
export-kind-solidarity-message = Mensahe ng pakikiisa
export-kind-open-letter = Bukas na liham
export-kind-call-to-action = Panawagan sa pagkilos

export-endorsements = Mga lumagda ({ $count })
export-no-country = Iba pa
export-for-reference = Para sa karagdagang impormasyon:
