### FSN2023-1338 (Spanish): vulnerabilidad de ciberseguridad en el software UCS de NextSeq 550Dx y MiSeqDx.

## Products
product-miseq-dx = MiSeq™Dx Instrument
product-nextseq-550dx = NextSeq™ 550Dx Instrument
product-nextseq-550dx-short = NextSeq 550Dx
product-miseq-dx-short = MiSeqDx

## Letter
intro = Desde Illumina, nos ponemos en contacto con usted en relación con una vulnerabilidad de ciberseguridad en el software Universal Copy Service (UCS) que se ha identificado en los instrumentos NextSeq™ 550Dx y MiSeq™ Dx. En este aviso se resume el problema y se indican las medidas tomadas por Illumina y las que debe adoptar el cliente.
products-caption = Tabla 1: Producto(s) afectado(s)
col-product = Producto afectado
col-catalogue = Número de catálogo
col-udi = Número de identificación del dispositivo
summary-1 = Illumina ha identificado internamente una vulnerabilidad de ciberseguridad que afecta al software Universal Copy Service (UCS) en los instrumentos de secuenciación de Illumina identificados en la tabla 1. Hasta la fecha, Illumina no ha recibido ningún informe y no tiene constancia de que se haya aprovechado esta vulnerabilidad.
summary-2 = En caso de que se aproveche, un usuario no autorizado podría tomar el control del instrumento y realizar cualquier acción a nivel del sistema operativo, como acciones que podrían afectar a los ajustes, las configuraciones, el software, o los datos en el instrumento o en su red. La explotación de la vulnerabilidad podría provocar que los ensayos en el instrumento no produzcan resultados o que produzcan resultados incorrectos, o la corrupción de los archivos en el instrumento, o incluso la exposición de los datos de los pacientes.
measures-intro = Illumina ha identificado dos acciones correctivas para esta vulnerabilidad que se indican a continuación:
measure-1 = Un parche de software que anulará la posibilidad de acceder de manera remota al instrumento a través del software UCS
measure-2 = Cambio de las configuraciones de usuario de UCS
measures-detail = Se proporcionan instrucciones detalladas para cada medida correctiva a continuación en la sección «Medidas que debe adoptar el cliente».
best-practices = Illumina también recuerda a los clientes que sigan las mejores prácticas de ciberseguridad, lo que incluye tener activado su cortafuegos. Encontrará instrucciones al respecto <a href="cyberguidance">aquí</a>.
risk = Si no sigue estas instrucciones o no aplica las mejores prácticas de seguridad de red para proteger sus sistemas, su organización podría quedar expuesta a los riesgos descritos anteriormente.
authorities = Este problema se ha notificado a las autoridades sanitarias locales e internacionales pertinentes, incluidas las autoridades competentes.
note-dual-boot = <b>Nota:</b> Los instrumentos afectados tienen un modo de doble inicio arranque y es importante aplicar las instrucciones por separado en cada uno de ellos (modo Dx y modo RUO) en cada instrumento.
actions-intro = Para todos los instrumentos afectados, adopte las siguientes medidas correctivas:
step-1 = <b>Descarga e instalación del parche de software:</b> Para cada instrumento conectado a Internet: descargue e instale inmediatamente el parche de software, disponible <a href="patch">aquí</a>, para todos los instrumentos afectados.
step-1-a = Antes de instalar la revisión de software, se recomienda hacer una copia de seguridad de los datos.
step-1-b = Para su protección, Illumina está proporcionando actualmente la dirección del sitio web únicamente a los clientes afectados y a las autoridades sanitarias.
step-1-c = Para cada instrumento no conectado a Internet: envíe un correo electrónico a <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a> para obtener instrucciones sobre otras formas de instalar la revisión de software.
step-2 = <b>Cambio de las configuraciones de usuario de UCS:</b> Cambie la configuración de usuario de UCS a usuario estándar (sin permisos de administrador); para ello, siga las instrucciones que se indican <a href="ucsconfig">aquí</a>.
note-config = <i>NOTA: Los cambios en las configuraciones de usuario de UCS pueden afectar a algunas funciones dependientes del usuario, como los permisos de red, el acceso al almacenamiento o a las ubicaciones de los extremos. Consulte con su equipo local de asistencia de IT para garantizar una configuración adecuada.</i>
return-form = Rellene y devuelva el Formulario de acuse de recibo tras haber seguido todos los pasos de las instrucciones proporcionadas y aplicarlos en sus instrumentos específicos identificados como afectados en la tabla 1.
note-compromised = <b>NOTA:</b> Si sospecha que su instrumento puede haberse visto comprometido por un usuario no autorizado, desenchufe el cable de red de inmediato y contacte con <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
adverse-events = Si un usuario sufre un acontecimiento adverso a causa de esta vulnerabilidad con el uso de alguno de los productos afectados, es importante informar de inmediato al programa de notificación de acontecimientos adversos MedWatch de la FDA estadounidense, ya sea en línea, por correo postal o fax. Puede cumplimentar y enviar el informe en línea a través de <a href="medwatch">www.fda.gov/medwatch/report.htm</a>. En regiones fuera de EE. UU., póngase en contacto con la autoridad sanitaria local.
closing-support = Illumina considera muy importante la seguridad, por lo que nos comprometemos a ayudarle a resolver esta vulnerabilidad. Envíe un correo electrónico a <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a> para cualquier otra duda o para recibir asistencia.
why-1 = Recibe esta notificación porque nuestros registros indican que usted es la persona de contacto adecuada en su organización para cambios de producto, obsolescencia de productos y problemas de calidad.
why-2 = Tenga en cuenta que estas notificaciones contienen información esencial sobre nuestros productos y no son comunicaciones comerciales. Por ello, es posible que reciba estas notificaciones a pesar de haber optado por no recibir comunicaciones de marketing de Illumina. Si usted no es la persona adecuada en su organización para recibir estas notificaciones, puede darse de baja de las mismas <a href="unsubscribe">enviando este formulario</a>. Para obtener más información, consulte nuestra <a href="privacy">Política de privacidad</a>.

