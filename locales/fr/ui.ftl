## Le catalogue de la fenêtre, en français. Référence : locales/en/ui.ftl (identifiants et variables).
## Traducteurs et traductrices : gardez chaque identifiant et chaque { $variable } tels quels ; voir GLOSSARY.md.

# Le nom de cette langue, dans cette langue : affiché dans la liste des langues des Paramètres.
language-name = Français

app-name = Campaign Desk
app-version = Version { $version }
app-versionUnavailable = Version indisponible

nav-label = Rubriques
nav-home = Accueil de Campaign Desk
nav-calendar = Calendrier
nav-campaigns = Campagnes
nav-statements = Déclarations
nav-organisations = Organisations
nav-settings = Paramètres
nav-shortcut = Ctrl+{ $key }
nav-shortcutMac = ⌘{ $key }

settings-language-label = Langue de la fenêtre
settings-language-auto = Comme sur cet ordinateur ({ $language })
settings-language-pseudo = Pseudo-langue (test de mise en page)
settings-language-hint = Les calendriers, déclarations et annonces exportés gardent la langue choisie pour chacun d’eux.
settings-clock-label = Horloge
settings-clock-auto = Selon la langue ({ $example })
settings-clock-h23 = Sur 24 heures ({ $example })
settings-clock-h12 = Sur 12 heures ({ $example })
settings-weekStart-label = La semaine commence le
settings-weekStart-auto = Selon la langue ({ $day })

comingSoon-badge = Bientôt disponible

