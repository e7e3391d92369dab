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

## Chiffrer une base de données, sa clé et ses sauvegardes (src/encryption.rs, src/db_key/, src/backup.rs, src/store/cipher.rs)
## { $path } est le chemin d’un fichier ; { $group } compte les groupes de quatre de la clé de récupération à partir de 1.

core-already-encrypted = { $path } est déjà chiffrée
core-database-missing-or-empty = { $path } n’existe pas ou est vide
core-plain-copy-in-the-way = { $path } est encore là depuis une conversion précédente ; déplacez-le ou supprimez-le d’abord
core-key-file-exists = { $path } existe déjà (il contient peut-être la clé d’une autre base) ; indiquez un nouveau fichier
core-not-encrypted-encrypt-it = { $path } n’est pas chiffrée ; chiffrez-la avec `campaign-desk db encrypt`
core-not-encrypted-encrypt-first = { $path } n’est pas chiffrée ; chiffrez-la d’abord
core-not-encrypted-copy-it = { $path } n’est pas chiffrée ; copiez-la avec `backup`
core-no-plain-copy = il n’y a pas de { $path } à supprimer
core-plain-copy-kept = { $path } n’est pas chiffrée, sa copie non chiffrée est donc conservée ; rien n’a été supprimé
core-database-open-elsewhere = { $path } est ouverte dans un autre programme (la fenêtre de Campaign Desk ?) ; fermez-le et relancez cette commande — rien n’a été modifié
core-database-exists = { $path } existe déjà ; rien n’a été modifié
core-not-encrypted = { $path } n’est pas chiffrée
core-recovery-key-shape = une clé de récupération compte 14 groupes de 4 lettres et chiffres
core-recovery-typed-bad-character = ce n’est pas la clé de récupération telle qu’elle est écrite : le groupe { $group } contient un caractère qui n’est ni une lettre ni un chiffre de 2 à 7
core-recovery-typed-checksum = ce n’est pas la clé de récupération telle qu’elle est écrite : sa somme de contrôle ne correspond pas ; comparez chaque groupe avec la copie écrite
core-type-passphrase = saisissez la phrase secrète
core-type-key = saisissez la clé de récupération ou la phrase secrète
core-wrong-recovery-key = cette clé de récupération n’ouvre pas la base ; rien n’a été modifié. Comparez-la avec la copie écrite
core-wrong-passphrase = phrase secrète incorrecte : elle n’ouvre pas la base ; rien n’a été modifié
core-passphrase-too-short = une phrase secrète compte au moins { $min } caractères ; quelques mots, c’est le plus simple
core-passphrase-raw-form = une phrase secrète ne peut pas commencer par x' (la forme de clé brute de SQLCipher)
core-file-exists-choose-another = { $path } existe déjà ; choisissez un autre nom de fichier
core-not-a-file = { $path } n’existe pas ou n’est pas un fichier
core-path-not-utf8 = { $path } n’est pas un chemin UTF-8 que SQLite peut recevoir
core-not-a-file-name = { $path } n’est pas un nom de fichier
core-key-file-unreadable = { $path } est chiffrée et son fichier de clé { $file } (indiqué par { $variable }) est illisible : { $reason } ; rien n’a été modifié
core-key-not-in-keyring = { $path } est chiffrée ; sa clé n’est pas dans le trousseau. Écrivez sa clé de récupération (ou passphrase: suivi de la phrase secrète) dans un fichier et indiquez ce fichier dans { $variable } ; rien n’a été modifié
core-keyring-unavailable = { $path } est chiffrée et le trousseau ne peut pas fournir sa clé ({ $reason }). Déverrouillez le trousseau, ou écrivez la clé de récupération dans un fichier et indiquez ce fichier dans { $variable } ; rien n’a été modifié
core-key-not-saved = la clé ne peut pas être enregistrée dans le trousseau ({ $reason }) ; rien n’a été modifié. Sur une machine sans trousseau, indiquez un nouveau fichier pour la clé dans { $variable }
core-key-file-for-plain-database = { $path } n’est pas chiffrée, mais { $variable } lui indique une clé ; chiffrez-la avec `campaign-desk db encrypt`, ou retirez { $variable } pour l’utiliser telle quelle ; rien n’a été modifié
core-key-for-plain-database = { $path } n’est pas chiffrée, mais une clé a été donnée pour elle ; chiffrez-la avec `campaign-desk db encrypt`
core-no-key-given = { $path } est chiffrée (ou n’est pas du tout un fichier SQLite) et aucune clé n’a été donnée pour elle ; elle n’a pas été touchée
core-key-refused = SQLCipher n’a pas accepté la clé (code SQLite { $code })
core-backup-other-key-than-given = { $path } est chiffrée avec une autre clé que celle donnée ; donnez la clé de récupération ou la phrase secrète de la base dont elle provient. Rien n’a été modifié
core-backup-other-key-than-this = { $path } est chiffrée avec une autre clé que celle de cette base ; donnez la clé de récupération ou la phrase secrète de la base dont elle provient. Rien n’a été modifié
core-backup-encrypted-database-plain = { $path } est chiffrée et cette base ne l’est pas ; donnez la clé de récupération ou la phrase secrète de la base dont elle provient. Rien n’a été modifié