## Verification form
form-intro-1 = illumina le envió el Aviso de retirada urgente de producto sanitario { $notice } relativo a un problema que afectaba a los instrumentos NextSeq 550Dx y MiSeqDx.
form-intro-2 = Rellene el siguiente formulario para confirmar que ha recibido la notificación y que ha llevado a cabo las medidas que debe adoptar el cliente que se indican en la misma. Una vez cumplimentado, envíe el formulario por correo electrónico a <a href="mailto:techsupport@illumina.com">techsupport@illumina.com</a>.
form-intro-3 = Como alternativa, puede enviar un correo electrónico al servicio de asistencia de illumina para facilitar la información solicitada a continuación.
form-product-device = Nombre del producto/dispositivo
form-received = Confirmando haber recibido la comunicación { $notice }; asimismo, confirmo que he leído y entendido su contenido.
form-actions-taken = Medidas adoptadas
form-understood-both-steps = Entiendo que ambos pasos de mitigación deben realizarse por separado en cada modo (modo Dx y modo RUO, respectivamente) de todos y cada uno de los instrumentos afectados identificados en este Formulario de acuse de recibo.
form-step-1 = Paso 1. Descarga e instalación del parche de software
form-patch-installed = ¿Se ha instalado el parche?:
form-serial-numbers = Indique los números de serie:
form-reason-patch = Si no se instaló el parche, indique el motivo:
form-reason-no-product = No hay ningún producto en el centro que requiera esta medida.
form-reason-no-interruption = No se desea interrumpir las operaciones para aplicar esta medida.
# Page 6 of the Spanish original is missing from the seed: the step 2 rows below are completed
# from the Dutch structure, in the wording used for step 1 and in the letter.
form-step-2 = Paso 2. Cambio de las configuraciones de usuario de UCS
form-config-changed = ¿Se ha cambiado la configuración de usuario?:
form-or-choice = O
form-same-as-step1 = Los mismos números que los de los instrumentos en los que se instaló el parche de software en «Descarga e instalación del parche de software».
form-reason-config = Si no se actualizaron las configuraciones de usuario, indique el motivo:
