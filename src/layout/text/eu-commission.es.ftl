### Textos de la plantilla de nota de aviso de seguridad (FSN) de la Comisión Europea (diciembre de 2018,
### MEDDEV 2.12/1 rev 8), comunes a todas las notas maquetadas con `template: eu-commission` (español).
### review-status: unreviewed

## Encabezado
eu-title = Nota de aviso de seguridad urgente (FSN)
eu-commercial-name = Nombre comercial
eu-fsca-reference = Referencia de la FSCA
eu-action-type = Tipo de acción
eu-date = Fecha
eu-attention = A la atención de

## 1. Información sobre los productos afectados
eu-section-devices = Información sobre los productos afectados
eu-device-type = Tipo(s) de producto
eu-devices-table = Nombre(s) comercial(es), número(s) de modelo / catálogo / referencia, UDI-DI, versión del software, números de serie o de lote
eu-clinical-purpose = Finalidad clínica principal del producto o productos
eu-associated = Productos asociados

## 2. Motivo de la FSCA
eu-section-reason = Motivo de la acción correctiva de seguridad en campo (FSCA)
eu-problem = Descripción del problema del producto
eu-hazard = Peligro que ha dado lugar a la FSCA
eu-probability = Probabilidad de que se produzca el problema
eu-risk = Riesgo previsto para los pacientes/usuarios
eu-further-information = Información adicional que ayude a caracterizar el problema
eu-background = Antecedentes del problema
eu-other-information = Otra información pertinente para la FSCA

## 3. Tipo de acción para mitigar el riesgo
eu-section-action = Tipo de acción para mitigar el riesgo
eu-user-actions = Acción que debe adoptar el usuario
eu-user-action-identify = Identificar el producto
eu-user-action-quarantine = Poner el producto en cuarentena
eu-user-action-return = Devolver el producto
eu-user-action-destroy = Destruir el producto
eu-user-action-modify = Modificación/inspección del producto in situ
eu-user-action-patient-follow-up = Seguir las recomendaciones sobre el manejo de los pacientes
eu-user-action-review-results = Revisar los resultados anteriores (productos sanitarios para diagnóstico in vitro)
eu-user-action-amended-instructions = Tomar nota de la modificación/el refuerzo de las instrucciones de uso (IFU)
eu-user-action-other = Otra
eu-user-action-none = Ninguna
eu-user-deadline = ¿Para cuándo debe completarse la acción?
eu-reply-required = ¿Se requiere una respuesta del cliente?
eu-reply-form-attached = Sí: se adjunta el formulario de respuesta. Devuélvalo a más tardar el:
eu-manufacturer-actions = Acción adoptada por el fabricante
eu-manufacturer-action-removal = Retirada del producto
eu-manufacturer-action-modify = Modificación/inspección del producto in situ
eu-manufacturer-action-software-upgrade = Actualización del software
eu-manufacturer-action-ifu-change = Modificación de las instrucciones de uso o del etiquetado
eu-manufacturer-action-other = Otra
eu-manufacturer-action-none = Ninguna
eu-manufacturer-deadline = ¿Para cuándo debe completarse la acción?
eu-inform-patients = ¿Es necesario comunicar la FSN al paciente/usuario profano?
eu-patient-information = En caso afirmativo, ¿ha facilitado el fabricante información adicional adecuada para el paciente/usuario profano en una carta/hoja informativa destinada a pacientes, usuarios profanos o usuarios no profesionales?

## 4. Información general
eu-section-general = Información general
eu-fsn-type = Tipo de FSN
eu-fsn-type-new = Nueva
eu-fsn-type-update = Actualización de la FSN
eu-previous = En caso de FSN actualizada, número de referencia y fecha de la FSN anterior
eu-key-new-information = En caso de FSN actualizada, principal información nueva
eu-follow-up-expected = ¿Se prevé ya ofrecer más recomendaciones o información en una FSN de seguimiento?
eu-follow-up-when = Si se prevé una FSN de seguimiento, ¿cuándo se esperan las nuevas recomendaciones?
eu-manufacturer = Información del fabricante
eu-company-name = Nombre de la empresa
eu-address = Dirección
eu-website = Dirección del sitio web
eu-srn = Número de registro único (SRN)
eu-authority-informed = Se ha informado a la autoridad competente (reguladora) de su país de esta comunicación a los clientes.
eu-attachments = Lista de documentos adjuntos/apéndices
eu-signature = Nombre/firma

