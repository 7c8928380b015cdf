### FSN-0001 — der Text Ihrer ersten Mitteilung. Ersetzen Sie ihn durch Ihren eigenen.

title-notice = Dringende Sicherheitsinformation
title-subject = Betreff der Mitteilung
product-device-a = Beispielgerät A
products-caption = Tabelle 1: Betroffene Produkte
col-product = Produkt
col-ref = REF
col-lots = Chargen

intro = Wir informieren Sie über eine Sicherheitskorrekturmaßnahme im Feld für das unten genannte Produkt.
heading-problem = Beschreibung des Problems
problem = Beschreiben Sie hier das Problem, die Gefährdung und das Risiko für Patienten und Anwender.
heading-actions = Maßnahmen durch den Anwender
step-1 = Prüfen Sie Ihren Bestand auf die betroffenen Chargen.
step-2 = Füllen Sie das Rückantwortformular aus und senden Sie es innerhalb von 10 Tagen zurück.

form-title = Rückantwortformular
form-intro = Bitte senden Sie dieses Formular innerhalb von 10 Tagen an support@example.com zurück.
form-customer = Kunde
form-organisation = Einrichtung:
form-name = Name:
form-read = Ich habe die Sicherheitsinformation { $notice } gelesen und verstanden.
form-stock = Betroffene Produkte an Lager:
form-col-quantity = Anzahl
form-signature = Unterschrift:
form-date = Datum (TT.MM.JJJJ):

# Die E-Mail eines Briefs je Empfänger (build --recipients DATEI.csv --email): was zu tun ist, kurz.
email-summary = Bitte prüfen Sie Ihren Bestand auf die in der Mitteilung genannten betroffenen Chargen, befolgen Sie die beschriebenen Schritte und senden Sie das Antwortformular zurück.