## Dates et heures saisies (src/calendar/zones.rs, src/service/)
## { $value } est l’heure locale saisie ; { $day }, { $from } et { $to } disent où les horloges sautent.

core-dst-gap = { $value } n’existe pas dans le fuseau { $zone } : le { $day }, les horloges passent de { $from } à { $to } (heure d’été) ; choisissez une heure en dehors de ce saut
core-not-a-date = « { $value } » n’est pas une date
core-until-not-a-date = UNTIL « { $value } » n’est pas une date
core-move-too-far = un déplacement de plus de 100 ans
core-all-day-same-everywhere = l’événement { $id } dure toute la journée : ses dates sont les mêmes dans tous les fuseaux horaires

## Les événements et leurs séries (src/store/, src/service/). { $reason } est en anglais pour l’instant.

core-event-extra-dates-only = l’événement { $id } ne se répète qu’à des dates supplémentaires, sans règle à scinder ; modifiez plutôt ses dates
core-event-not-expandable = les occurrences de l’événement { $id } (« { $title } ») ne peuvent pas être calculées : { $reason }
core-event-no-start-date = l’événement { $id } n’a pas de date de début (« { $value } »)
core-event-problem = événement { $id } : { $reason }
core-campaign-problem = campagne { $id } : { $reason }
core-expanding-failed = le calcul du calendrier a échoué
core-uid-refused-not-stored = l’événement « { $uid } » a été refusé comme nouveau, mais il n’est pas enregistré

## Annonces (src/service/announce.rs). { $part } vaut start, end ou zone.

core-not-an-announcement-language = « { $value } » n’est pas une langue d’annonce (en, es, fr, id, tl)
core-no-occurrence-at = « { $title } » n’a pas d’occurrence qui commence le { $at }
core-occurrence-cancelled = cette occurrence de « { $title } » est annulée
core-nothing-to-announce = « { $title } » n’a aucune occurrence à annoncer
core-occurrence-unreadable = { $part ->
    [start] le début d’une occurrence de « { $title } » est illisible
    [end] la fin d’une occurrence de « { $title } » est illisible
   *[other] le fuseau horaire d’une occurrence de « { $title } » est illisible
}

## Déclarations : publication, traductions, signatures, exports (src/store/, src/statement_export/)
## { $has } énumère des étiquettes de langue (es, fr).

core-publish-needs-issuer = ajoutez l’organisation émettrice avant de publier
core-approvals-outdated = les validations portent sur la version { $approved } ; le texte en est maintenant à la version { $revision } : enregistrez d’abord une validation de celle-ci
core-not-approved-yet = aucune organisation n’a encore validé le texte (version { $revision })
core-translation-too-big = fait { $size } octets ; une traduction peut en contenir { $max } au plus
core-endorser-one-of = choisissez soit une organisation, soit une personne
core-post-one-language = une publication est dans une seule langue : choisissez-la
core-no-translation-none = la déclaration { $id } n’a pas de traduction en { $lang } ; elle n’en a aucune
core-no-translation-has = la déclaration { $id } n’a pas de traduction en { $lang } ; elle en a en : { $has }

## Trouver un créneau (src/calendar/find_time/, src/service/find_time.rs)

core-find-time-nobody = choisissez au moins une organisation, une personne ou un fuseau horaire
core-find-time-length = une réunion dure entre 1 minute et 24 heures, en minutes entières
core-find-time-step = l’écart entre les débuts proposés va de 5 minutes à 24 heures
core-find-time-days = cherchez de 1 à { $max } jours à l’avance
core-find-time-organisation-zone = l’organisation « { $name } » ({ $id }) n’a pas de fuseau horaire : donnez-lui-en un avec `org edit { $id } --zone …`, ou laissez-la de côté et indiquez son fuseau avec --zones
core-find-time-person-zone = { $name } ({ $id }) n’a pas de fuseau horaire (son organisation « { $organisation } » n’en a pas) : indiquez plutôt son fuseau avec --zones
core-find-time-person-no-organisation = { $name } ({ $id }) n’a pas de fuseau horaire (cette personne n’appartient à aucune organisation) : indiquez plutôt son fuseau avec --zones