## Transmisión de esta nota de aviso de seguridad
eu-transmission-heading = Transmisión de esta nota de aviso de seguridad
eu-transmission-1 = Esta nota debe transmitirse a todas las personas de su organización que deban conocerla o a cualquier organización a la que se hayan transferido los productos potencialmente afectados.
eu-transmission-2 = Le rogamos que transmita esta nota a otras organizaciones a las que afecte esta acción.
eu-transmission-3 = Le rogamos que tenga presente esta nota y la acción resultante durante un período adecuado para garantizar la eficacia de la acción correctiva.
eu-transmission-4 = Le rogamos que notifique todos los incidentes relacionados con el producto al fabricante, al distribuidor o al representante local y, en su caso, a la autoridad nacional competente, ya que ello proporciona una información de retorno importante.

## Elementos vacíos
eu-not-applicable = No aplicable
eu-none-given = —

## Formularios de respuesta (cliente y distribuidor/importador), etiquetas comunes
eu-form-customer-title = Nota de aviso de seguridad — Formulario de respuesta del cliente
eu-form-customer-intro = Cumplimente este formulario para confirmar que ha recibido la nota de aviso de seguridad identificada en la sección 1 y que ha realizado las acciones que en ella se solicitan y, a continuación, devuélvalo a { $manufacturer } según se indica en la sección 4.
eu-form-distributor-title = Nota de aviso de seguridad — Formulario de respuesta del distribuidor/importador
eu-form-distributor-intro = Cumplimente este formulario para confirmar que ha recibido la nota de aviso de seguridad identificada en la sección 1 y que la ha transmitido a sus clientes y, a continuación, devuélvalo a { $manufacturer }, junto con la lista de los clientes informados, según se indica en la sección 4.

eu-form-section-fsn = 1. Información sobre la nota de aviso de seguridad (FSN)
eu-form-fsn-reference = Número de referencia de la FSN
eu-form-fsn-date = Fecha de la FSN
eu-form-device-name = Nombre del producto
eu-form-product-codes = Código(s) del producto
eu-form-batch-serial = Número(s) de lote/serie

eu-form-section-customer = 2. Datos del cliente
eu-form-section-distributor = 2. Datos del distribuidor/importador
eu-form-account-number = Número de cliente
eu-form-organisation-name = Nombre del centro sanitario
eu-form-organisation-address = Dirección del centro
eu-form-department = Servicio/unidad
eu-form-shipping-address = Dirección de envío, si es diferente
eu-form-contact-name = Nombre de la persona de contacto
eu-form-contact-title = Cargo o función
eu-form-phone = Número de teléfono
eu-form-email = Correo electrónico

eu-form-section-customer-action = 3. Acción emprendida por el cliente en nombre del centro sanitario
eu-form-section-distributor-action = 3. Acción emprendida por el distribuidor/importador
eu-form-received = Confirmo que he recibido la nota de aviso de seguridad y que la he leído y comprendido.
eu-form-actions-performed = He realizado las acciones solicitadas en la nota de aviso de seguridad.
eu-form-users-informed = La información y las acciones requeridas se han puesto en conocimiento de todos los usuarios pertinentes.
eu-form-devices-on-site = Productos afectados presentes en el centro
eu-form-devices-hint = Marque cada producto afectado presente en su centro e indique la cantidad y los números de serie.
eu-form-quantity = Cantidad
eu-form-serials = Números de serie
eu-form-question = Tengo una pregunta; les ruego que se pongan en contacto conmigo.
eu-form-question-details = Su pregunta
eu-form-dist-identified = He identificado a los clientes que han recibido o pueden haber recibido los productos afectados (se adjunta la lista de clientes).
eu-form-dist-informed = He informado a los clientes identificados de esta nota de aviso de seguridad.
eu-form-dist-confirmations = He recibido los formularios de respuesta de todos los clientes informados.
eu-form-dist-stock = Productos afectados en existencias
eu-form-dist-stock-hint = Marque cada producto afectado que tenga en existencias e indique la cantidad y los números de serie.
eu-form-print-name = Nombre en letra de imprenta
eu-form-signature = Firma
eu-form-date = Fecha

eu-form-section-return = 4. Devolución del acuse de recibo al remitente
