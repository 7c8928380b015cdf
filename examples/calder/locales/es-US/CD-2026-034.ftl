### CD-2026-034: corrección del software de un medidor, en el orden propio de la carta.

corr-title = Medidor CalderCheck, versión de software 3.2.0
corr-subject = El medidor puede mostrar el resultado anterior después de un corte de energía
corr-product-meter = Medidor de glucosa en sangre CalderCheck
corr-col-software = Versión de software
corr-detail-software = Versión de software afectada

corr-intro = Calder Diagnostics corrige el software del medidor CalderCheck indicado arriba. Puede seguir usando el medidor una vez actualizado.
corr-heading-reason = Motivo de la corrección y riesgo para la salud
corr-reason = Tras un corte de energía durante una prueba, la versión 3.2.0 puede mostrar el resultado anterior en lugar de un error. Actuar según un resultado antiguo podría retrasar el tratamiento. No hemos recibido informes de lesiones.
corr-heading-actions = Lo que debe hacer
corr-step-update = Conecte cada medidor a la aplicación CalderSync; esta instala automáticamente la versión 3.2.1.
corr-step-check = Hasta que un medidor esté actualizado, repita toda prueba que siga a un corte de energía.