## Partager avec un serveur CalDAV et s’abonner à des calendriers (src/sync/, src/store/sync.rs, src/store/subscriptions.rs)
## { $url } est l’adresse d’un calendrier ; { $link } et { $id } sont des nombres ; { $variable } est le nom d’une variable d’environnement.

core-sync-password-in-address = indiquez le nom d’utilisateur avec --user et le mot de passe à part, pas dans l’adresse
core-sync-not-a-server-address = « { $value } » n’est pas une adresse de serveur : indiquez-en une comme https://cloud.example.org/remote.php/dav
core-sync-password-how = indiquez le mot de passe avec --password-stdin (ou dans { $variable } pour une seule exécution)
core-sync-password-needed = indiquez le mot de passe (ou mot de passe d’application) de ce compte
core-sync-user-needed = indiquez le nom d’utilisateur sur le serveur
core-sync-no-account = pas encore de compte CalDAV : ajoutez-en un avec `sync account add`
core-sync-which-account = il y a { $count } comptes : précisez lequel avec --account ID
core-sync-campaign-shared = la campagne { $id } est déjà partagée avec { $url } (lien { $link })
core-sync-calendar-shared = { $url } est déjà partagé avec la campagne { $id } (lien { $link })
core-sync-not-a-calendar = « { $value } » n’est pas une adresse de calendrier
core-sync-calendar-name-needed = donnez un nom au nouveau calendrier
core-sync-nothing-shared = aucune campagne n’est encore partagée : liez-en une avec `sync link`
core-sync-conflict-resolved = ce conflit a déjà été résolu
core-sync-no-conflict = l’événement { $id } n’a pas de conflit de synchronisation (voir `sync conflicts`)
core-sync-nothing-to-undo = l’événement { $id } n’a aucune modification refusée par le serveur : il n’y a rien à annuler (voir `sync status`)
core-sync-undo-in-conflict = l’événement { $id } est en conflit avec la version du serveur : résolvez-le avec `sync resolve`
core-sync-undo-unknown = la version du serveur de l’événement { $id } n’est pas encore connue ici : lancez `sync run`, puis annulez
core-sync-account-exists = ce compte est déjà ajouté (compte { $id })
core-already-subscribed-as = vous êtes déjà abonné·e à ce calendrier sous le nom « { $name } » ({ $id })

## Le texte de la ligne de commande pour les personnes (src/bin/campaign-desk/). `--json` n’est jamais traduit.
## Les commandes, options et valeurs entre `accents graves` ou après -- restent telles quelles.

