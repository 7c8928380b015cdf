### MX-FSCA-2025-07 — Dringende Sicherheitsinformation (Quelltext, Deutsch).

title-fsn = Dringende Sicherheitsinformation
title-subject = Abweichende Kalibratorwerte bei MX TSH und MX fT4

attention = An: Laborleitung und Qualitätsbeauftragte

## Produkte
product-tsh = MX TSH Immunoassay (96 Tests)
product-ft4 = MX fT4 Immunoassay (96 Tests)
products-caption = Tabelle 1: Betroffene Produkte
col-product = Produkt
col-ref = REF
col-udi = UDI-DI
col-lots = Chargen
lots-see-table = siehe Tabelle 2
lots-caption = Tabelle 2: Betroffene Chargen
col-lot = Charge
col-expiry = Verwendbar bis
col-quantity = Ausgelieferte Tests

## Brief
intro = Medixa Diagnostik informiert Sie über eine Korrekturmaßnahme im Feld für die unten genannten Chargen der Immunoassays MX TSH und MX fT4.
heading-problem = Beschreibung des Problems
problem-1 = Bei internen Stabilitätsprüfungen wurde festgestellt, dass der Kalibrator 3 der betroffenen Chargen einen um bis zu 12 % zu hohen Sollwert trägt.
problem-2 = Patientenergebnisse im oberen Messbereich können dadurch zu niedrig ausfallen. Andere Chargen sind nicht betroffen.
heading-risk = Risiko für Patienten
risk-1 = Ein zu niedriges Ergebnis kann eine Überfunktion der Schilddrüse verdecken. Die Wahrscheinlichkeit eines Schadens wird als gering eingeschätzt, da Ergebnisse im Grenzbereich üblicherweise wiederholt werden.
heading-actions = Maßnahmen durch den Anwender
step-1 = Prüfen Sie Ihren Bestand anhand von Tabelle 2 und kennzeichnen Sie betroffene Packungen.
step-2 = Laden Sie die korrigierten Kalibratorwerte herunter und kalibrieren Sie neu, bevor Sie die Charge weiterverwenden.
step-3 = Beurteilen Sie, ob seit dem 1. April 2025 gemessene Ergebnisse über 4,0 mIU/l erneut bestimmt werden sollten.
pass-on = Bitte leiten Sie diese Information an alle Personen in Ihrer Einrichtung weiter, die die betroffenen Produkte verwenden, und an jede Einrichtung, an die Sie Produkte weitergegeben haben.
authority = Die zuständige Bundesoberbehörde (BfArM) wurde über diese Maßnahme informiert.

## Rückantwortformular
form-title = Rückantwortformular
form-intro = Bitte senden Sie dieses Formular innerhalb von 14 Tagen an service@medixa-diagnostik.example zurück, auch wenn Sie keine betroffenen Produkte vorrätig haben.
form-customer = Kunde
form-organisation = Einrichtung:
form-name = Name:
form-read = Ich habe die Sicherheitsinformation { $notice } gelesen und verstanden.
form-stock = Betroffene Produkte an Lager:
form-col-quantity = Anzahl Packungen
form-signature = Unterschrift:
form-date = Datum (TT.MM.JJJJ):
