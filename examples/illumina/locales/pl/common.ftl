### review-status: drafted
### Drafted from the English source; not yet reviewed by a native translator.

## Page marking and title lines
marking-recall = Wycofanie
title-quality-notice = Powiadomienie dotyczące jakości
title-urgent-recall = Pilne wycofanie wyrobu medycznego
title-urgent-fsn = Pilna notatka bezpieczeństwa
greeting = Szanowni Państwo,
udi-not-applicable = nie dotyczy

## Section headings
heading-summary = Podsumowanie problemu
heading-manufacturer-actions = Działania firmy Illumina
heading-customer-actions = Działania wymagane od klienta
heading-why = Dlaczego otrzymują Państwo to powiadomienie

## Letter closing
closing = Z poważaniem

## Footer on every page
contact-tech-support = Pomoc techniczna:
contact-customer-care = Obsługa klienta:
footer-copyright = © { $year } Illumina, Inc. Wszelkie prawa zastrzeżone. Wszystkie znaki towarowe są własnością firmy Illumina, Inc. lub ich odpowiednich właścicieli. Szczegółowe informacje na temat znaków towarowych można znaleźć na stronie www.illumina.com/company/legal.html.
footer-reference = { $notice } ({ $document })
footer-page = Strona { $page } z { $pages }
footer-ivd = Do stosowania w diagnostyce <i>in vitro</i>. Produkt nie jest dostępny we wszystkich krajach ani regionach.
draft-mark = PROJEKT

## Verification form
form-title = Formularz weryfikacji
form-company-name = Nazwa firmy
form-person-info = Dane osoby, która wypełniła formularz
form-name = Imię i nazwisko:
form-job-title = Stanowisko:
form-date-placeholder = DD-MMM-RRRR
form-date = Data ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Odpowiedzi klienta
form-distributor-responses = Odpowiedzi dystrybutora/importera
form-not-applicable = Nie dotyczy
form-dist-identified = Zidentyfikowałem(-am) klientów, którzy otrzymali lub mogli otrzymać produkt, którego dotyczy problem.
form-dist-informed = Poinformowałem(-am) zidentyfikowanych klientów o tym wycofaniu.
form-informed-users = Informacje zostały przekazane do wiadomości wszystkich właściwych użytkowników.
yes = Tak
no = Nie