core-cli-database-ready = Base de données prête dans { $path } (version du schéma { $version })
core-cli-demo-loaded = Données de démonstration chargées : { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisations
}, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $campaigns ->
    [one] { $campaigns } campagne
   *[other] { $campaigns } campagnes
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} et { $statements ->
    [one] { $statements } déclaration
   *[other] { $statements } déclarations
} ajoutés
core-cli-backed-up = Sauvegarde enregistrée dans { $path }
core-cli-restored = { $path } restauré ; le contenu précédent a été enregistré dans { $saved }
core-cli-org-created = Organisation { $id } créée ({ $name })
core-cli-org-updated = Organisation { $id } modifiée ({ $name })
core-cli-org-deleted = Organisation { $id } supprimée
core-cli-person-created = Personne { $id } créée ({ $name })
core-cli-person-updated = Personne { $id } modifiée ({ $name })
core-cli-person-deleted = Personne { $id } supprimée
core-cli-no-organisations = Pas encore d’organisation. Ajoutez-en une avec `campaign-desk org add --name NAME`.
core-cli-no-people = Pas encore de personne. Ajoutez-en une avec `campaign-desk person add --name NAME`.
core-cli-row-skipped = ligne { $line } : ignorée, { $reason }
core-cli-row-skipped-duplicate = ligne { $line } : ignorée, doublon
core-cli-csv-dry-run = { $new } nouvelles, { $duplicates } doublons, { $errors } avec erreurs ; essai à blanc, rien n’a été écrit
core-cli-csv-imported = { $new } nouvelles, { $duplicates } doublons, { $errors } avec erreurs ; { $created } créées
core-cli-csv-written = { $rows ->
    [one] { $rows } ligne écrite
   *[other] { $rows } lignes écrites
} dans { $path }
core-cli-campaign-created = Campagne { $id } créée ({ $title })
core-cli-campaign-updated = Campagne { $id } modifiée ({ $title })
core-cli-campaign-deleted = Campagne { $id } supprimée avec ses événements
core-cli-no-campaigns = Pas encore de campagne. Ajoutez-en une avec `campaign-desk campaign add --title T --kind KIND --start DATE --end DATE`.
core-cli-heading-organisations = Organisations
core-cli-heading-events = Événements
core-cli-plan-created = Campagne { $id } « { $title } » créée ({ $start } – { $end }) avec { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} et { $tasks ->
    [one] { $tasks } tâche
   *[other] { $tasks } tâches
}
core-cli-event-created = Événement { $id } créé ({ $title })
core-cli-event-updated = Événement { $id } modifié ({ $title })
core-cli-event-deleted = Événement { $id } supprimé
core-cli-no-events = Pas encore d’événement. Ajoutez-en un avec `campaign-desk event add --title T --date DATE`.
core-cli-series-split = Série scindée : l’événement { $id } s’arrête avant { $at } ; l’événement { $new } commence là
core-cli-task-added = Tâche { $id } ajoutée à la campagne { $campaign } : { $title }
core-cli-task-done = Tâche { $id } faite : { $title }
core-cli-task-reopened = Tâche { $id } rouverte : { $title }
core-cli-task-deleted = Tâche { $id } supprimée
core-cli-no-tasks = Pas encore de tâche.
core-cli-statement-created = Déclaration { $id } créée ({ $title })
core-cli-statement-at-revision = La déclaration { $id } en est à la version { $revision } ({ $status })
core-cli-statement-deleted = Déclaration { $id } supprimée
core-cli-no-statements = Pas encore de déclaration. Commencez-en une avec `campaign-desk statement new --title T`.
core-cli-translation-saved = Traduction { $lang } de la déclaration { $id } enregistrée (à jour avec la version { $revision })
core-cli-translation-saved-outdated = Traduction { $lang } de la déclaration { $id } enregistrée (à revoir : l’original a changé depuis la version { $revision })
core-cli-approved = { $organisation } a validé la version { $revision } de la déclaration { $id }
core-cli-endorsed = { $name } a signé la déclaration { $id } ({ $count ->
    [one] { $count } signature
   *[other] { $count } signatures
})
core-cli-wrote-file = { $path } écrit ({ $size } octets)
core-cli-nothing-between = Rien entre le { $from } et le { $to }.
core-cli-occurrence-changed = Occurrence { $at } de l’événement { $id } modifiée ({ $title })
core-cli-ics-written = { $events ->
    [one] { $events } événement écrit
   *[other] { $events } événements écrits
} dans { $path }
core-cli-ics-summary = { $new } nouveaux, { $updated } modifiés, { $unchanged } inchangés, { $skipped } ignorés, { $errors } erreurs ; { $verdict ->
    [imported] importé
    [dry_run] essai à blanc, rien n’a été écrit
   *[nothing] rien n’a été écrit
}
core-cli-announcement-saved = (enregistrée comme annonce { $id } de la campagne { $campaign })
core-cli-subscribed = Abonnement { $id } à « { $name } » ({ $events ->
    [one] { $events } événement
   *[other] { $events } événements
}) : { $url }
core-cli-no-subscriptions = Aucun abonnement. Ajoutez-en un avec `campaign-desk subscribe URL`.
core-cli-subscription-refreshed = { $name } : { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}
core-cli-subscription-not-refreshed = { $name } : pas actualisé ({ $reason }) ; la dernière copie ({ $events ->
    [one] { $events } événement
   *[other] { $events } événements
}) est conservée
core-cli-subscription-updated = L’abonnement { $id } s’appelle « { $name } », en { $colour }
core-cli-subscription-removed = Abonnement { $id } (« { $name } ») supprimé avec { $events ->
    [one] son événement
   *[other] ses { $events } événements
}
core-cli-nothing-found = Rien trouvé pour « { $query } »
core-cli-all-day = { $day } (toute la journée)
core-cli-all-days = { $start } – { $end } (toute la journée)
core-cli-heading-approvals = Validations
core-cli-approval = version { $revision } : { $organisation }
core-cli-approval-older = version { $revision } : { $organisation }  (texte antérieur)
core-cli-heading-withdrawn-approvals = Validations retirées
core-cli-approval-withdrawn = version { $revision } : { $organisation } (validée le { $approved }, retirée le { $withdrawn })
core-cli-heading-translations = Traductions
core-cli-translation-up-to-date = { $lang } : { $title } (d’après la version { $revision }, à jour)
core-cli-translation-outdated = { $lang } : { $title } (d’après la version { $revision }, à revoir)
core-cli-heading-endorsements = Signatures ({ $count })

## Les noms des colonnes et des champs de la ligne de commande (en capitales dans les tableaux)

