### Lettres par destinataire (`noticegen build --recipients FICHIER.csv`) : le bloc d'adresse et
### les instruments visés du destinataire. Remplacez-les par vos propres termes.

## Bloc d'adresse (haut de la page 1)
# $account : le numéro de compte du client.
recipient-account = Numéro de compte : { $account }
# $contact : la personne à qui la lettre est adressée.
recipient-attention = À l'attention de : { $contact }

## Les instruments du destinataire (après le tableau des produits visés)
# $organisation : le nom de l'organisation du client.
recipient-devices-caption = Instruments visés livrés à { $organisation }
recipient-devices-intro = Selon nos dossiers, les instruments ci-dessous ont été livrés à votre organisation. Veuillez les comparer à votre inventaire et signaler tout écart dans le formulaire de réponse.
recipient-col-product = Produit
recipient-col-lots = Numéros de lot
recipient-col-serials = Numéros de série
recipient-col-quantity = Quantité
