### Textes communs à tous les avis de ce projet. Remplacez-les par les termes de votre entreprise.

## En-tête et pied de page (ils peuvent utiliser $notice, $document, $version, $year, $page, $pages)
header-reference = { $notice } · { $document } · Version { $version }
header-page = Page { $page } de { $pages }
footer-company = © { $year } Example Company Ltd.
footer-page = Page { $page } de { $pages }
draft-mark = ÉBAUCHE

## Coordonnées
contact-support = Soutien :
contact-phone = Téléphone
contact-fax = Télécopieur
contact-web = Web

## Signataires
title-quality-manager = Responsable de la qualité

## Lettre
greeting = Madame, Monsieur,
closing = Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
udi-not-applicable = s.o.

## Formulaires
yes = Oui
no = Non
form-not-applicable = Sans objet
# Format des champs de date (d, dd, m, mm, mmm, yyyy) ; non imprimé.
form-date-format = dd-mmm-yyyy