core-cli-label-also-on = aussi le
core-cli-label-asleep = sommeil
core-cli-label-campaign = campagne
core-cli-label-city = ville
core-cli-label-colour = couleur
core-cli-label-country = pays
core-cli-label-date-line = lieu et date
core-cli-label-dates = dates
core-cli-label-description = description
core-cli-label-done = faite
core-cli-label-due = échéance
core-cli-label-email = e-mail
core-cli-label-endorsed = signatures
core-cli-label-event = événement
core-cli-label-events = événements
core-cli-label-except = sauf
core-cli-label-from = du
core-cli-label-hashtags = hashtags
core-cli-label-id = id
core-cli-label-in = dans
core-cli-label-issuers = émettrices
core-cli-label-kind = type
core-cli-label-language = langue
core-cli-label-languages = langues
core-cli-label-last-read = dernière lecture
core-cli-label-line = ligne
core-cli-label-location = lieu
core-cli-label-mode = format
core-cli-label-name = nom
core-cli-label-notes = notes
core-cli-label-online = en ligne
core-cli-label-organisation = organisation
core-cli-label-orgs = orgs
core-cli-label-owner = responsable
core-cli-label-phone = téléphone
core-cli-label-problem = problème
core-cli-label-published = publiée
core-cli-label-register = inscription
core-cli-label-repeats = répétition
core-cli-label-result = résultat
core-cli-label-rev = vers.
core-cli-label-revision = version
core-cli-label-role = rôle
core-cli-label-score = score
core-cli-label-short = sigle
core-cli-label-short-name = sigle
core-cli-label-socials = réseaux sociaux
core-cli-label-start = début
core-cli-label-status = statut
core-cli-label-summary = résumé
core-cli-label-title = titre
core-cli-label-to = au
core-cli-label-uid = uid
core-cli-label-url = url
core-cli-label-website = site web
core-cli-label-when = quand
core-cli-label-working = travail
core-cli-label-zone = fuseau

## Les contrôles des arguments de la ligne de commande (src/bin/campaign-desk/)

core-cli-window-backwards = la période se termine ({ $to }) avant de commencer ({ $from })
core-cli-announcement-needs-campaign = cet événement n’appartient à aucune campagne : les annonces sont conservées avec une campagne
core-cli-not-an-organisation-id = « { $value } » n’est pas un identifiant d’organisation
core-cli-csv-not-utf8 = { $path } n’est pas du texte UTF-8 ; enregistrez-le depuis votre tableur en « CSV UTF-8 »
core-cli-not-org-role = « { $value } » n’a pas la forme ORG_ID:ROLE (p. ex. 3:lead)
core-cli-kind-needed = est obligatoire (p. ex. --kind solidarity_month)
core-cli-not-a-scope = « { $value } » n’est pas l’une de ces valeurs : this, following
core-cli-nothing-to-change = rien à modifier : donnez --title, --body-file ou --status
core-cli-translation-needs-title = une nouvelle traduction demande --title
core-cli-not-for-a-terminal = un fichier { $format } n’est pas fait pour un terminal : ajoutez -o FILE
core-cli-no-password-on-stdin = l’entrée standard ne contenait aucun mot de passe
core-cli-calendar-or-create = donnez --calendar URL ou --create NAME
core-cli-campaign-not-shared = la campagne { $id } n’est pas partagée
core-cli-link-or-campaign = donnez --link ID ou --campaign ID

## Les commandes `db` de la ligne de commande (src/bin/campaign-desk/db.rs).

core-cli-db-plain-removed = Copie non chiffrée { $path } supprimée (sur un SSD, ses anciens blocs peuvent rester sur le disque jusqu’à ce qu’ils soient réutilisés)
core-cli-db-plain-copy-warning = attention : { $path } n’est PAS chiffré : quiconque obtient ce fichier peut y lire chaque nom, numéro de téléphone et déclaration. Supprimez-le quand vous avez fini.
core-cli-db-plain-copy-written = Copie non chiffrée écrite dans { $path } ({ $tables } tables, { $rows } lignes)
core-cli-db-encrypted = { $path } est chiffrée
core-cli-db-key-opens = Clé : { $place ->
    [keyring] dans le trousseau
    [nowhere] une phrase secrète
   *[file] dans { $file }
} (elle ouvre la base)
core-cli-db-key-problem = Clé : { $problem }
core-cli-db-key-not-found = Clé : introuvable
core-cli-db-plain-copy-left = Une copie non chiffrée se trouve encore dans { $path } ; supprimez-la avec `db encrypt --confirm-remove-plain`
core-cli-db-done = { $action ->
    [encrypted] Base chiffrée :
   *[rekeyed] Nouvelle clé pour
} { $path } ({ $tables } tables, { $rows } lignes vérifiées) ; la clé est { $place ->
    [keyring] dans le trousseau
    [nowhere] une phrase secrète
   *[file] dans { $file }
}
core-cli-db-recovery-key = Clé de récupération — notez-la ou imprimez-la et gardez-la en lieu sûr ; elle n’est affichée que cette fois :
core-cli-db-recovery-key-why = Sans elle, si le trousseau est perdu, la base ne pourra plus être ouverte.
core-cli-db-plain-file-kept = Le fichier non chiffré est conservé sous { $path } : une fois la base chiffrée en service, supprimez-le avec `campaign-desk db encrypt --confirm-remove-plain`
core-cli-db-plain-backups-left = Attention : { $count } sauvegardes plus anciennes dans { $folder } ne sont pas chiffrées ; supprimez-les quand vous n’en aurez plus besoin
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
core-invitation-nobody = personne n’est encore invité à « { $title } » : invitez d’abord quelqu’un, le message donne l’heure à l’horloge de chacun
core-no-reminder-for = { $name } n’a pas ce rappel pour cette occurrence (pas invité·e, ou a décliné)
core-reminder-day = Rappel : c’est demain.
core-reminder-hour = Rappel : cela commence dans une heure.
# An organisation's own day (find a time)
core-hours-not-range = « { $value } » n’est pas une plage horaire comme 09:00-18:00
core-hours-empty = de { $start } à { $end }, la plage est vide : indiquez deux heures différentes
core-days-not-set = « { $value } » n’est pas un ensemble de jours comme mon-fri, sun-thu, mon,wed,fri ou all
core-hours-overlap = les heures de travail { $working } et les heures de sommeil { $asleep } se chevauchent (à { $at }) : personne ne travaille en dormant
core-invitation-no-addresses = aucun des invités n’a d’adresse e-mail dans l’annuaire ({ $names }) : un agenda ne peut pas leur envoyer d’invitation

