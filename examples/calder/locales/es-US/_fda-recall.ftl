### Texto estándar de la carta de retiro de EE. UU. (`template: fda-recall`) en español de EE. UU.

## La marca en la parte superior de la carta
fda-marking-recall = URGENTE: RETIRO DE UN DISPOSITIVO MÉDICO
fda-marking-correction = URGENTE: CORRECCIÓN DE UN DISPOSITIVO MÉDICO
fda-marking-removal = URGENTE: REMOCIÓN DE UN DISPOSITIVO MÉDICO

## Encabezados de sección
fda-reason = Motivo del retiro
fda-hazard = Riesgo para la salud
fda-instructions = Medidas que debe tomar el cliente
fda-sub-recall = Si distribuyó este producto a otros
fda-respond = Respuesta

## Respuesta
fda-respond-deadline = Complete el formulario de respuesta adjunto y devuélvalo en un plazo de <b>{ $days } días</b> a partir de la recepción de esta carta, aunque no tenga producto afectado.
fda-respond-fax = Fax
fda-respond-email = Correo electrónico
fda-respond-mail = Correo postal
