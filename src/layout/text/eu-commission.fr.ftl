### Textes du modèle d'avis de sécurité (FSN) de la Commission européenne (décembre 2018,
### MEDDEV 2.12/1 rev 8), communs à tous les avis mis en page avec `template: eu-commission` (français).
### review-status: unreviewed

## En-tête
eu-title = Avis de sécurité urgent (FSN)
eu-commercial-name = Nom commercial
eu-fsca-reference = Référence de la FSCA
eu-action-type = Type de mesure
eu-date = Date
eu-attention = À l'attention de

## 1. Informations sur les dispositifs concernés
eu-section-devices = Informations sur les dispositifs concernés
eu-device-type = Type(s) de dispositif
eu-devices-table = Nom(s) commercial(aux), numéro(s) de modèle / de catalogue / de référence, UDI-DI, version du logiciel, numéros de série ou de lot
eu-clinical-purpose = Finalité clinique principale du ou des dispositifs
eu-associated = Dispositifs associés

## 2. Motif de la FSCA
eu-section-reason = Motif de la mesure corrective de sécurité (FSCA)
eu-problem = Description du problème lié au produit
eu-hazard = Danger à l'origine de la FSCA
eu-probability = Probabilité de survenue du problème
eu-risk = Risque prévu pour les patients/utilisateurs
eu-further-information = Informations complémentaires permettant de caractériser le problème
eu-background = Contexte du problème
eu-other-information = Autres informations pertinentes pour la FSCA

## 3. Type de mesure visant à atténuer le risque
eu-section-action = Type de mesure visant à atténuer le risque
eu-user-actions = Mesure à prendre par l'utilisateur
eu-user-action-identify = Identifier le dispositif
eu-user-action-quarantine = Mettre le dispositif en quarantaine
eu-user-action-return = Retourner le dispositif
eu-user-action-destroy = Détruire le dispositif
eu-user-action-modify = Modification/inspection du dispositif sur site
eu-user-action-patient-follow-up = Suivre les recommandations relatives à la prise en charge des patients
eu-user-action-review-results = Réexaminer les résultats antérieurs (dispositifs médicaux de diagnostic in vitro)
eu-user-action-amended-instructions = Prendre connaissance de la modification/du renforcement de la notice d'utilisation (IFU)
eu-user-action-other = Autre
eu-user-action-none = Aucune
eu-user-deadline = Dans quel délai la mesure doit-elle être achevée ?
eu-reply-required = Une réponse du client est-elle requise ?
eu-reply-form-attached = Oui : le formulaire de réponse est joint. Veuillez le renvoyer au plus tard le :
eu-manufacturer-actions = Mesure prise par le fabricant
eu-manufacturer-action-removal = Retrait du produit
eu-manufacturer-action-modify = Modification/inspection du dispositif sur site
eu-manufacturer-action-software-upgrade = Mise à niveau du logiciel
eu-manufacturer-action-ifu-change = Modification de la notice d'utilisation ou de l'étiquetage
eu-manufacturer-action-other = Autre
eu-manufacturer-action-none = Aucune
eu-manufacturer-deadline = Dans quel délai la mesure doit-elle être achevée ?
eu-inform-patients = Le FSN doit-il être communiqué au patient/à l'utilisateur profane ?
eu-patient-information = Dans l'affirmative, le fabricant a-t-il fourni des informations complémentaires adaptées au patient/à l'utilisateur profane dans une lettre/fiche d'information destinée aux patients, aux profanes ou aux utilisateurs non professionnels ?

## 4. Informations générales
eu-section-general = Informations générales
eu-fsn-type = Type de FSN
eu-fsn-type-new = Nouveau
eu-fsn-type-update = Mise à jour d'un FSN
eu-previous = Pour un FSN mis à jour, numéro de référence et date du FSN précédent
eu-key-new-information = Pour un FSN mis à jour, principales informations nouvelles
eu-follow-up-expected = D'autres conseils ou informations sont-ils déjà prévus dans un FSN de suivi ?
eu-follow-up-when = Si un FSN de suivi est prévu, quand les conseils complémentaires sont-ils attendus ?
eu-manufacturer = Informations sur le fabricant
eu-company-name = Nom de la société
eu-address = Adresse
eu-website = Adresse du site web
eu-srn = Numéro d'enregistrement unique (SRN)
eu-authority-informed = L'autorité compétente (de réglementation) de votre pays a été informée de la présente communication aux clients.
eu-attachments = Liste des pièces jointes/annexes
eu-signature = Nom/signature