## Sondages sur des créneaux possibles (src/domain/poll.rs, src/store/polls.rs, src/service/polls.rs)

core-poll-instant-no-offset = « { $value } » n’a pas de décalage horaire : ajoutez Z pour UTC ou le décalage, p. ex. { $value }Z ou { $value }+08:00
core-poll-not-an-instant = « { $value } » n’est pas une date et heure comme 2027-03-04T14:00Z
core-poll-length = une réunion dure entre 1 minute et 24 heures
core-poll-no-organisations = choisissez les organisations à consulter
core-poll-too-many-organisations = un sondage consulte au plus { $max } organisations
core-poll-slot-twice = { $value } est donné deux fois
core-poll-too-few-slots = donnez au moins deux créneaux possibles, sinon il n’y a rien à demander
core-poll-too-many-slots = un sondage compte au plus { $max } créneaux possibles
core-poll-closed-no-answers = le sondage { $poll } a été clos le { $closed } : il ne prend plus de réponses
core-poll-not-its-slot = le créneau { $slot } n’est pas l’un des créneaux du sondage { $poll }
core-poll-organisation-not-asked = l’organisation { $organisation } n’a pas été consultée dans le sondage { $poll } « { $title } »
core-poll-already-closed = le sondage { $poll } a déjà été clos le { $closed }
core-poll-already-closed-on-slot = le sondage { $poll } a déjà été clos le { $closed }, sur le créneau { $slot }
core-poll-already-closed-event = le sondage { $poll } a déjà été clos le { $closed }, sur le créneau { $slot } ; il est devenu l’événement { $event }
core-poll-no-answers-yet = le sondage { $poll } n’a pas encore de réponses : notez-les avec `poll answer`, ou indiquez le créneau avec --slot
core-poll-closed-on-other-slot = le sondage { $poll } a été clos sur le créneau { $chosen }, pas sur le { $slot }
core-poll-still-open = le sondage { $poll } est encore ouvert : clôturez-le d’abord sur un créneau
core-poll-already-an-event = le sondage { $poll } est déjà devenu l’événement { $event }
core-not-a-length = « { $value } » n’est pas une durée comme 90m, 1h30m ou 1:30
core-not-a-start-time = « { $value } » n’est pas une heure de début
core-sync-task-unreadable = la version du serveur de cette tâche est illisible : { $reason }

## Événements qui se répètent : la règle de répétition (RRULE), ses dates supplémentaires et exclues (src/calendar/recurrence.rs)

core-rrule-bad-character = « { $value } » n’est pas une règle de répétition : « { $character } » n’y a pas sa place
core-rrule-interval = INTERVAL={ $value } n’est pas un nombre de périodes entre 1 et { $max }
core-rrule-all-day-sub-daily = un événement sur toute la journée se répète au plus une fois par jour : FREQ={ $value } demande une heure de début
core-rrule-until-not-date = UNTIL={ $value } n’est ni une date (YYYYMMDD) ni une heure UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-utc = UNTIL={ $value } n’est pas une heure UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-local = UNTIL={ $value } n’est pas une heure locale (YYYYMMDDTHHMMSS)
core-rrule-never-in-month = le jour { $days } ne tombe jamais en { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
        [12] décembre
       *[other] ce mois-là
    } : cette règle ne se répète jamais
