## Les messages du cœur, en français (référence : ../en/core.ftl ; vocabulaire : GLOSSARY.md).
## Gardez chaque identifiant et chaque { $variable } tels quels. Une { $value } cite ce que la personne a saisi.

## Contrôles des champs communs à tous les formulaires

core-empty = ne doit pas être vide
core-too-long = est trop long ({ $count } caractères, { $max } au plus)
core-not-email = « { $value } » n’est pas une adresse e-mail (attendu : nom@exemple.org)
core-not-url = « { $value } » n’est pas une adresse web (attendu : https://exemple.org)
core-country-did-you-mean = « { $value } » n’est pas un code de pays ; vouliez-vous dire { $code } ({ $name }) ?
core-country-unknown = « { $value } » n’est pas un code de pays : utilisez le code ISO 3166 à deux lettres (p. ex. PH pour les Philippines, NZ pour la Nouvelle-Zélande)
core-zone-empty = ne doit pas être vide (un fuseau horaire IANA comme Asia/Manila)
core-zone-did-you-mean = « { $value } » n’est pas un fuseau horaire — vouliez-vous dire { $suggestion } ?
core-zone-unknown = « { $value } » n’est pas un fuseau horaire (attendu : un nom IANA comme Asia/Manila)
core-not-date = « { $value } » n’est pas une date (attendu : AAAA-MM-JJ)
core-not-local-datetime = « { $value } » n’est pas une date et une heure locales (attendu : AAAA-MM-JJTHH:MM)
core-not-colour = « { $value } » n’est pas une couleur (attendu : #rrvvbb, p. ex. #2f6fdb)
