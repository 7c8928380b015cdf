### Texto común de las cartas de Calder Diagnostics.

## Pie de página
footer-company = © { $year } Calder Diagnostics, Inc. · { $document } · Versión { $version }
footer-page = Página { $page } de { $pages }
draft-mark = BORRADOR

## Contactos
contact-service = Servicio al cliente:
contact-hours = De lunes a viernes, de 8 a. m. a 6 p. m. (hora del Este)
contact-phone = Teléfono
contact-fax = Fax
contact-web = Web

## Firmantes
title-regulatory = Directora de Asuntos Regulatorios

## Carta
closing = Atentamente,
udi-not-applicable = n/a

## Formularios
yes = Sí
no = No
form-not-applicable = No corresponde
form-date-format = mm/dd/yyyy