core-rrule-never-in-months = le jour { $days } ne tombe dans aucun de ses mois (BYMONTH={ $months }) : cette règle ne se répète jamais
core-rrule-matches-no-date = aucune date ne remplit toutes les parties de { $value } : cette règle ne se répète jamais
core-rrule-extra-not-date = la date supplémentaire « { $value } » n’est pas une date (YYYY-MM-DD attendu)
core-rrule-excluded-not-date = la date exclue « { $value } » n’est pas une date (YYYY-MM-DD attendu)
core-rrule-extra-not-local = la date supplémentaire « { $value } » n’est pas une date et heure locales (YYYY-MM-DDTHH:MM)
core-rrule-excluded-not-local = la date exclue « { $value } » n’est pas une date et heure locales (YYYY-MM-DDTHH:MM)
core-rrule-count-not-number = COUNT={ $value } n’est pas un nombre
core-rrule-not-inside-series = cette occurrence n’est pas dans la série
core-rrule-unreadable = « { $value } » n’est pas une règle de répétition : { $reason }
core-rrule-cannot-repeat = « { $value } » ne peut pas se répéter à partir de ce début : { $reason }
core-rrule-crate-failed = « { $value } » n’est pas une règle de répétition que ce calendrier sait lire

## La journée propre d’une organisation (src/calendar/find_time/hours.rs, src/service/find_time.rs)
core-hours-out-of-day = une heure de la journée va de 00:00 à 23:59
core-hours-overlap-for = les heures de travail { $working } et les heures de sommeil { $asleep } se chevauchent (à { $at }) : personne ne travaille en dormant ({ $who })

## Les commandes `poll` de la ligne de commande (src/bin/campaign-desk/polls.rs)
core-cli-poll-created = Sondage { $id } ({ $title }) créé avec { $count } créneaux
core-cli-poll-answer-recorded = Réponse de { $who } notée pour le créneau { $slot } : { $answer }
core-cli-poll-closed = Sondage { $id } clos sur le créneau { $slot }
core-cli-poll-event-created = L’événement { $event } en a été créé (en ligne, provisoire jusqu’à ce que vous ajoutiez son lien)
core-cli-poll-minutes-short = { $count } min
core-cli-poll-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
core-cli-poll-open = ouvert
core-cli-poll-closed-on-slot = clos sur le créneau { $slot }
core-cli-poll-closed-at = clos le { $at } sur le créneau { $slot }
core-cli-no-polls = Aucun sondage pour l’instant. Lancez-en un avec `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … --slot …`.
core-cli-poll-yes = oui
core-cli-poll-if-need-be = si nécessaire
core-cli-poll-no = non
core-cli-poll-chosen-mark = (retenu)
core-cli-poll-how-winner = Le créneau retenu a le plus de oui, puis le moins de non, puis le plus de « si nécessaire », puis c’est le plus tôt.
core-cli-poll-state-working = (au travail)
core-cli-poll-state-awake = (éveillé)
core-cli-poll-state-asleep = (endormi)
core-cli-label-length = durée
core-cli-label-poll = sondage
core-cli-label-slot = créneau
core-cli-label-state = état

## `invite`, `rsvp`, `attendance`, `invitations` et `reminders` en ligne de commande (src/bin/campaign-desk/invitations.rs)
core-cli-invited = Nouvelles invitations : { $count } (déjà invitées : { $already })
core-cli-invitation-written = Invitation écrite dans { $path } de la part de { $organizer }
core-cli-invitation-attendees = Invitées dans ce fichier : { $names }
core-cli-invitation-without-email = Absentes du fichier, faute d’adresse e-mail dans l’annuaire : { $names }
core-cli-reply-recorded = { $title } : { $name } a répondu « { $answer } »
core-cli-reply-recorded-occurrence = { $title } (l’occurrence du { $occurrence }) : { $name } a répondu « { $answer } »
core-cli-came = a participé
core-cli-did-not-come = n’a pas participé
core-cli-rsvp-invited = invitée
core-cli-rsvp-yes = oui
core-cli-rsvp-maybe = peut-être
core-cli-rsvp-no = non
core-cli-rsvp-no-answer = n’a pas répondu
core-cli-all-occurrences = toutes les occurrences
core-cli-the-occurrence = l’occurrence du { $occurrence }
core-cli-nobody-invited = Personne n’est encore invité.
core-cli-no-answer-yet = Pas encore de réponse : { $names }
core-cli-not-invited-yet = Pas encore invitées : { $names }
core-cli-invitee-person-of = personne, { $organisation }
core-cli-invitee-person = personne
core-cli-invitee-organisation = organisation
core-cli-invitation-counts = Invitations : { $invited } — oui : { $yes }, peut-être : { $maybe }, non : { $no }, en attente de réponse : { $waiting }, sans réponse : { $no_answer } ; présents : { $came }, absents : { $did_not_come }
core-cli-no-reminders = Aucun rappel à envoyer : plus personne parmi les invités n’est attendu.
core-cli-reminder-sent = envoyé { $at }
core-cli-reminder-to-send = à envoyer
core-cli-reminder-kind-day = la veille
core-cli-reminder-kind-hour = une heure avant
core-cli-reminder-due = pour le { $at } { $zone }
core-cli-label-answer = réponse
core-cli-label-came = présence
core-cli-label-who = qui

