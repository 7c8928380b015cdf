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

## Común a las cartas: etiquetas de tablas, saludo, notificación de eventos adversos
col-product = Producto
col-ref = Número de catálogo
detail-product = Nombre del producto
detail-catalogue = Número de catálogo
detail-recall-id = Número de retiro
greeting = Estimado cliente:
fda-reporting = Las reacciones adversas o los problemas de calidad con el uso de este producto pueden notificarse al programa MedWatch de la FDA en línea, por correo postal o por fax.