## Transmission du présent avis de sécurité
eu-transmission-heading = Transmission du présent avis de sécurité
eu-transmission-1 = Le présent avis doit être transmis à toutes les personnes qui doivent en avoir connaissance au sein de votre organisation ou à toute organisation à laquelle les dispositifs potentiellement concernés ont été transférés.
eu-transmission-2 = Veuillez transmettre le présent avis aux autres organisations concernées par cette mesure.
eu-transmission-3 = Veuillez garder à l'esprit le présent avis et la mesure qui en découle pendant une période appropriée afin de garantir l'efficacité de la mesure corrective.
eu-transmission-4 = Veuillez signaler tout incident lié au dispositif au fabricant, au distributeur ou au représentant local et, le cas échéant, à l'autorité nationale compétente, car cela constitue un retour d'information important.

## Éléments vides
eu-not-applicable = Sans objet
eu-none-given = —

## Formulaires de réponse (client et distributeur/importateur), libellés communs
eu-form-customer-title = Avis de sécurité — Formulaire de réponse du client
eu-form-customer-intro = Remplissez ce formulaire pour confirmer que vous avez reçu l'avis de sécurité identifié à la section 1 et effectué les mesures qu'il demande, puis renvoyez-le à { $manufacturer } comme indiqué à la section 4.
eu-form-distributor-title = Avis de sécurité — Formulaire de réponse du distributeur/importateur
eu-form-distributor-intro = Remplissez ce formulaire pour confirmer que vous avez reçu l'avis de sécurité identifié à la section 1 et que vous l'avez transmis à vos clients, puis renvoyez-le à { $manufacturer }, accompagné de la liste des clients informés, comme indiqué à la section 4.

eu-form-section-fsn = 1. Informations sur l'avis de sécurité (FSN)
eu-form-fsn-reference = Numéro de référence du FSN
eu-form-fsn-date = Date du FSN
eu-form-device-name = Nom du produit/dispositif
eu-form-product-codes = Code(s) produit
eu-form-batch-serial = Numéro(s) de lot/série

eu-form-section-customer = 2. Coordonnées du client
eu-form-section-distributor = 2. Coordonnées du distributeur/importateur
eu-form-account-number = Numéro de compte client
eu-form-organisation-name = Nom de l'établissement de santé
eu-form-organisation-address = Adresse de l'établissement
eu-form-department = Service/unité
eu-form-shipping-address = Adresse de livraison, si différente
eu-form-contact-name = Nom du contact
eu-form-contact-title = Titre ou fonction
eu-form-phone = Numéro de téléphone
eu-form-email = Adresse e-mail

eu-form-section-customer-action = 3. Mesures prises par le client pour le compte de l'établissement de santé
eu-form-section-distributor-action = 3. Mesures prises par le distributeur/importateur
eu-form-received = Je confirme avoir reçu l'avis de sécurité, et l'avoir lu et compris.
eu-form-actions-performed = J'ai effectué les mesures demandées dans l'avis de sécurité.
eu-form-users-informed = Les informations et les mesures requises ont été portées à l'attention de tous les utilisateurs concernés.
eu-form-devices-on-site = Dispositifs concernés présents sur site
eu-form-devices-hint = Cochez chaque dispositif concerné présent sur votre site et indiquez la quantité et les numéros de série.
eu-form-quantity = Quantité
eu-form-serials = Numéros de série
eu-form-question = J'ai une question, veuillez me contacter.
eu-form-question-details = Votre question
eu-form-dist-identified = J'ai identifié les clients qui ont reçu ou sont susceptibles d'avoir reçu les dispositifs concernés (liste des clients jointe).
eu-form-dist-informed = J'ai informé les clients identifiés du présent avis de sécurité.
eu-form-dist-confirmations = J'ai reçu les formulaires de réponse de tous les clients informés.
eu-form-dist-stock = Dispositifs concernés en stock
eu-form-dist-stock-hint = Cochez chaque dispositif concerné que vous détenez en stock et indiquez la quantité et les numéros de série.
eu-form-print-name = Nom en capitales d'imprimerie
eu-form-signature = Signature
eu-form-date = Date

eu-form-section-return = 4. Renvoi de l'accusé de réception à l'expéditeur