search-open = Rechercher
search-shortcut = Ctrl+K
search-shortcutMac = ⌘K
search-label = Rechercher dans les déclarations, campagnes, événements et organisations
search-placeholder = Rechercher déclarations, campagnes, événements, organisations…
search-results = Résultats de la recherche
search-hint = Tapez pour chercher dans toutes les langues. ↑ ↓ pour choisir, Enter pour ouvrir, Esc pour fermer.
search-none = Aucun résultat pour « { $query } ».
search-count =
    { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-group-statement = Déclarations
search-group-translation = Traductions
search-group-campaign = Campagnes
search-group-event = Événements
search-group-organisation = Organisations

common-cancel = Annuler
discard-title = Abandonner vos modifications ?
discard-body = Ce que vous avez saisi ou choisi dans ce formulaire n’a pas été enregistré et serait perdu.
discard-confirm = Abandonner les modifications
discard-keep = Continuer la saisie
draft-offer = Rétablir les modifications non enregistrées ({ $time }) ?
draft-recordChanged = Des modifications ont été enregistrées depuis : rétablir le brouillon remplacera ces valeurs par les siennes.
draft-restore = Rétablir
draft-discard = Abandonner
common-close = Fermer
common-delete = Supprimer
common-done = Terminé
common-edit = Modifier
common-save = Enregistrer
common-saveChanges = Enregistrer les modifications
common-newShortcut = Ctrl+N

count-campaigns =
    { $count ->
        [0] aucune campagne
        [one] { $count } campagne
       *[other] { $count } campagnes
    }
count-statements =
    { $count ->
        [0] aucune déclaration
        [one] { $count } déclaration
       *[other] { $count } déclarations
    }
count-events =
    { $count ->
        [0] aucun événement
        [one] { $count } événement
       *[other] { $count } événements
    }
count-people =
    { $count ->
        [0] aucune personne
        [one] { $count } personne
       *[other] { $count } personnes
    }
count-organisations =
    { $count ->
        [0] Aucune organisation
        [one] { $count } organisation
       *[other] { $count } organisations
    }

welcome-title = Bienvenue dans Campaign Desk
welcome-lead = Planifiez vos actions, suivez vos organisations partenaires et préparez vos déclarations communes — tout reste sur cet ordinateur et fonctionne hors ligne.
welcome-startHeading = Par où commencer
welcome-organisations = Ajoutez les organisations de votre alliance et les personnes avec qui vous travaillez.
welcome-campaigns = Créez une campagne, avec ses actions, ses réunions et ses échéances.
welcome-calendar = Voyez tout ce qui arrive, toutes campagnes confondues.
welcome-chooseHeading = Comment voulez-vous commencer ?
welcome-zoneLabel = Votre fuseau horaire de référence
welcome-zoneHint = Les nouvelles campagnes, leurs dates clés et les modèles sont placés dans ce fuseau, et le calendrier s’y affiche. Vous pourrez le changer dans les Paramètres.
welcome-startEmpty = Partir de zéro
welcome-startEmptyBody = Commencez par votre propre alliance : ajoutez les organisations avec qui vous travaillez, puis planifiez votre première campagne.
welcome-demo = Découvrir avec des données d’exemple
welcome-demoLoading = Chargement des données d’exemple…
welcome-demoBody = Parcourez un mois d’activité d’une alliance internationale de migrant·es : un mois de solidarité, des webinaires, des journées d’action et les réseaux qui les portent. Vous pourrez tout supprimer ensuite.
welcome-private = Tout ce que vous saisissez reste dans un fichier sur cet ordinateur. Rien n’est envoyé nulle part.
welcome-tip = Astuce : { $first } à { $last } vous font passer d’une rubrique à l’autre, où que vous soyez.

calendar-title = Calendrier
calendar-subtitle = Actions, réunions et échéances de toutes les campagnes.
calendar-newEvent = Nouvel événement
calendar-viewZone = Fuseau d’affichage
calendar-campaignFilter = Campagne
calendar-campaignSpan = Campagne : { $title }
calendar-running = Campagnes en cours à ces dates :
calendar-cutSeries = « { $title } » se répète plus souvent qu’une page de calendrier ne peut l’afficher : seules ses { $count } premières occurrences à ces dates sont affichées.
calendar-showOnly = Afficher seulement { $title }
calendar-organisationFilter = Organisation
calendar-allOrganisations = Toutes les organisations
calendar-kindFilter = Type
calendar-allKinds = Tous les types
calendar-allCampaigns = Toutes les campagnes
calendar-goto = Aller à la date
calendar-today = Aujourd’hui
calendar-prev = Précédent
calendar-next = Suivant
calendar-month = Mois
calendar-week = Semaine
calendar-day = Jour
calendar-agenda = Agenda de la semaine
calendar-monthAgenda = Agenda du mois
calendar-campaignAgenda = Tout l’agenda de { $title }, { $dates }.
calendar-year = Année
calendar-allDay = Toute la journée
calendar-noEvents = Rien de prévu sur cette période
calendar-noInstances = Cet événement n’a plus aucune date à afficher : toutes les dates de sa série ont été retirées.
calendar-openDay = Ouvrir ce jour pour voir tous ses événements
calendar-more =
    { $count ->
        [one] +{ $count } autre
       *[other] +{ $count } autres
    }
calendar-recurring = Se répète
calendar-changedOccurrence = Occurrence modifiée
calendar-partnerTimes = Heures chez les partenaires
calendar-zoneTime = { $time } { $city }
calendar-dayShift =
    { $count ->
        [one] ({ $sign }{ $count } jour)
       *[other] ({ $sign }{ $count } jours)
    }
calendar-campaign = Campagne
calendar-mode = Format
calendar-location = Lieu
calendar-onlineUrl = Lien en ligne
calendar-registrationUrl = Lien d’inscription
calendar-deleteTitle = Supprimer l’événement
calendar-deleteBody = Supprimer « { $title } » ?
calendar-deleteSeriesBody = Supprimer « { $title } » et toutes ses occurrences ?
scope-title = Modifier un événement récurrent
scope-body = Quelles occurrences faut-il modifier ?
scope-this = Cette occurrence
scope-following = Celle-ci et les suivantes
scope-all = Toutes les occurrences
editor-newTitle = Nouvel événement
editor-editTitle = Modifier l’événement
editor-editOccurrence = Modifier cette occurrence
editor-editFollowing = Modifier cette occurrence et les suivantes
editor-noCampaign = Aucune campagne
editor-allDay = Toute la journée
editor-start = Début
editor-end = Fin
editor-lastDay = Dernier jour
editor-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
editor-lessThanADay = moins d’une journée
editor-longTitle = Enregistrer un événement aussi long ?
editor-longBody = Cet événement dure { $length }, jusqu’au { $end }. Est-ce bien cela ?
editor-overlapTitle = Les occurrences se chevaucheraient
editor-overlapBody = Chaque occurrence dure { $length }, soit plus que l’écart entre deux occurrences ({ $gap }). Est-ce bien cela ?
editor-saveAnyway = Enregistrer quand même
editor-goBack = Revenir
editor-zoneHint = Les heures ci-dessus sont dans ce fuseau.
editor-repeat = Répétition
repeat-none = Ne se répète pas
repeat-daily = Tous les jours
repeat-weekly = Toutes les semaines
repeat-monthly = Tous les mois
repeat-yearly = Tous les ans
repeat-custom = Règle personnalisée (conservée)
repeat-noneWords = Une seule fois
repeat-dailyWords = Tous les jours
repeat-weeklyWords = Chaque semaine le { $day }
repeat-monthlyWords = Chaque mois le { $day }
repeat-yearlyWords = Chaque année le { $date }

campaigns-title = Campagnes
campaigns-subtitle = Les campagnes que mène votre alliance, avec leurs objectifs et leur calendrier.
campaigns-emptyTitle = Aucune campagne pour l’instant
campaigns-emptyBody = Une campagne rassemble ses dates, ses hashtags, les organisations qui la co-organisent et ses événements. Créez la première pour commencer.

campaign-new = Nouvelle campagne
campaign-newTitle = Nouvelle campagne
campaign-newSubtitle = Donnez-lui un titre et des dates ; le reste pourra être complété plus tard.
campaign-editTitle = Modifier la campagne
campaign-create = Créer la campagne
campaign-search = Rechercher une campagne
campaign-noMatch = Aucune campagne ne correspond à « { $query } ».
campaign-dates = Dates
campaign-organisationsShort = Org.
campaign-sectionBasics = L’essentiel
campaign-sectionText = Résumé et description
campaign-sectionOrganisations = Organisations et leurs rôles
campaign-titlePlaceholder = ex. Mois de solidarité avec les peuples de Birmanie
campaign-endHint = Le dernier jour, inclus.
campaign-zoneHint = D’où la campagne est menée ; les nouveaux événements commencent dans ce fuseau.
campaign-hashtagsHint = Appuyez sur Enter, espace ou virgule après chacun.
campaign-summaryHint = Une phrase, affichée dans les listes et les annonces.
campaign-noOrgs = Aucune organisation pour l’instant. Ajoutez ci-dessous le chef de file, les co-organisateurs, les partenaires, les signataires ou les soutiens financiers.
campaign-directoryEmpty = Votre annuaire est vide : ajoutez d’abord des organisations dans la rubrique Organisations.
campaign-pickOrg = Choisir une organisation…
campaign-pickRole = Rôle
campaign-addOrg = Ajouter
campaign-roleOf = Rôle de { $name }
campaign-removeOrg = Retirer { $name }
campaign-noDescription = Pas encore de résumé ni de description.
campaign-timelineHeading =
    { $count ->
        [0] Dates clés
        [one] { $count } date clé
       *[other] { $count } dates clés
    }
campaign-statementsHeading =
    { $count ->
        [0] Déclarations
        [one] { $count } déclaration
       *[other] { $count } déclarations
    }
campaign-noStatements = Pas encore de déclaration pour cette campagne.
campaign-openStatements = En rédiger une dans Déclarations
campaign-statementRevision = version { $n }
campaign-statementSignOns =
    { $count ->
        [one] { $count } signature
       *[other] { $count } signatures
    }
campaign-outsideDates = En dehors des dates de la campagne
campaign-outsideChip = Hors dates
campaign-noEvents = Pas encore de dates clés. Ajoutez ici les webinaires, journées d’action et anniversaires de cette campagne.
campaign-addEvent = Ajouter une date clé
campaign-agenda = Agenda de toute la campagne
campaign-eventsNote = Les heures sont affichées dans le fuseau horaire propre à chaque événement.
campaign-organisationsHeading =
    { $count ->
        [0] Organisations
        [one] { $count } organisation
       *[other] { $count } organisations
    }
campaign-noOrgsYet = Aucune organisation dans cette campagne pour l’instant. Utilisez Modifier pour en ajouter.
campaign-deleteTitle = Supprimer la campagne ?
campaign-deleteBody = Supprimer « { $title } » ({ $events }) ?
campaign-deleteDetail = C’est irréversible, mais la sauvegarde quotidienne (voir Paramètres) la contient encore.

campaignKind-solidarity_month = Mois de solidarité
campaignKind-day_of_action = Journée d’action
campaignKind-webinar_series = Série de webinaires
campaignKind-press_conference = Conférence de presse
campaignKind-side_event = Événement parallèle
campaignKind-anniversary = Anniversaire
campaignKind-womens_day = Journée des femmes
campaignKind-other = Autre

campaignStatus-planning = En préparation
campaignStatus-active = En cours
campaignStatus-done = Terminée
campaignStatus-archived = Archivée

orgRole-lead = Chef de file
orgRole-co_organiser = Co-organisateur
orgRole-partner = Partenaire
orgRole-endorser = Signataire
orgRole-sponsor = Soutien financier

eventKind-anniversary = Anniversaire
eventKind-webinar = Webinaire
eventKind-press_conference = Conférence de presse
eventKind-day_of_action = Journée d’action
eventKind-rally = Rassemblement
eventKind-meeting = Réunion
eventKind-side_event = Événement parallèle
eventKind-deadline = Échéance
eventKind-other = Autre
eventMode-in_person = En présentiel
eventMode-online = En ligne
eventMode-hybrid = Hybride
eventStatus-tentative = Provisoire
eventStatus-confirmed = Confirmé
eventStatus-cancelled = Annulé
event-repeats = Se répète

field-name = Nom
field-short_name = Sigle
field-country = Pays
field-city = Ville
field-zone = Fuseau horaire
field-email = Courriel
field-website = Site web
field-socials = Réseaux sociaux
field-notes = Notes
field-working_hours = Heures de travail
field-working_days = Jours de travail
field-sleeping_hours = Heures de sommeil
field-role = Rôle
field-phone = Téléphone
field-organisation = Organisation
field-title = Titre
field-kind = Type
field-status = Statut
field-start_date = Date de début
field-end_date = Date de fin
field-home_zone = Fuseau horaire de référence
field-hashtags = Hashtags
field-colour = Couleur
field-summary = Résumé
field-description = Description
field-start = Début
field-end = Fin
field-all_day = Toute la journée
field-location = Lieu
field-mode = Présentiel ou en ligne
field-online_url = Lien en ligne
field-registration_url = Lien d’inscription
field-rrule = Règle de répétition
field-exdates = Dates exclues
field-rdates = Dates supplémentaires
field-reminders = Rappels
field-organisations = Organisations
field-recurrence_id = Occurrence

colour-indigo = Indigo
colour-orange = Orange
colour-teal = Bleu canard
colour-red = Rouge
colour-purple = Violet
colour-green = Vert
colour-ochre = Ocre
colour-pink = Rose
colour-custom = Personnalisée

hashtags-placeholder = #StandWithBurma
hashtags-remove = Retirer { $tag }

zone-placeholder = Tapez une ville ou une région…
zone-listLabel = Fuseaux horaires
zone-none = Aucun fuseau horaire ne correspond
country-placeholder = Tapez un pays…
country-listLabel = Pays
country-none = Aucun pays ne correspond

statements-title = Déclarations
statements-subtitle = Déclarations communes, communiqués de presse et lettres ouvertes.

statements-empty = Aucune déclaration pour l’instant
statements-emptyBody = Rédigez une déclaration commune, un communiqué de presse ou une lettre ouverte : les partenaires valident une version, et Campaign Desk garde toutes les versions.
statements-new = Nouvelle déclaration
statements-filterCampaign = Campagne
statements-filterStatus = Statut
statements-allCampaigns = Toutes les campagnes
statements-noCampaign = Sans campagne
statements-allStatuses = Tous les statuts
statements-noMatch = Aucune déclaration ne correspond à ces filtres.
statements-colTitle = Titre
statements-colKind = Type
statements-colCampaign = Campagne
statements-colStatus = Statut
statements-colRevision = Vers.
statements-colTranslations = Traductions
statements-colEndorsements = Signatures
statements-colUpdated = Mise à jour
statements-untitled = Déclaration sans titre

statementKind-statement = Déclaration
statementKind-press_release = Communiqué de presse
statementKind-solidarity_message = Message de solidarité
statementKind-open_letter = Lettre ouverte
statementKind-call_to_action = Appel à l’action
statementStatus-draft = Brouillon
statementStatus-in_review = En relecture
statementStatus-approved = Validée
statementStatus-published = Publiée

statementNew-title = Nouvelle déclaration
statementNew-kind = Type
statementNew-kindHint = Le texte part d’un canevas propre à ce type ; remplacez les passages [entre crochets].
statementNew-headline = Titre
statementNew-campaign = Campagne
statementNew-issuers = Émise par
statementNew-lang = Rédigée en
statementNew-create = Créer et ouvrir

issuers-none = Pas encore d’organisation émettrice.
issuers-add = Ajouter une organisation émettrice…
issuers-remove = Retirer { $name }
issuers-directoryEmpty = Ajoutez d’abord des organisations à l’annuaire.

statement-back = Déclarations
statement-titleLabel = Titre de la déclaration
statement-revision = Version { $number }
statement-saving = Enregistrement…
statement-savedAt = Enregistré à { $time }
statement-notSaved = Non enregistré — { $reason }
statement-retry = Réessayer
statement-tabs = Sections de la déclaration
statement-tabText = Texte
statement-tabReview = Validation
statement-tabRevisions = Versions
statement-tabTranslations = Traductions
statement-tabSignOns = Signatures et contacts
statement-tabShare = Partager
share-heading = Partager cette déclaration
share-intro = Enregistrez-la comme document, avec les organisations émettrices, le lieu et la date, les signatures et les contacts, ou copiez son texte pour le coller dans un courriel ou une publication.
share-format = Format
share-language = Langue
share-allLanguages = Toutes les langues dans un seul fichier
share-pdf = Document PDF
share-docx = Document Word (.docx)
share-html = Page web (.html)
share-md = Markdown (.md)
share-txt = Texte brut (.txt)
share-save = Enregistrer sous…
share-saveTitle = Enregistrer la déclaration
share-saved = { $path } enregistré ({ $size } Ko).
share-copyRich = Copier pour un courriel
share-copyPlain = Copier en texte brut
share-copiedRich = Copié avec sa mise en forme ; collez-le dans un courriel ou un document.
share-copiedPlain = Copié en texte brut.
share-postHeading = Texte à publier
share-platform = Plateforme
share-postLength = { $length } caractères sur { $limit }, comptés comme le fait la plateforme
share-postLengthNoLimit = { $length } caractères
share-postCopy = Copier la publication
share-postCopied = Copié
statement-body = Texte de la déclaration
statement-words =
    { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    }
statement-characters =
    { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }
statement-meter = Longueur pour
statement-meterOf = { $length } / { $limit }
statement-meterNoLimit = sans limite
statement-meterNone = Aucune
statement-meterPick = choisissez une plateforme pour vérifier
statement-meterOver = { $count } car. de trop pour { $platform }
statement-meterNote = Compté sur le texte sans mise en forme, comme le fait la plateforme.
statement-recovered = Le texte saisi le { $time } n’a pas été enregistré. Le remettre à la place du texte enregistré ?
statement-recoveredRestore = Le remettre
statement-recoveredDiscard = Abandonner
statement-delete = Supprimer
statement-deleteTitle = Supprimer cette déclaration ?
statement-deleteBody = Supprimer « { $title } » avec toutes ses versions, validations, traductions et signatures ?
statement-loadFailed = Impossible d’ouvrir cette déclaration : { $reason }

statementSettings-heading = Paramètres
statementSettings-kind = Type
statementSettings-campaign = Campagne
statementSettings-issuers = Émise par
statementSettings-place = Lieu (mention « lieu, date »)
statementSettings-placeHint = ex. Manille
statementSettings-dated = Date (mention « lieu, date »)
statementSettings-lang = Rédigée en
statementSettings-hashtags = Hashtags
statementSettings-saved = Paramètres enregistrés

revisions-intro = La saisie s’enregistre dans la version ouverte ; une pause de 10 minutes, une validation ou un nom en ouvre une nouvelle.
revisions-number = Vers.
revisions-name = Nom
revisions-when = Enregistrée
revisions-words = Mots
revisions-approvedBy = Validée par
revisions-current = actuelle
revisions-open = ouverte à la saisie
revisions-nameButton = Nommer…
revisions-nameLabel = Nom de la version { $number }
revisions-namePlaceholder = ex. Envoyée aux partenaires
revisions-restore = Rétablir…
revisions-restoreTitle = Rétablir la version { $number } ?
revisions-restoreBody = Le texte de la version { $number } devient une nouvelle version { $next }. Rien n’est supprimé : le texte actuel reste dans l’historique.
revisions-restoreConfirm = Rétablir comme version { $next }
revisions-compareHeading = Comparer
revisions-from = De
revisions-to = À
revisions-onlyOne = Il n’y a encore qu’une version : rien à comparer pour l’instant.
revisions-same = Choisissez deux versions différentes.
revisions-changed =
    { $count ->
        [0] Aucun paragraphe modifié.
        [one] { $count } paragraphe modifié.
       *[other] { $count } paragraphes modifiés.
    }
revisions-titleLine = Titre
revisions-legend = Le texte ajouté est souligné en vert, le texte supprimé barré en rouge.

review-draftExplain = Brouillon : vous êtes seul·e à y travailler.
review-in_reviewExplain = En relecture : les partenaires lisent le texte et enregistrent leur validation.
review-approvedExplain = Validée : le texte actuel est validé et prêt à être publié.
review-publishedExplain = Publiée le { $date }.
review-sendForReview = Envoyer en relecture
review-backToDraft = Repasser en brouillon
review-markApproved = Marquer comme validée
review-recordHeading = Enregistrer une validation
review-org = Organisation
review-orgPick = Choisir une organisation…
review-orgFirst = Organisations émettrices et co-organisatrices
review-orgOthers = Autres organisations
review-revision = Version concernée
review-revisionCurrent = Version { $number } (actuelle)
review-revisionOption = Version { $number }
review-note = Note (facultative)
review-notePlaceholder = ex. validée par courriel du secrétariat
review-record = Enregistrer la validation
review-approvalsHeading = Validations
review-none = Aucune validation enregistrée pour l’instant.
review-groupCurrent = Version { $number } — le texte actuel
review-groupOld = Version { $number }
review-stale = Version { $revision } validée · le texte en est maintenant à la version { $current }
review-withdraw = Retirer
review-withdrawLabel = Retirer la validation de { $name }
review-withdrawTitle = Retirer cette validation ?
review-withdrawBody = La validation de la version { $revision } par { $name } ne comptera plus.
review-withdrawDetail = Elle reste dans la liste des validations, marquée comme retirée avec l’heure ; si elle redevient valable, enregistrez-la de nouveau.
review-approvedAt = validée le { $when }
review-withdrawnAt = retirée le { $when }
review-withdrawnMark = Retirée
review-publishHeading = Publication
review-publishedOn = Publiée le
review-publishedWhere = Où
review-publishedWherePlaceholder = ex. site web, liste de presse, page Facebook
review-publish = Marquer comme publiée
review-publishNeeds = Pour publier, il faut une organisation émettrice et une validation de la version actuelle.

organisations-title = Organisations
organisations-subtitle = Organisations membres et partenaires, et comment les joindre.
organisations-emptyTitle = Aucune organisation pour l’instant
organisations-emptyBody = Ajoutez les organisations membres et partenaires de votre alliance, une par une ou depuis un tableur (CSV). Les campagnes pourront ensuite les citer comme co-organisatrices.

org-new = Nouvelle organisation
org-newTitle = Nouvelle organisation
org-editTitle = Modifier l’organisation
org-create = Ajouter l’organisation
org-search = Rechercher un nom, un sigle, une ville…
org-noMatch = Aucune organisation ne correspond à « { $query } ».
org-noPlace = Ni ville ni pays
org-pick = Choisissez une organisation à gauche pour voir sa fiche et ses contacts.
org-place = Ville et pays
org-shortNameHint = ex. IMA, APWLD
org-countryHint = Tapez son nom, ou un code comme PH ou NZ, puis choisissez-le dans la liste.
org-socialsHint = Un identifiant ou un lien par ligne.
org-ownDayIntro = Sa propre journée, pour « Trouver un créneau ». Laissez un champ vide pour garder l’habituel : travail de 09:00 à 18:00 du lundi au vendredi, sommeil de 23:00 à 07:00, à son heure locale.
org-workingHours = Heures de travail
org-sleepingHours = Heures de sommeil
org-hoursHint = À son heure locale, p. ex. { $example }
org-workingDays = Jours de travail
org-workingDaysNone = Cochez au moins un jour de travail.
org-deleteTitle = Supprimer l’organisation ?
org-deleteBody = Supprimer « { $name } » ?
org-deleteUnused = Elle ne participe à aucune campagne ni à aucun événement, et personne dans l’annuaire n’en fait partie.
org-deleteStatements = Elle a émis, validé ou signé { $statements }. Ces traces sont conservées : elle ne pourra être supprimée qu’une fois retirée de ces déclarations.
org-deleteUsage = Elle est liée à { $campaigns }, { $events } et { $people } de l’annuaire. Elle sera retirée de ces campagnes et événements ; ses contacts restent dans l’annuaire, sans organisation.

person-heading =
    { $count ->
        [0] Personnes
        [one] { $count } personne
       *[other] { $count } personnes
    }
person-add = Ajouter une personne
person-newTitle = Nouvelle personne chez { $organisation }
person-editTitle = Modifier la personne
person-editNamed = Modifier { $name }
person-deleteNamed = Supprimer { $name }
person-empty = Personne pour l’instant. Ajoutez vos contacts dans cette organisation.
person-roleHint = ex. Présidente, Secrétaire général, Chargée de communication
person-deleteTitle = Supprimer la personne ?
person-deleteBody = Supprimer « { $name } » de l’annuaire ?

reminders-atStart = Au début
reminders-minutes =
    { $count ->
        [one] { $count } minute avant
       *[other] { $count } minutes avant
    }
reminders-hours =
    { $count ->
        [one] { $count } heure avant
       *[other] { $count } heures avant
    }
reminders-days =
    { $count ->
        [one] { $count } jour avant
       *[other] { $count } jours avant
    }
reminders-none = Aucun rappel
reminders-add = Ajouter un rappel…
reminders-remove = Retirer le rappel { $lead }
editor-reminders = Rappels
editor-remindersHint = Affichés comme notifications du bureau tant que Campaign Desk est ouvert, et conservés dans les calendriers exportés.
editor-organisations = Co-organisateurs

findTime-button = Trouver un créneau
findTime-title = Trouver un créneau
findTime-lead = Les heures qui conviennent à tous les partenaires, les meilleures d’abord : le moins de personnes endormies (23:00–07:00), puis le plus grand nombre en heures de travail (09:00–18:00, du lundi au vendredi), chacun selon son heure locale, et jamais par-dessus les événements qu’ils ont déjà ici.
findTime-organisations = Organisations
findTime-noZone = Aucun fuseau horaire : indiquez-en un sur sa fiche pour l’inclure
findTime-zones = Autres fuseaux horaires
findTime-removeZone = Retirer { $zone }
findTime-length = Durée
findTime-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
findTime-from = À partir du
findTime-days = Jours
findTime-search = Chercher
findTime-pickSomeone = Choisissez au moins une organisation ou un fuseau horaire.
findTime-fromMissing = Choisissez le premier jour de la recherche.
findTime-suggestions = Meilleurs créneaux
findTime-none = Aucun créneau libre : chaque début possible sur ces jours chevauche un événement de l’un d’eux. Essayez plus de jours ou une réunion plus courte.
findTime-looked = Heures de début examinées : { $count } ; écartées car elles chevauchent un événement de l’un d’eux : { $busy }.
findTime-create = Créer l’événement
findTime-show = Afficher cette heure dans la grille
findTime-gridTitle = Heures du { $day } à { $city }
findTime-prevDay = Jour précédent
findTime-nextDay = Jour suivant
findTime-working = Heures de travail
findTime-awake = Éveillé
findTime-asleepLegend = Endormi
findTime-busy = Occupé
findTime-cellTitle = { $label } : { $time }, { $state }
findTime-and = { $list } et { $last }
findTime-asleepAt = { $city } à { $time }
findTime-everyoneWorking = tout le monde est en heures de travail
findTime-othersWorking = tous les autres sont en heures de travail
findTime-everyoneAwake = tout le monde est éveillé, { $places } hors des heures de travail
findTime-othersAwake = tous les autres sont éveillés, { $places } hors des heures de travail
findTime-asleep =
    { $count ->
        [one] { $places } dort
       *[other] { $places } dorment
    }
findTime-everyoneAsleep = tout le monde dort : { $places }

announce-button = Annoncer…
announce-title = Annoncer : { $title }
announce-platform = Plateforme
announce-platform-facebook = Facebook
announce-platform-x = X
announce-platform-instagram = Instagram
announce-platform-email = Courriel
announce-platform-text = WhatsApp / Signal
announce-language = Langue
announce-text = Texte de l’annonce
announce-length = { $length } / { $limit }
announce-lengthNoLimit = { $length } caractères
announce-tooLong = trop long pour cette plateforme
announce-hint = Les heures sont données dans les fuseaux horaires des partenaires choisis dans les Paramètres. Modifiez le texte librement avant de le copier.
announce-copy = Copier
templates-heading = Modèles d’annonce
templates-intro = Comment l’outil d’annonce rédige la publication de chaque plateforme dans chaque langue. Une ligne dont toutes les variables sont vides est omise.
templates-kind = Pour
templates-forEvent = un événement
templates-forCampaign = une campagne entière
templates-text = Modèle
templates-own = Votre propre modèle (enregistré avec les paramètres).
templates-builtIn = Le modèle intégré : modifiez-le pour créer le vôtre.
templates-reset = Revenir au modèle intégré
templates-placeholders = Variables : { $names }
announce-keep = Garder avec la campagne
announce-kept = Gardée avec la campagne
announce-savedHeading =
    { $count ->
        [0] Aucune annonce gardée
        [one] { $count } annonce gardée
       *[other] { $count } annonces gardées
    }
announce-savedNone = Rédigez-en une avec Annoncer… et gardez-la ici pour la republier ou la traduire.
announce-savedMeta = { $platform } · { $lang } · modifiée le { $date }
announce-delete = Supprimer cette annonce
announce-copied = Copié dans le presse-papiers
announce-copyFailed = Impossible de copier le texte : sélectionnez-le et copiez-le à la main.

tasks-heading = Tâches ({ $open } à faire sur { $count })
tasks-none = Pas encore de tâches : ajoutez ce qu’il faut faire, pour quand et par qui.
tasks-title = Tâche
tasks-placeholder = Ajouter une tâche…
tasks-dueLabel = Échéance
tasks-owner = Responsable
tasks-noOwner = Sans responsable
tasks-add = Ajouter
tasks-due = pour le { $date }
tasks-overdue = en retard depuis le { $date }
tasks-delete = Supprimer la tâche { $title }

plan-fromTemplateButton = À partir d’un modèle…
plan-duplicateButton = Édition suivante…
plan-fromTemplate = Nouvelle campagne à partir d’un modèle
plan-nextEdition = Édition suivante de { $title }
plan-nextEditionHint = Les dates suivent le nouveau début ; les événements réglés sur une règle comme « troisième dimanche » la conservent ; les organisations et les tâches suivent (les tâches sont rouvertes) ; les changements ponctuels de cette édition restent derrière.
plan-template = Modèle
plan-template-solidarity_month = Mois de solidarité : ouverture, webinaire, journées d’action, clôture
plan-template-day_of_action = Journée d’action
plan-template-webinar = Webinaire
plan-template-press_conference = Conférence de presse
plan-template-anniversary = Anniversaire (chaque année)
plan-start = Commence le
plan-newStart = La nouvelle édition commence le
plan-layOut = Placer les dates
plan-first = Premier jour
plan-last = Dernier jour
plan-events =
    { $count ->
        [0] Aucun événement
        [one] { $count } événement
       *[other] { $count } événements
    }
plan-tasks =
    { $count ->
        [0] Aucune tâche
        [one] { $count } tâche
       *[other] { $count } tâches
    }
plan-remove = Retirer { $title }
plan-back = Retour
plan-create = Créer la campagne

ics-importButton = Importer un .ics
ics-exportButton = Exporter en .ics
ics-importTitle = Importer un fichier de calendrier (.ics)
ics-exportTitle = Exporter en fichier de calendrier (.ics)
ics-intro = Importez des événements depuis Google Agenda, Outlook, Calendrier d’Apple, Thunderbird ou le fichier .ics d’un partenaire.
ics-introSafe = Vous verrez d’abord ce que contient le fichier. Réimporter le même fichier met les événements à jour au lieu de les dupliquer ; rien n’est écrit si le fichier contient des erreurs.
ics-choose = Choisir un fichier…
ics-chooseOther = Choisir un autre fichier
ics-chooseTitle = Importer un fichier de calendrier
ics-filterName = Fichiers de calendrier
ics-target = Campagne des nouveaux événements
ics-noCampaign = Aucune campagne
ics-floatingZone = Fuseau pour les heures sans fuseau horaire
ics-homeZone = Fuseau horaire de référence
ics-zoneDefault = Utiliser la valeur par défaut
ics-reading = Lecture du fichier
ics-checking = Vérification du fichier… { $percent } %
ics-writing = Importation… { $percent } %
ics-countNew =
    { $count ->
        [0] Rien de nouveau
        [one] { $count } nouveau
       *[other] { $count } nouveaux
    }
ics-countUpdated =
    { $count ->
        [0] Aucun modifié
        [one] { $count } modifié
       *[other] { $count } modifiés
    }
ics-countUnchanged =
    { $count ->
        [0] Aucun inchangé
        [one] { $count } inchangé
       *[other] { $count } inchangés
    }
ics-countSkipped =
    { $count ->
        [0] Aucun ignoré
        [one] { $count } ignoré
       *[other] { $count } ignorés
    }
ics-countErrors =
    { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
ics-errorsBlock = Ce fichier ne peut pas être importé (rien ne sera écrit) :
ics-warningsBlock = Ces lignes du fichier ont été laissées de côté ; les événements qui les entourent sont importés :
ics-line = Ligne { $line } :
ics-lineHeader = Ligne
ics-action = Résultat
ics-action-new = Nouveau
ics-action-updated = Modifié
ics-action-unchanged = Inchangé
ics-action-skipped = Ignoré
ics-eventTitle = Événement
ics-reason = Remarques
ics-instance = l’occurrence du { $at }
ics-noEvents = Aucun événement de ce type dans le fichier.
ics-lookAt = Les événements du fichier, et ce que l’importation fait de chacun :
ics-moreRows =
    { $count ->
        [one] …et { $count } autre événement, compté plus haut mais non listé (seuls les 500 premiers le sont, puis ceux ignorés ou avec une remarque)
       *[other] …et { $count } autres événements, comptés plus haut mais non listés (seuls les 500 premiers le sont, puis ceux ignorés ou avec une remarque)
    }
ics-filter = Afficher
ics-filter-all = Tous ({ $count })
ics-filter-new = Nouveaux ({ $count })
ics-filter-updated = Modifiés ({ $count })
ics-filter-unchanged = Inchangés ({ $count })
ics-filter-skipped = Ignorés ({ $count })
ics-startHeader = Début
ics-allDay = toute la journée
ics-repeats = Se répète
ics-changes = Modifications : { $fields }
ics-importCount =
    { $count ->
        [0] Rien à importer
        [one] Importer { $count } événement
       *[other] Importer { $count } événements
    }
ics-imported =
    { $count ->
        [0] Rien n’a été importé
        [one] { $count } événement importé
       *[other] { $count } événements importés
    }
ics-resultDetail = Nouveaux : { $new } ; mis à jour : { $updated } ; inchangés : { $unchanged } ; ignorés : { $skipped }.
ics-scope = Quoi exporter
ics-scopeAll = Tout
ics-scopeAllHint = Tous les événements de toutes les campagnes, et ceux hors campagne.
ics-scopeSome = Choisir des campagnes, organisations ou types
ics-scopeSomeHint = Seulement les événements qui correspondent à chaque liste où vous avez coché quelque chose.
ics-emptyMeansAny = Une liste où rien n’est coché ne restreint pas l’exportation.
ics-none = Aucun pour l’instant.
ics-from = Du
ics-to = Au
ics-rangeHint = Facultatif : seulement les événements ayant une date dans cette période (une série est exportée en entier).
ics-rangeBoth = Indiquez les deux dates de la période, ou aucune.
ics-rangeOrder = La période doit se terminer après son début.
ics-saveAs = Enregistrer sous…
ics-saveTitle = Enregistrer le fichier de calendrier
ics-exported =
    { $count ->
        [0] Aucun événement ne correspond : le fichier contient un calendrier vide
        [one] { $count } événement exporté
       *[other] { $count } événements exportés
    }
ics-exportedHint = Importez ce fichier dans Google Agenda, Outlook, Calendrier d’Apple ou Thunderbird ; les heures restent justes dans tous les fuseaux horaires.

publish-heading = Publier les calendriers dans un dossier
publish-intro = Tenez à jour des fichiers .ics dans un dossier — par exemple un dossier Nextcloud ou Dropbox synchronisé auquel les partenaires s’abonnent. Ils sont réécrits après chaque modification, jamais à moitié.
publish-folder = Dossier
publish-noFolder = Pas de publication
publish-choose = Choisir un dossier…
publish-chooseTitle = Dossier où publier les calendriers
publish-stop = Arrêter la publication
publish-which = Calendriers à publier
publish-everything = Tout, sous le nom
publish-failed = Les calendriers publiés n’ont pas pu être mis à jour : { $reason }

csv-import = Importer un CSV
csv-importFromFile = Importer depuis un fichier CSV
csv-export = Exporter en CSV
csv-importOrganisationsTitle = Importer des organisations depuis un CSV
csv-importPeopleTitle = Importer des personnes depuis un CSV
csv-kindLabel = Contenu du fichier
csv-kindOrganisations = Organisations
csv-kindPeople = Personnes
csv-introOrganisations = Choisissez un fichier CSV avec une organisation par ligne (enregistré depuis un tableur au format « CSV UTF-8 »).
csv-introPeople = Choisissez un fichier CSV avec une personne par ligne ; une colonne « organisation » relie chaque personne à une organisation par son nom ou son sigle.
csv-introSafe = Vous verrez chaque ligne et son état avant que quoi que ce soit ne soit ajouté.
csv-fieldsList = Colonnes reconnues : { $fields }.
csv-choose = Choisir un fichier…
csv-chooseOther = Choisir un autre fichier
csv-chooseTitle = Choisir un fichier CSV
csv-filterName = Fichiers CSV
csv-countNew =
    { $count ->
        [0] Rien de nouveau
        [one] { $count } nouvelle
       *[other] { $count } nouvelles
    }
csv-countDuplicate =
    { $count ->
        [0] Aucun doublon
        [one] { $count } doublon
       *[other] { $count } doublons
    }
csv-countError =
    { $count ->
        [0] Aucune erreur
        [one] { $count } en erreur
       *[other] { $count } en erreur
    }
csv-mappingHint = Choisissez le champ que remplit chaque colonne.
csv-line = Ligne
csv-status = État
csv-status-new = Nouvelle
csv-status-duplicate = Doublon
csv-status-error = Erreur
csv-mapLabel = Champ de la colonne « { $column } »
csv-ignore = Ignorer cette colonne
csv-noRows = Le fichier n’a aucune ligne sous son en-tête.
csv-moreRows = …et { $count } lignes de plus.
csv-needName = Associez une colonne au champ Nom : c’est le seul champ obligatoire.
csv-skipErrors =
    { $count ->
        [one] Ignorer la ligne en erreur et importer le reste
       *[other] Ignorer les { $count } lignes en erreur et importer le reste
    }
csv-importCount =
    { $count ->
        [0] Rien à importer
        [one] Importer { $count } ligne
       *[other] Importer { $count } lignes
    }
csv-createdOrganisations =
    { $count ->
        [0] Aucune organisation n’a été ajoutée.
        [one] { $count } organisation ajoutée.
       *[other] { $count } organisations ajoutées.
    }
csv-createdPeople =
    { $count ->
        [0] Personne n’a été ajouté.
        [one] { $count } personne ajoutée.
       *[other] { $count } personnes ajoutées.
    }
csv-skippedSummary = Lignes ignorées — doublons : { $duplicates } ; en erreur : { $errors }.
csv-exportTitle = Exporter en CSV
csv-exportLead = Quelle liste voulez-vous enregistrer ? Vous choisirez ensuite où placer le fichier.
csv-exported = Enregistré dans { $path }

settings-title = Paramètres
settings-subtitle = L’apparence et le comportement de Campaign Desk sur cet ordinateur.
settings-regionHeading = Langue et région
settings-dateExample = Les dates s’affichent ainsi :
settings-homeZone = Fuseau horaire de référence
settings-homeZoneHint = Le calendrier s’affiche dans ce fuseau ; les nouvelles campagnes y commencent.
settings-partnerZones = Fuseaux horaires des partenaires
settings-partnerZonesHint = Leurs heures locales s’affichent à côté de chaque événement. Laissez vide pour utiliser les fuseaux propres aux organisations.
settings-noPartnerZones = Aucun choisi : les fuseaux des organisations sont utilisés.
settings-addZone = Ajouter un fuseau…
settings-removeZone = Retirer { $zone }
settings-backupsKeep = Sauvegardes quotidiennes à conserver
settings-backupsKeepHint = Entre 1 et 365.
settings-saved = Enregistré

backup-heading = Sauvegardes
backup-folder = Dossier de sauvegarde
backup-automatic =
    { $count ->
        [one] Une sauvegarde est faite automatiquement une fois par jour ; seule la dernière est conservée.
       *[other] Une sauvegarde est faite automatiquement une fois par jour ; les { $count } dernières sont conservées.
    }
backup-now = Sauvegarder maintenant
backup-none = Aucune sauvegarde pour l’instant.
backup-done = Sauvegardé dans { $path }
backup-restore = Restaurer…
backup-restoreTitle = Restaurer cette sauvegarde ?
backup-restoreBody = Remplacer tout le contenu de Campaign Desk par celui de { $name } ?
backup-restoreDetail = Le contenu actuel est d’abord enregistré dans une sauvegarde à part, pour que vous puissiez y revenir.
backup-restored = Sauvegarde { $name } restaurée. L’ancien contenu a été enregistré dans { $path }

database-heading = Base de données
database-file = Fichier
database-reason = Motif
database-schema = Version du format { $version }
database-open = Ouvrir une autre base de données…
database-create = Créer une nouvelle base de données…
database-openTitle = Ouvrir une base de données Campaign Desk
database-createTitle = Créer une nouvelle base de données Campaign Desk
database-filterName = Bases de données Campaign Desk
database-errorTitle = Campaign Desk ne peut pas ouvrir sa base de données
database-errorLead = Le fichier ci-dessous n’a pas pu être ouvert : rien n’est donc affiché pour l’instant.
database-errorSafe = Le fichier n’a pas été modifié. Ouvrez une autre base de données ou créez-en une nouvelle ; Campaign Desk retiendra votre choix.
about-heading = À propos
about-licence = Logiciel libre sous licence publique générale GNU Affero, version 3 ou ultérieure (AGPL-3.0-or-later).
about-database = Base de données
about-backups = Sauvegardes
about-diagnostics = Diagnostic
about-diagnosticsHint = Les versions à coller dans un signalement de bogue. Elles ne contiennent rien de vos données ni des fichiers de votre ordinateur.
about-copy = Copier le diagnostic
about-copied = Copié dans le presse-papiers
about-copyFailed = Impossible de copier le texte : sélectionnez-le et copiez-le à la main.
settings-appearanceHeading = Apparence
settings-theme = Thème
settings-themeSystem = Comme le système (clair ou sombre)
save-pending = Modifications non enregistrées
save-saving = Enregistrement…
save-saved = Enregistré
save-failed = Non enregistré : { $reason }

translations-heading = Traductions
translations-none = Aucune traduction pour l’instant. Ajoutez-en une pour traduire la déclaration à côté du texte source.
translations-add = Ajouter une traduction
translations-addLabel = Langue (un code comme es, fr-CA, id ou tl)
translations-addPlaceholder = ex. es ou fr-CA
translations-suggested = Suggestions :
translations-badTag = « { $tag } » n’est pas un code de langue comme es, fr-CA ou tl.
translations-create = Ajouter
translations-open = Ouvrir la traduction en { $language }
translations-outdated = À mettre à jour
translations-status-draft = Brouillon
translations-status-reviewed = Relue
translations-statusLabel = Statut
translations-source = Texte source · version { $revision }
translations-sourceBody = Texte source (version { $revision })
translations-target = Traduction en { $language }
translations-title = Titre
translations-body = Texte en { $language }
translations-changedBanner = Le texte source a changé depuis la version { $revision }
translations-changedCount =
    { $count ->
        [0] Seul le titre a changé.
        [one] { $count } paragraphe a changé :
       *[other] { $count } paragraphes ont changé :
    }
translations-changedTitle = Titre
translations-paragraph-changed = Modifié
translations-paragraph-added = Ajouté
translations-paragraph-removed = Supprimé
translations-markUpdated = Marquer comme à jour
translations-markUpdatedHint = Quand la traduction correspond au texte source actuel (version { $revision }).
translations-delete = Supprimer la traduction
translations-deleteTitle = Supprimer la traduction en { $language } ?
translations-deleteBody = Son texte sera retiré de cette déclaration. C’est irréversible.
translations-loading = Chargement…

endorsements-heading = Signatures
endorsements-active =
    { $count ->
        [0] Aucune signature pour l’instant
        [one] { $count } signature
       *[other] { $count } signatures
    }
endorsements-withdrawnCount =
    { $count ->
        [one] { $count } retirée
       *[other] { $count } retirées
    }
endorsements-add = Ajouter une signature
endorsements-from = Signée par
endorsements-fromOrganisation = Une organisation
endorsements-fromPerson = Une personne
endorsements-fromNew = Une nouvelle organisation
endorsements-organisation = Organisation
endorsements-person = Personne
endorsements-choose = Choisir…
endorsements-newName = Nom de l’organisation
endorsements-newCountry = Pays
endorsements-date = Date
endorsements-note = Note
endorsements-notePlaceholder = Facultatif, ex. « par courriel de la présidente »
endorsements-submit = Ajouter la signature
endorsements-countryNotRecorded = Pays non renseigné
endorsements-personTag = personne
endorsements-on = Signée le { $date }
endorsements-withdrawnOn = Retirée le { $date }
endorsements-withdraw = Retirer
endorsements-withdrawLabel = Retirer la signature de { $name }
endorsements-export = Exporter en CSV
endorsements-exportTitle = Enregistrer les signatures en CSV
endorsements-exported =
    { $count ->
        [0] Liste vide enregistrée dans { $path }
        [one] { $count } signature enregistrée dans { $path }
       *[other] { $count } signatures enregistrées dans { $path }
    }

contacts-heading = Pour plus d’informations
contacts-none = Aucun contact pour l’instant. Ajoutez les personnes que journalistes et partenaires peuvent joindre au sujet de cette déclaration.
contacts-add = Ajouter un contact
contacts-choose = Choisir une personne…
contacts-noPeople = Toutes les personnes de l’annuaire figurent déjà dans la liste. Ajoutez d’abord des personnes à l’annuaire.
contacts-up = Monter { $name }
contacts-down = Descendre { $name }
contacts-remove = Retirer { $name }

editor-toolbar = Mise en forme
editor-heading = Titre
editor-subheading = Sous-titre
editor-bold = Gras (Ctrl+B)
editor-italic = Italique (Ctrl+I)
editor-bullets = Liste à puces
editor-numbers = Liste numérotée
editor-quote = Citation
editor-link = Lien
editor-linkAddress = Adresse du lien
editor-linkApply = Appliquer
editor-linkInvalid = Indiquez une adresse web (https://…) ou un courriel (mailto:…).

date-day = jj
date-month = mm
date-year = aaaa
date-time = hh:mm
date-pick = Choisir une date
date-calendar = Calendrier pour choisir une date
date-previousMonth = Mois précédent
date-nextMonth = Mois suivant
date-unreadable = Impossible de lire « { $text } » comme une date. Saisissez-la sous la forme { $pattern }, par ex. { $example }, ou « { $named } ».
date-unknownWord = « { $word } » n’est pas un mois. Saisissez la date sous la forme { $pattern }, ou avec le nom du mois, par ex. « { $named } ».
date-noSuchMonth = Il n’y a pas de mois { $month } : ici, les dates se lisent { $pattern }, par ex. { $example }.
date-noSuchMonthSwapped = Il n’y a pas de mois { $month } : ici, les dates se lisent { $pattern }. Vouliez-vous dire { $suggestion } ?
date-noSuchDay = En { $month }, il y a { $days } jours : le { $day } n’existe pas.
date-badYear = Indiquez l’année sur 4 chiffres (ou 2), pas « { $year } ».
date-noSuchTime = « { $time } » n’est pas une heure. Les heures vont de 00:00 à 23:59, par ex. 20:00 ou 20h.
date-needTime = Ajoutez l’heure, par ex. { $example }.
date-dateOnly = Ce champ attend un jour, sans heure.

sharing-heading = Partage (CalDAV)
sharing-intro = Partagez les calendriers des campagnes avec les partenaires via un serveur d’agenda que l’alliance utilise déjà (Nextcloud, Radicale, SOGo, Fastmail, iCloud). Ils voient et modifient les événements dans Thunderbird, Calendrier d’Apple ou leur téléphone ; leurs modifications reviennent ici à la synchronisation.
sharing-accounts = Comptes
sharing-noAccounts = Aucun compte pour l’instant. Ajoutez-en un avec l’adresse du serveur, votre nom d’utilisateur et votre mot de passe.
sharing-addHeading = Ajouter un compte
sharing-url = Adresse du serveur
sharing-urlHint = Par exemple https://cloud.example.org/remote.php/dav (Nextcloud) ou https://dav.example.org/.
sharing-user = Nom d’utilisateur
sharing-password = Mot de passe
sharing-passwordHint = Un mot de passe d’application si le serveur en propose. Il est gardé dans le trousseau du système, jamais dans la base de données.
sharing-test = Tester la connexion
sharing-testing = Connexion…
sharing-add = Ajouter le compte
sharing-adding = Ajout…
sharing-connected =
    { $count ->
        [one] Connecté : { $count } calendrier trouvé.
       *[other] Connecté : { $count } calendriers trouvés.
    }
sharing-added = Compte ajouté : { $user } sur { $url }.
sharing-savedInKeyring = Le mot de passe est enregistré dans le trousseau du système.
sharing-sessionOnlyNote = Le mot de passe est gardé en mémoire jusqu’à la fermeture de Campaign Desk ; il vous sera redemandé la prochaine fois.
sharing-noKeyringTitle = Aucun trousseau sur cet ordinateur
sharing-noKeyringBody = Campaign Desk ne garde les mots de passe que dans le trousseau du système, et cet ordinateur n’en a aucun d’utilisable ({ $reason }).
sharing-noKeyringOffer = Vous pouvez utiliser le mot de passe pour cette session seulement : il reste en mémoire et est oublié à la fermeture de Campaign Desk. Il n’est jamais écrit sur le disque.
sharing-useSessionOnly = Utiliser pour cette session seulement
sharing-sessionBadge = Cette session seulement
sharing-passwordMissing = Cet ordinateur n’a pas de trousseau : le mot de passe n’a été gardé que pour une session précédente. Saisissez-le de nouveau pour synchroniser pendant cette session :
sharing-calendarsFound = Calendriers sur le serveur
sharing-noCalendars = Aucun calendrier pour l’instant : partager une campagne peut en créer un.
sharing-showCalendars = Tester la connexion
sharing-remove = Retirer
sharing-removeTitle = Retirer ce compte ?
sharing-removeBody = Les campagnes partagées via { $user } sur { $url } cessent d’être synchronisées. Leurs événements restent ici, et les calendriers restent sur le serveur.
sharing-keyringKept = Le compte est retiré, mais son mot de passe n’a pas pu être effacé du trousseau : { $reason }
sharing-hint401 = Vérifiez le nom d’utilisateur et le mot de passe. Les serveurs avec connexion en deux étapes (Nextcloud, Fastmail, iCloud) demandent un mot de passe d’application, créé dans leurs paramètres de sécurité.
sharing-hintUnreachable = Vérifiez l’adresse et que cet ordinateur est connecté à Internet ; il se peut aussi que le serveur soit en panne.
sharing-hintCertificate = La connexion n’était pas sûre, donc rien n’a été envoyé. Vérifiez l’adresse, ou demandez à l’administrateur du serveur un certificat reconnu par votre système.
sharing-errorTitle = Connexion impossible

calShare-heading = Partager ce calendrier
calShare-intro = Les partenaires voient les événements de cette campagne dans leur propre application d’agenda, et leurs modifications reviennent ici.
calShare-noAccount = Ajoutez d’abord un compte CalDAV dans Paramètres → Partage.
calShare-openSettings = Ouvrir les Paramètres
calShare-account = Compte
calShare-calendar = Calendrier
calShare-createNew = Un nouveau calendrier nommé « { $name } »
calShare-loadingCalendars = Recherche des calendriers…
calShare-start = Partager
calShare-starting = Partage et envoi des événements…
calShare-sharedWith = Partagé dans
calShare-lastSynced = Dernière synchronisation
calShare-never = Pas encore
calShare-pending = Modifications en attente
calShare-inSync = Événements synchronisés
calShare-conflicts = Conflits
calShare-lastError = Dernier problème de synchronisation
calShare-syncNow = Synchroniser maintenant
calShare-syncing = Synchronisation… la fenêtre reste utilisable.
calShare-sending = Envoi de { $done } sur { $total } { $total ->
        [one] modification
       *[other] modifications
    } au serveur…
calShare-receiving = Réception de { $done } sur { $total } { $total ->
        [one] modification
       *[other] modifications
    } du serveur…
calShare-report = Envoyés : { $pushed } ; reçus : { $pulled } ; supprimés : { $deleted } ; nouveaux conflits : { $conflicts }.
calShare-reportErrors =
    { $count ->
        [one] { $count } élément n’a pas pu être synchronisé :
       *[other] { $count } éléments n’ont pas pu être synchronisés :
    }
calShare-stop = Arrêter le partage
calShare-stopTitle = Arrêter le partage de cette campagne ?
calShare-stopBody = Les modifications cessent de circuler dans les deux sens. Les événements restent ici, et le calendrier reste sur le serveur pour les partenaires qui l’utilisent.
calShare-resolveConflicts = Résoudre les conflits

conflicts-badge =
    { $count ->
        [one] { $count } conflit de synchronisation
       *[other] { $count } conflits de synchronisation
    }
conflicts-title = Conflits de synchronisation
conflicts-subtitle = Ces événements et tâches ont été modifiés ici et sur le serveur depuis la dernière synchronisation. Rien n’a été écrasé : choisissez la version à garder.
conflicts-none = Aucun conflit : tout ce qui est partagé est synchronisé.
conflicts-in = { $campaign } · détecté le { $when }
conflicts-mine = Ma version (cet ordinateur)
conflicts-theirs = Version du serveur
conflicts-deletedHere = Supprimé ici.
conflicts-deletedThere = Supprimé sur le serveur.
conflicts-unreadable = La version du serveur n’a pas pu être lue : { $reason }
conflicts-field-title = Titre
conflicts-field-time = Heure
conflicts-field-repeats = Répétition
conflicts-field-location = Lieu
conflicts-field-description = Description
conflicts-field-due = Échéance
conflicts-field-done = Faite
conflicts-allDay = toute la journée
conflicts-taskDone = Faite
conflicts-taskOpen = À faire
conflicts-empty = —
conflicts-keepMine = Garder la mienne
conflicts-keepTheirs = Garder celle du serveur
conflicts-keptMine = Votre version est gardée ; elle sera envoyée au serveur à la prochaine synchronisation.
conflicts-keptTheirs = La version du serveur est gardée.
conflicts-differs = diffère

## Chiffrement : la clé de récupération de l’écran d’accueil, l’écran de déverrouillage, Paramètres → Confidentialité
encryption-welcomeKeyring = Vos données sont chiffrées sur cet ordinateur ; leur clé est gardée dans le trousseau du système.
encryption-welcomePassphrase = Vos données sont chiffrées sur cet ordinateur avec votre phrase secrète.
encryption-recoveryTitle = Votre clé de récupération
encryption-recoveryLead = Si le trousseau de cet ordinateur perd un jour la clé, cette clé de récupération sera le seul moyen d’ouvrir vos données. Elle n’est affichée qu’une seule fois : notez-la ou enregistrez-la ailleurs que sur cet ordinateur.
encryption-copy = Copier
encryption-copied = Copiée dans le presse-papiers
encryption-saveFile = Enregistrer dans un fichier…
encryption-saveTitle = Enregistrer la clé de récupération
encryption-saved = Enregistrée dans { $path }
encryption-print = Imprimer
encryption-keptCheck = J’ai rangé la clé de récupération en lieu sûr
encryption-keptDone = Terminé
encryption-unlockTitle = Cette base de données est chiffrée
encryption-passphrase = Phrase secrète
encryption-recoveryKey = Clé de récupération
encryption-recoveryHint = 14 groupes de 4 lettres et chiffres, tels que vous les avez notés ; majuscules et tirets n’ont pas d’importance.
encryption-unlock = Ouvrir
encryption-unlocking = Ouverture…
encryption-useRecovery = Utiliser plutôt la clé de récupération
encryption-usePassphrase = Utiliser plutôt la phrase secrète
encryption-untouched = Rien n’est modifié dans le fichier tant qu’il n’est pas ouvert.
encryption-chooseTitle = Comment protéger cette nouvelle base de données ?
encryption-chooseLead = Campaign Desk chiffre sa base de données pour qu’un ordinateur perdu ou saisi ne révèle rien. Il garde la clé dans le trousseau du système, mais aucun trousseau n’est utilisable ici :
encryption-choosePassphrase = La protéger par une phrase secrète
encryption-choosePassphraseBody = Vous la saisirez à chaque démarrage de Campaign Desk. Au moins 12 caractères ; le plus simple est d’enchaîner quelques mots. Si elle est perdue, les données ne pourront plus être ouvertes.
encryption-passphraseAgain = Confirmer la phrase secrète
encryption-passphraseMismatch = Les deux phrases secrètes sont différentes.
encryption-createEncrypted = Créer une base de données chiffrée
encryption-choosePlain = Continuer sans chiffrement
encryption-choosePlainBody = Quiconque met la main sur cet ordinateur ou sur son disque peut y lire chaque nom, chaque numéro et chaque note. Vous pourrez chiffrer la base plus tard dans les Paramètres.
encryption-choosePlainCheck = Je comprends que les données ne seront pas chiffrées
encryption-createPlain = Créer une base de données non chiffrée
encryption-heading = Confidentialité et chiffrement
encryption-statePlain = Cette base de données n’est pas chiffrée : quiconque a accès à cet ordinateur ou à son disque peut la lire.
encryption-stateKeyring = Cette base de données et ses sauvegardes sont chiffrées. La clé est gardée dans le trousseau du système : la base s’ouvre sans rien demander.
encryption-statePassphrase = Cette base de données et ses sauvegardes sont chiffrées avec une phrase secrète, demandée à chaque démarrage.
encryption-stateKeyFile = Cette base de données et ses sauvegardes sont chiffrées. La clé est lue dans le fichier indiqué par CAMPAIGN_DESK_DB_KEY_FILE.
encryption-noKeyring = Aucun trousseau n’est utilisable ici ({ $reason }) : une phrase secrète est nécessaire.
encryption-encrypt = Chiffrer cette base de données
encryption-encryptWithPassphrase = Chiffrer avec une phrase secrète
encryption-encrypting = Chiffrement…
encryption-encrypted = La base de données est maintenant chiffrée.
encryption-newRecovery = Changer la clé et la clé de récupération
encryption-toPassphrase = Utiliser plutôt une phrase secrète
encryption-changePassphrase = Changer la phrase secrète
encryption-toKeyring = Garder plutôt la clé dans le trousseau
encryption-rekeyed = La base de données a une nouvelle clé. Les sauvegardes plus anciennes s’ouvrent toujours avec l’ancienne.
encryption-newPassphrase = Nouvelle phrase secrète
encryption-apply = Appliquer
encryption-rekeyTitle = Donner une nouvelle clé à la base de données ?
encryption-rekeyBody = La base de données est copiée avec une nouvelle clé, gardée dans le trousseau du système, et vous recevez une nouvelle clé de récupération. L’ancienne clé de récupération ne permettra plus de l’ouvrir (les sauvegardes faites auparavant en ont toujours besoin).
encryption-plainCopyRemoveBody = Supprimer { $path } ? Ce fichier contient tout ce qui existait avant le chiffrement, lisible par n’importe qui. La base de données chiffrée est d’abord vérifiée.
encryption-plainCopy = Le fichier non chiffré d’avant est toujours là : { $path }. Supprimez-le une fois que vous avez vérifié que tout est en place.
encryption-plainCopyRemove = Supprimer le fichier non chiffré
encryption-plainCopyRemoved = Supprimé : { $path }
encryption-plainBackups =
    { $count ->
        [one] { $count } sauvegarde a été faite avant le chiffrement et n’est pas chiffrée.
       *[other] { $count } sauvegardes ont été faites avant le chiffrement et ne sont pas chiffrées.
    }
backup-encrypted = Chiffrée
backup-plain = Non chiffrée
backup-keyLabel = Clé de récupération ou phrase secrète de la base de données d’origine
backup-keyHint = Cette sauvegarde est chiffrée avec une autre clé que celle de cette base de données.

## Subscribed calendars (read-only calendars from webcal:// and https:// links)
subscribe-button = S’abonner à un calendrier
subscribe-title = S’abonner à un calendrier
subscribe-intro = Le calendrier public d’un partenaire, lu depuis son lien et affiché à côté de vos événements dans sa propre couleur. Il reste en lecture seule : rien n’est renvoyé, et il n’est jamais exporté ni partagé comme le vôtre. Campaign Desk le relit toutes les quelques heures.
subscribe-url = Lien du calendrier
subscribe-urlHint = Commence par webcal:// ou https:// — dans Google Agenda, l’« adresse publique au format iCal ».
subscribe-name = Nom
subscribe-nameHint = Laissez vide pour reprendre le nom du calendrier.
subscribe-submit = S’abonner
subscribe-busy = Lecture du calendrier…
subscribe-offered = Vous avez ouvert un lien de calendrier. Vous y abonner ? Rien n’est lu avant que vous appuyiez sur S’abonner.
subscriptions-heading = Calendriers abonnés
subscriptions-events =
    { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }
subscriptions-lastRead = lu { $when }
subscriptions-problem = Lecture impossible { $when } : { $error }. Les événements affichés viennent de la dernière bonne copie.
subscriptions-refresh = Actualiser
subscriptions-refreshing = Actualisation…
subscriptions-remove = Retirer
subscriptions-removeHint = Retirer { $name } et ses événements du calendrier
subscriptions-from = Du calendrier abonné { $name } : lecture seule.
subscriptions-location = Lieu
subscriptions-notes = Notes

## CalDAV: changes a read-only calendar refused
calShare-refusedHeading = Modifications refusées par le serveur
calShare-refusedWhy = Ce calendrier est en lecture seule pour votre compte : ces modifications restent donc sur cet ordinateur seulement. Annulez une modification pour retrouver la version du calendrier.
calShare-refusedNew = Ajouté ici : { $title }
calShare-refusedEdited = Modifié ici : { $title }
calShare-refusedDeleted = Supprimé ici : { $title }
calShare-undo = Annuler ma modification
calShare-undoing = Annulation…
calShare-undoneRestored = La version du calendrier est rétablie.
calShare-undoneRemoved = Le nouvel événement est retiré : le calendrier ne l’a jamais eu.

## Qui vient : invitations, réponses et participation

rsvpAnswer-invited = Pas encore de réponse
rsvpAnswer-yes = Oui
rsvpAnswer-maybe = Peut-être
rsvpAnswer-no = Non
rsvpAnswer-no_answer = N’a pas répondu
attendance-unrecorded = —
attendance-came = A participé
attendance-absent = N’a pas participé
who-open = Réponses et participation…
who-invite = Inviter des organisations et des personnes…
who-section = Qui vient
who-title = Qui vient : { $title }
who-scope = Quelles occurrences
who-scope-this = Cette occurrence
who-scope-all = Toutes les occurrences
who-suggested = Pas encore invitées :
who-inviteCoOrganisers = Inviter les { $count } organisations co-organisatrices
who-add = Inviter une organisation ou une personne
who-addPlaceholder = Tapez un nom…
who-addNone = Personne d’autre de ce nom dans l’annuaire
who-kind-person = Personne
who-kind-organisation = Organisation
who-empty = Personne n’est encore invité. Invitez les organisations co-organisatrices ci-dessus, ou qui vous voulez dans l’annuaire.
who-col-who = Qui
who-col-answer = Réponse
who-col-came = Participation
who-col-notes = Notes
who-fromSeries = réponse pour toutes les occurrences
who-answerFor = Réponse de { $name }
who-cameFor = Participation de { $name }
who-notesFor = Notes sur { $name }
who-attendanceNeedsOccurrence = La participation s’enregistre occurrence par occurrence : choisissez « Cette occurrence ».
who-remove = Retirer
who-removeFromSeries = Retirer de toutes les occurrences
who-removeName = Retirer { $name }
who-removeTitle = Retirer { $name } ?
who-removeBody = La réponse, la présence et les notes de { $name } pour cette date seront perdues.
who-removeSeriesBody = L’invitation de { $name } vaut pour toutes les dates : la retirer ici la retire de toutes, avec ses réponses.
who-followUp =
    { $count ->
        [one] Sans réponse : { $count } invitation
       *[other] Sans réponse : { $count } invitations
    }
who-noContact = ni courriel ni téléphone dans l’annuaire
who-copyFollowUp = Copier les noms et les contacts
who-copied = Copié
who-count-invited =
    { $count ->
        [one] { $count } invitation
       *[other] { $count } invitations
    }
who-count-yes = { $count } oui
who-count-maybe = { $count } peut-être
who-count-no = { $count } non
who-count-waiting = { $count } en attente de réponse
who-count-noAnswer =
    { $count ->
        [one] { $count } n’a pas répondu
       *[other] { $count } n’ont pas répondu
    }
who-count-came =
    { $count ->
        [one] { $count } a participé
       *[other] { $count } ont participé
    }
who-count-didNotCome =
    { $count ->
        [one] { $count } n’a pas participé
       *[other] { $count } n’ont pas participé
    }
who-reminders = Rappels à envoyer
who-remindersAs = Rédigés pour
who-message = Message d’invitation
who-messageHint = Rédigé d’après les modèles d’annonce, avec l’heure à l’horloge de chaque invité. Copiez-le dans un courriel ou une messagerie.
who-remindersNone = Aucun rappel à envoyer : personne parmi les invités n’est encore attendu.
who-reminder-day = la veille
who-reminder-hour = une heure avant
who-reminderDue = à envoyer le { $time } à { $city }
who-reminderSent = Envoyé
who-copy = Copier
who-files = Invitations par fichier d’agenda
who-organizer = Courriel de l’organisateur dans l’invitation
who-organizerPlaceholder = Vide : celui de l’organisation principale
who-icsSave = Enregistrer l’invitation (.ics)…
who-icsSaveTitle = Enregistrer l’invitation
who-icsSaved =
    { $count ->
        [one] Enregistrée : une invitation de { $organizer } à { $count } invité, pour toutes les occurrences.
       *[other] Enregistrée : une invitation de { $organizer } à { $count } invités, pour toutes les occurrences.
    }
who-icsWithoutEmail = Absents, faute de courriel dans l’annuaire : { $names }.
who-replyImport = Importer une réponse (.ics)…
who-replyTitle = Choisir la réponse à une invitation
who-replyRecorded = { $name } : { $answer }.
who-campaignHeading = Qui vient
who-campaignTotals =
    { $count ->
        [one] Sur son { $count } événement :
       *[other] Sur ses { $count } événements :
    }
who-campaignNone = Personne n’est encore invité aux événements de cette campagne. Ouvrez un événement et choisissez « Qui vient ».
who-campaignOccurrences =
    { $count ->
        [one] Compté sur { $count } occurrence, chaque invité une fois.
       *[other] Compté sur { $count } occurrences, chaque invité une fois dans chacune.
    }
# Polls (issue #18): find a time's poll mode
poll-button = Sondages
poll-title = Sondages
poll-none = Aucun sondage pour l’instant. Dans « Trouver un créneau », cochez deux ou trois suggestions et lancez un sondage.
poll-open = Ouvert
poll-closed = Clos
poll-campaign = Campagne : { $title }
poll-organisation = Organisation
poll-total = Réponses
poll-answer-yes = Oui
poll-answer-ifNeedBe = Si nécessaire
poll-answer-no = Non
poll-noAnswer = Pas de réponse
poll-answerFor = Réponse de { $org } pour { $time }
poll-counts = { $yes } oui · { $maybe } si nécessaire · { $no } non
poll-winner = Retenu
poll-chosen = Choisi
poll-leads = Créneau retenu : { $time } — { $rule }.
poll-chosenOn = Choisi : { $time }.
poll-waiting = Pas encore de réponse : notez la réponse de chaque organisation pour chaque créneau.
poll-rule-mostYes = le plus de oui
poll-rule-fewestNo = autant de oui qu’un autre créneau, le moins de non
poll-rule-mostIfNeedBe = égalité sur les oui et les non, le plus de « si nécessaire »
poll-rule-earliest = égalité partout, donc le plus tôt
poll-rule-only = le seul créneau avec des réponses
poll-howWinner = Le créneau retenu a le plus de oui, puis le moins de non, puis le plus de « si nécessaire », puis c’est le plus tôt.
poll-createEvent = Créer l’événement
poll-eventMade = Ce sondage est devenu un événement : retrouvez-le dans le calendrier.
poll-delete = Supprimer le sondage
poll-deleteTitle = Supprimer le sondage ?
poll-deleteBody = Supprimer « { $title } » avec les réponses de toutes les organisations ? L’événement créé à partir de ce sondage reste dans le calendrier.
findTime-addToPoll = Sondage
findTime-addToPollTitle = Soumettre ce créneau à un sondage (trois au plus)
findTime-pollTitle = Titre du sondage
findTime-pollDefaultTitle = Réunion de coordination
findTime-startPoll = { $count ->
    [one] Lancer un sondage sur { $count } créneau
   *[other] Lancer un sondage sur { $count } créneaux
}
findTime-pollNeedsOrgs = Un sondage interroge des organisations : choisissez-en au moins une ci-dessus.
findTime-pollPickTwo = Cochez deux ou trois suggestions sous « Sondage » pour demander aux organisations lequel leur convient.
