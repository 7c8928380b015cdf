### Boilerplate shared by every notice (Spanish).

## Page marking and title lines
marking-recall = Retirada
title-quality-notice = Notificación de calidad
title-urgent-recall = Retirada urgente de producto sanitario
title-urgent-fsn = Aviso urgente de seguridad
greeting = Estimado cliente:
udi-not-applicable = N/A

## Section headings
heading-summary = Resumen del problema
heading-manufacturer-actions = Medidas tomadas por Illumina
heading-customer-actions = Medidas que debe adoptar el cliente
heading-why = Por qué ha recibido esta notificación

## Letter closing
closing = Atentamente,

## Footer on every page
contact-tech-support = Asistencia técnica:
contact-customer-care = Atención al cliente:
footer-copyright = © { $year } Illumina, Inc. Todos los derechos reservados. Todas las marcas comerciales pertenecen a Illumina, Inc. o a sus respectivos propietarios. Para obtener información específica sobre las marcas comerciales, consulte www.illumina.com/company/legal.html.
footer-reference = { $notice } ESP ({ $document })
footer-page = Página { $page } de { $pages }
footer-ivd = Para uso diagnóstico <i>in vitro</i>. No disponible en todos los países o regiones.
draft-mark = BORRADOR

## Verification form
form-title = Formulario de acuse de recibo
form-company-name = Nombre de la empresa
form-person-info = Información de la persona que ha cumplimentado el formulario
form-name = Nombre:
form-job-title = Cargo:
form-date-placeholder = DD-MMM-AAAA
form-date = Fecha ({ form-date-placeholder }):
# The format of the reply form's date fields, as the placeholder above shows it: viewers
# check and tidy a typed date with it, and `replies collect` reads dates with it. Not printed.
# d or dd (day), m, mm or mmm (month; mmm: Jan, Feb... in English), yyyy (year), separators.
form-date-format = dd-mmm-yyyy
form-customer-responses = Respuestas por parte del cliente
form-distributor-responses = Respuestas por parte del distribuidor/importador
form-not-applicable = No aplicable
form-dist-identified = He identificado a los clientes que han recibido o podrían haber recibido el producto.
form-dist-informed = He informado a los clientes identificados de esta retirada.
form-informed-users = La información se ha puesto en conocimiento de todos los usuarios pertinentes.
yes = Sí
no = No