## `find-time` en ligne de commande (src/bin/campaign-desk/find_time.rs)
core-cli-find-time-searched = Créneaux de { $length } minutes sur { $count } jours à partir du { $from } (jours de { $zone }) pour { $who }
core-cli-find-time-same-hours = Travail { $working } { $days }, sommeil { $asleep }, chacun à sa propre heure
core-cli-find-time-own-hours = { $who } : travail { $working } { $days }, sommeil { $asleep }
core-cli-find-time-each-hours = Chacun à sa propre heure — { $hours }
core-cli-find-time-looked-at = Débuts examinés : { $count } ; écartés car ils chevauchent des événements occupés des participants : { $out } ({ $busy } sur ces jours)
core-cli-find-time-nothing-free = Aucun créneau libre : chaque début chevauche un événement occupé d’un participant. Essayez plus de jours ou une durée plus courte.
core-cli-find-time-working = au travail
core-cli-find-time-awake = éveillé
core-cli-find-time-asleep = endormi

## `sync` en ligne de commande (src/bin/campaign-desk/sync.rs)
core-cli-sync-account-added = Compte { $id } ajouté : { $user } sur { $url }
core-cli-sync-calendars-found = { $count ->
        [one] { $count } agenda trouvé :
       *[other] { $count } agendas trouvés :
    }
core-cli-sync-no-accounts = Aucun compte CalDAV.
core-cli-sync-user-on = { $user } sur { $url }
core-cli-sync-account-removed = Compte { $id } supprimé
core-cli-sync-no-calendars = Aucun agenda sur { $url } pour { $user }.
core-cli-sync-linked = La campagne { $campaign } est liée à { $url } (lien { $link }) ; lancez `sync run` pour la synchroniser
core-cli-sync-link-removed = Lien { $id } supprimé
core-cli-sync-ran = Envoyés : { $sent }, reçus : { $taken }, supprimés : { $deleted }, nouveaux conflits : { $conflicts }
core-cli-sync-not-synced = non synchronisé : { $reason }
core-cli-sync-nothing-shared = Aucune campagne n’est partagée. (Mots de passe : le trousseau, ou { $variable } pour une seule exécution.)
core-cli-sync-no-conflicts = Aucun conflit.
core-cli-sync-restored = L’événement { $id } est de nouveau tel que le serveur l’a.
core-cli-sync-restored-as = L’événement { $id } a été supprimé ici ; la version du serveur revient comme événement { $new }.
core-cli-sync-removed-new = L’événement { $id } était nouveau ici et n’a jamais atteint le serveur : il est retiré.
core-cli-sync-event-kept-local = Événement { $id } : la version locale est gardée ; elle part au serveur au prochain `sync run`
core-cli-sync-event-kept-remote = Événement { $id } : la version du serveur est gardée
core-cli-sync-task-kept-local = Tâche { $id } : la version locale est gardée ; elle part au serveur au prochain `sync run`
core-cli-sync-task-kept-remote = Tâche { $id } : la version du serveur est gardée
core-cli-sync-link = lien { $id } : campagne { $campaign } ({ $title }) ↔ { $url }
core-cli-sync-last-synced = dernière synchronisation { $at }
core-cli-sync-never-synced = jamais synchronisé
core-cli-sync-link-counts = synchronisés : { $synced }, en attente : { $waiting }, conflits : { $conflicts }
core-cli-sync-last-error = dernière erreur : { $reason }
core-cli-sync-refused-new = refusé par le serveur (lecture seule pour ce compte) : événement { $id } « { $title } » (nouveau), gardé ici seulement — annulez-le avec `campaign-desk sync revert { $id }`
core-cli-sync-refused-edited = refusé par le serveur (lecture seule pour ce compte) : événement { $id } « { $title } » (modifié), gardé ici seulement — annulez-le avec `campaign-desk sync revert { $id }`
core-cli-sync-refused-deleted = refusé par le serveur (lecture seule pour ce compte) : événement { $id } « { $title } » (supprimé), gardé ici seulement — annulez-le avec `campaign-desk sync revert { $id }`
core-cli-sync-receiving = Réception de { $done } changements sur { $total }…
core-cli-sync-sending = Envoi de { $done } changements sur { $total }…
