## Les messages du cœur (Rust), en français. Référence : ../en/core.ftl ; vocabulaire et typographie : GLOSSARY.md.
## Gardez chaque identifiant et chaque { $variable } tels quels. Une { $value } cite ce que la personne a saisi.

## Contrôles des champs communs à tous les formulaires (src/validate.rs)

core-empty = ne doit pas être vide
core-too-long = est trop long ({ $count } caractères, { $max } au plus)
core-not-email = « { $value } » n’est pas une adresse e-mail (attendu : name@example.org)
core-not-url = « { $value } » n’est pas une adresse web (attendu : https://example.org)
core-country-did-you-mean = « { $value } » n’est pas un code de pays ; vouliez-vous dire { $code } ({ $name }) ?
core-country-unknown = « { $value } » n’est pas un code de pays : utilisez le code ISO 3166 à deux lettres (p. ex. PH pour les Philippines, NZ pour la Nouvelle-Zélande)
core-zone-empty = ne doit pas être vide (un fuseau horaire IANA comme Asia/Manila)
core-zone-did-you-mean = « { $value } » n’est pas un fuseau horaire — vouliez-vous dire { $suggestion } ?
core-zone-unknown = « { $value } » n’est pas un fuseau horaire (attendu : un nom IANA comme Asia/Manila)
core-not-date = « { $value } » n’est pas une date (attendu : AAAA-MM-JJ)
core-not-local-datetime = « { $value } » n’est pas une date et une heure locales (attendu : AAAA-MM-JJTHH:MM)
core-not-colour = « { $value } » n’est pas une couleur (attendu : #rrvvbb, p. ex. #2f6fdb)

## Campagnes, événements et occurrences modifiées (src/domain/)

core-campaign-end-before-start = la date de fin { $end } est antérieure à la date de début { $start }
core-not-hashtag = « { $value } » n’est pas un hashtag (lettres, chiffres et _ seulement, sans espace)
core-hashtag-space = « { $value } » contient une espace ou un second « # »
core-event-needs-link = un événement en ligne ou hybride confirmé a besoin de son lien (ou marquez-le comme provisoire)
core-event-needs-zone = un événement à heure fixe a besoin d’un fuseau horaire (un nom IANA comme Asia/Manila)
core-reminder-too-early = un rappel peut être au plus 4 semaines avant l’événement
core-too-many-rdates = { $count } dates supplémentaires, c’est trop : { $max } au plus (utilisez une règle de répétition)
core-last-day-before-first = le dernier jour { $end } est antérieur au premier jour { $start }
core-end-before-start = la fin { $end } est antérieure au début { $start }
core-change-needs-occurrence = doit désigner l’occurrence (son début d’origine)
core-change-needs-start-and-end = une occurrence déplacée a besoin de son nouveau début et de sa nouvelle fin

## Personnes, déclarations et réglages (src/domain/)

core-not-phone = « { $value } » n’est pas un numéro de téléphone (chiffres, espaces, + - ( ) seulement)
core-not-language-tag = « { $value } » n’est pas une étiquette de langue comme « es », « fr-CA » ou « tl »
core-not-locale = « { $value } » n’est pas une étiquette de langue (p. ex. en, fr-CA, tl)
core-backups-keep-range = doit être compris entre 1 et 365
core-not-full-path = « { $value } » n’est pas le chemin complet d’un dossier
core-not-a-folder = { $path } n’existe pas ou n’est pas un dossier
core-publish-folder-needed = choisissez le dossier où publier les calendriers
core-template-empty = le modèle { $platform } pour { $lang } est vide
core-template-too-long = le modèle { $platform } pour { $lang } est trop long

## Erreurs montrées entières : un élément disparu, un fichier qui n’est pas le nôtre (src/error.rs)

core-not-found = { $entity ->
    [organisation] l’organisation { $id } n’existe pas
    [person] la personne { $id } n’existe pas
    [campaign] la campagne { $id } n’existe pas
    [event] l’événement { $id } n’existe pas
    [task] la tâche { $id } n’existe pas
    [statement] la déclaration { $id } n’existe pas
    [approval] la validation { $id } n’existe pas
    [endorsement] la signature { $id } n’existe pas
    [announcement] l’annonce { $id } n’existe pas
   *[other] { $entity } { $id } n’existe pas
}
core-not-a-database = { $path } n’est pas une base de données SQLite ({ $reason }) ; il n’a pas été modifié
core-foreign-database = { $path } est la base de données SQLite d’une autre application ; Campaign Desk ne la modifiera pas
core-database-too-new = { $path } a été écrit par une version plus récente de Campaign Desk (schéma { $found }, cette version connaît jusqu’au { $known }) ; mettez l’application à jour

## Éléments qui dépendent les uns des autres (src/store/)

core-organisation-twice = l’organisation { $id } figure deux fois
core-organisation-name-taken = une organisation nommée « { $name } » existe déjà (n° { $id })
core-organisation-has-statements = { $count ->
    [one] elle a publié, validé ou signé { $count } déclaration ; ces traces sont conservées, retirez-la donc d’abord de cette déclaration
   *[other] elle a publié, validé ou signé { $count } déclarations ; ces traces sont conservées, retirez-la donc d’abord de ces déclarations
}
core-person-has-statements = { $count ->
    [one] cette personne a signé { $count } déclaration ou en est le contact ; retirez-la d’abord de celle-ci
   *[other] cette personne a signé { $count } déclarations ou en est le contact ; retirez-la d’abord de celles-ci
}
core-uid-taken = un événement d’UID « { $uid } » existe déjà
core-not-an-occurrence = « { $value } » n’est pas une occurrence de « { $title } »
core-not-an-occurrence-or-excluded = « { $value } » n’est pas une occurrence de « { $title } » (ou elle a été exclue)
core-first-occurrence = c’est la première occurrence : modifiez plutôt toute la série
core-event-does-not-repeat = l’événement { $id } ne se répète pas ; modifiez l’événement lui-même

## Déclarations : versions, validations, traductions, signatures (src/store/)

core-body-too-big = fait { $size } octets ; une déclaration peut en contenir { $max } au plus
core-no-revision = la déclaration { $id } n’a pas de version { $revision }
core-revision-same-text = la version { $revision } a le même texte que la version actuelle
core-already-approved = { $organisation } a déjà validé la version { $revision }
core-approval-withdrawn = la validation de la version { $revision } par { $organisation } a déjà été retirée ({ $at })
core-translation-same-language = la déclaration est écrite en { $lang } ; une traduction doit être dans une autre langue
core-no-translation = la déclaration { $id } n’a pas de traduction en { $lang }
core-already-endorsed = a déjà signé cette déclaration

## Importer un fichier de calendrier (src/ics/import.rs)

core-ics-empty = le fichier est vide : il ne contient aucun calendrier
core-ics-unreadable = ce n’est pas un fichier iCalendar ({ $reason })
core-ics-wrong-start = ligne { $line } : ce n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR, et non par « { $found } »
core-ics-end-without-begin = ligne { $line } : END:{ $name } sans BEGIN : ignoré

## Importer l’annuaire depuis un tableur (src/csv_io.rs)

core-csv-no-name-column = aucune colonne n’est associée à name ; associez la colonne qui contient les noms
core-csv-mapping-length = { $mapped } colonnes associées, mais le fichier en a { $columns }
core-csv-not-a-field = « { $value } » n’est pas un champ (attendu : l’un de { $fields })
core-csv-mapped-twice = deux colonnes sont associées à { $field }
core-csv-unknown-organisation = « { $name } » n’est pas dans l’annuaire ; importez ou ajoutez d’abord l’organisation
core-csv-not-utf8 = impossible de lire le CSV : ce n’est pas du texte UTF-8 ; enregistrez-le depuis le tableur au format « CSV UTF-8 »
core-csv-unreadable = impossible de lire le CSV : { $reason }

## Exporter et publier les calendriers (src/service/ics_export.rs)

core-export-no-campaign = il n’y a pas de campagne { $id }
core-export-not-date = « { $value } » n’est pas une date (AAAA-MM-JJ)
core-export-range-backwards = la fin de la période doit être après son début
core-export-range-both-ends = indiquez les deux bornes de la période
core-publish-not-a-folder = { $path } n’est pas un dossier

## Qui vient : invitations, réponses et présence

core-invitee-one-of = indiquez une organisation ou une personne (l’une des deux)
core-invite-nobody = indiquez au moins une organisation ou une personne à inviter
core-invitation-nothing-to-change = indiquez une réponse, une présence ou des notes à enregistrer
core-attendance-needs-occurrence = la présence s’enregistre pour une seule occurrence : indiquez laquelle
core-invitation-event-does-not-repeat = l’événement { $id } ne se répète pas : ses invitations valent pour l’événement entier (n’indiquez pas d’occurrence)
core-not-invited = { $name } n’est pas invité·e à cet endroit
core-reply-unknown-event = aucun événement ici n’a l’identifiant de calendrier « { $uid } » auquel cette réponse répond
core-reply-not-a-reply = ce fichier n’est pas une réponse à une invitation (METHOD:{ $method } ; METHOD:REPLY attendu)
core-reply-no-attendee = la réponse ne nomme aucun participant
core-reply-unknown-attendee = { $email } a répondu, mais personne d’invité à cet événement n’a cette adresse e-mail
core-reply-unknown-answer = « { $value } » n’est pas une réponse possible à une invitation (ACCEPTED, TENTATIVE ou DECLINED attendu)
core-invitation-no-organizer = une invitation doit nommer un organisateur avec une adresse e-mail : indiquez-en une (--organizer-email), ou enregistrez le courriel de l’organisation principale de l’événement
core-invitation-nobody-invited = personne n’est encore invité à toutes les occurrences de « { $title } » : invitez d’abord
core-reminders-need-occurrence = les rappels s’envoient avant une occurrence : indiquez laquelle
core-no-reminder-for = { $name } n’a pas ce rappel pour cette occurrence (pas invité·e, ou a décliné)
core-reminder-day = Rappel : c’est demain.
core-reminder-hour = Rappel : cela commence dans une heure.
core-invitation-no-addresses = aucun des invités n’a d’adresse e-mail dans l’annuaire ({ $names }) : un agenda ne peut pas leur envoyer d’invitation
