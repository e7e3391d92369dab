## Les mots qu’un export ou une annonce ajoute autour du texte des coordinatrices et coordinateurs, dans la langue
## du document (src/announce/words.rs, src/statement_export/labels.rs). Gardez chaque identifiant et { $count }.

export-online = En ligne
export-register = Inscription
export-organised-by = Organisé par
export-and = et
export-key-dates = Dates clés
export-all-day = toute la journée
export-invited = Vous êtes invités :
export-please-answer = Merci de répondre : oui, peut-être ou non.

export-kind-statement = Déclaration
export-kind-press-release = Communiqué de presse
export-kind-solidarity-message = Message de solidarité
export-kind-open-letter = Lettre ouverte
export-kind-call-to-action = Appel à l'action

export-endorsements = Appuis ({ $count })
export-no-country = Autres
export-for-reference = Pour information :
