### Briefe je Empfänger (`noticegen build --recipients DATEI.csv`): der Adressblock und die
### betroffenen Geräte des Empfängers. Ersetzen Sie sie durch Ihre eigenen Worte.

## Adressblock (oben auf Seite 1)
# $account: die Kundennummer.
recipient-account = Kundennummer: { $account }
# $contact: die Person, an die der Brief gerichtet ist.
recipient-attention = Zu Händen von: { $contact }

## Die Geräte des Empfängers (nach der Tabelle der betroffenen Produkte)
# $organisation: der Name der Einrichtung des Kunden.
recipient-devices-caption = An { $organisation } gelieferte betroffene Geräte
recipient-devices-intro = Laut unseren Unterlagen wurden die unten aufgeführten Geräte an Ihre Einrichtung geliefert. Bitte gleichen Sie sie mit Ihrem Bestand ab und melden Sie Abweichungen im Rückantwortformular.
recipient-col-product = Produkt
recipient-col-lots = Chargennummern
recipient-col-serials = Seriennummern
recipient-col-quantity = Anzahl
