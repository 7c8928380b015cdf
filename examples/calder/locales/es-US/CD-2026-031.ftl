### CD-2026-031: tiras reactivas de glucosa que pueden dar lecturas altas.

marking-urgent = URGENTE: RETIRO DE UN DISPOSITIVO MÉDICO
title-recall = Tiras reactivas de glucosa CalderCheck
title-subject = Las tiras pueden dar resultados de glucosa en sangre falsamente altos

product-strips = Tiras reactivas de glucosa CalderCheck, 50 unidades

detail-action = Tipo de acción
detail-action-value = Retiro: deje de usar y deseche los lotes afectados
detail-first-shipped = Primer envío de los lotes

lots-caption = Lotes afectados y fechas de vencimiento
col-lot = Lote
col-expiry = Fecha de vencimiento

attention = A la atención de: coordinador de pruebas en el punto de atención y director del laboratorio
intro = Calder Diagnostics retira voluntariamente los lotes de tiras reactivas de glucosa CalderCheck indicados arriba. Esta carta explica el motivo y lo que debe hacer.

heading-problem = Motivo del retiro
problem = Nuestras pruebas mostraron que las tiras de estos lotes pueden dar lecturas hasta un 18 % más altas que el valor real de glucosa en sangre cuando la muestra está por debajo de 70 mg/dL.
risk = Un resultado falsamente alto podría retrasar el tratamiento de un nivel bajo de azúcar en sangre (hipoglucemia). No hemos recibido informes de lesiones.

heading-actions = Lo que debe hacer
step-check = Revise su inventario para ver si tiene los lotes indicados arriba.
step-stop = Deje de usar de inmediato las tiras de estos lotes.
step-discard = Deseche las tiras afectadas; Servicio al cliente le enviará tiras de reemplazo sin costo.
step-forward = Si entregó estas tiras a otros centros, reenvíeles esta carta.
