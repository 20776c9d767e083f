<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>SniDoctor::AccessLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
</context>
<context>
    <name>SniDoctor::AccessLogPage</name>
    <message>
        <source>Open ingress access logs</source>
        <translation>Abrir registros de acceso de la entrada</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.gz *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>Registros (*.log *.txt *.json *.gz *.xz *.bz2 *.zst);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n line(s).</source>
        <translation>
            <numerusform>Leída %n línea.</numerusform>
            <numerusform>Leídas %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or drop the log files here, or paste the text.</source>
        <translation>Abra o suelte aquí los archivos de registro, o pegue el texto.</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Dirección del cliente</translation>
    </message>
    <message>
        <source>Refused: no SNI</source>
        <translation>Rechazado: sin SNI</translation>
    </message>
    <message>
        <source>Refused: unknown SNI</source>
        <translation>Rechazado: SNI desconocido</translation>
    </message>
    <message>
        <source>First refused</source>
        <translation>Primer rechazo</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Último rechazo</translation>
    </message>
    <message>
        <source>SNI host</source>
        <translation>Host SNI</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Import a log to get a verdict.</source>
        <translation>Importe un registro para obtener un veredicto.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n registro de %1 a %2.</numerusform>
            <numerusform>%n registros de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Not a record: %1</source>
        <translation>No es un registro: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No sample line matches.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ninguna línea de muestra coincide.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Step 2: Find refused clients in the ingress access logs</source>
        <translation>Paso 2: Buscar clientes rechazados en los registros de acceso de la entrada</translation>
    </message>
    <message>
        <source>The ingress gateway logs every connection; a client refused for lack of SNI shows as &quot;sni_host&quot;: null with &quot;filter_chain_not_found&quot;.</source>
        <translation>La pasarela de entrada registra cada conexión; un cliente rechazado por no enviar SNI aparece como &quot;sni_host&quot;: null con &quot;filter_chain_not_found&quot;.</translation>
    </message>
    <message>
        <source>Fetch the logs of the apigee-ingressgateway pods with the commands below, then open the files (plain or compressed), drop them on this page, or paste the text. SNI Doctor reads them without loading them into memory and lists the clients that were refused, since when and how often.</source>
        <translation>Obtenga los registros de los pods apigee-ingressgateway con los comandos de abajo y después abra los archivos (sin comprimir o comprimidos), suéltelos en esta página o pegue el texto. SNI Doctor los lee sin cargarlos en memoria y enumera los clientes rechazados, desde cuándo y con qué frecuencia.</translation>
    </message>
    <message>
        <source>Apigee namespace</source>
        <translation>Espacio de nombres de Apigee</translation>
    </message>
    <message>
        <source>&amp;Open log files…</source>
        <translation>A&amp;brir archivos de registro…</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Abrir archivos de registro</translation>
    </message>
    <message>
        <source>P&amp;aste text…</source>
        <translation>&amp;Pegar texto…</translation>
    </message>
    <message>
        <source>Paste log text</source>
        <translation>Pegar texto de registro</translation>
    </message>
    <message>
        <source>Paste the output of kubectl logs here.</source>
        <translation>Pegue aquí la salida de kubectl logs.</translation>
    </message>
    <message>
        <source>Pasted log text</source>
        <translation>Texto de registro pegado</translation>
    </message>
    <message>
        <source>Anal&amp;yze pasted text</source>
        <translation>Anali&amp;zar el texto pegado</translation>
    </message>
    <message>
        <source>Analyze pasted text</source>
        <translation>Analizar el texto pegado</translation>
    </message>
    <message>
        <source>Stop reading the logs</source>
        <translation>Dejar de leer los registros</translation>
    </message>
    <message>
        <source>Refused clients</source>
        <translation>Clientes rechazados</translation>
    </message>
    <message>
        <source>SNI hosts</source>
        <translation>Hosts SNI</translation>
    </message>
    <message>
        <source>Sample lines</source>
        <translation>Líneas de muestra</translation>
    </message>
    <message>
        <source>Filter the sample lines</source>
        <translation>Filtrar las líneas de muestra</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Tipo de línea</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Not records</source>
        <translation>No son registros</translation>
    </message>
    <message>
        <source>Reading the ingress pods&apos; logs from the cluster…</source>
        <translation>Leyendo del clúster los registros de los pods de entrada…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Sin conexión: no se ejecutó el complemento de credenciales.</translation>
    </message>
    <message>
        <source>Fetch from the cl&amp;uster</source>
        <translation>Obtener del cl&amp;úster</translation>
    </message>
    <message>
        <source>Fetch the ingress pods&apos; logs from the cluster</source>
        <translation>Obtener del clúster los registros de los pods de entrada</translation>
    </message>
    <message>
        <source>Uses the kubeconfig and context of step 5 (else kubectl&apos;s), and the namespace above.</source>
        <translation>Usa el kubeconfig y el contexto del paso 5 (si no, los de kubectl) y el espacio de nombres de arriba.</translation>
    </message>
    <message>
        <source>Apigee na&amp;mespace:</source>
        <translation>&amp;Espacio de nombres de Apigee:</translation>
    </message>
    <message numerus="yes">
        <source>Also read the pre&amp;vious logs of the %n restarted pod(s)</source>
        <translation>
            <numerusform>Leer también los registros pre&amp;vios del pod reiniciado (%n)</numerusform>
            <numerusform>Leer también los registros pre&amp;vios de los %n pods reiniciados</numerusform>
        </translation>
    </message>
    <message>
        <source>Also read the previous logs of restarted pods</source>
        <translation>Leer también los registros previos de los pods reiniciados</translation>
    </message>
</context>
<context>
    <name>SniDoctor::AccessLogText</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Refused: no SNI</source>
        <translation>Rechazado: sin SNI</translation>
    </message>
    <message>
        <source>Refused: unknown SNI</source>
        <translation>Rechazado: SNI desconocido</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servido</translation>
    </message>
    <message>
        <source>Other error</source>
        <translation>Otro error</translation>
    </message>
    <message>
        <source>not a JSON object (start-up text or a stack trace)</source>
        <translation>no es un objeto JSON (texto de arranque o una traza de pila)</translation>
    </message>
    <message>
        <source>the JSON object is cut short</source>
        <translation>el objeto JSON está cortado</translation>
    </message>
    <message>
        <source>a JSON syntax error</source>
        <translation>un error de sintaxis JSON</translation>
    </message>
    <message>
        <source>JSON, but not an access-log record</source>
        <translation>JSON, pero no un registro de acceso</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB</source>
        <translation>una línea de más de 1 MiB</translation>
    </message>
    <message>
        <source>Clients without SNI are being refused</source>
        <translation>Se está rechazando a clientes sin SNI</translation>
    </message>
    <message>
        <source>Clients send host names that no route serves</source>
        <translation>Los clientes envían nombres de host que ninguna ruta sirve</translation>
    </message>
    <message>
        <source>No refused connections in these logs</source>
        <translation>No hay conexiones rechazadas en estos registros</translation>
    </message>
    <message>
        <source>No access-log records found</source>
        <translation>No se encontraron registros de acceso</translation>
    </message>
    <message>
        <source>Some lines are not access-log records</source>
        <translation>Algunas líneas no son registros de acceso</translation>
    </message>
    <message>
        <source>A file could not be read to its end</source>
        <translation>Un archivo no se pudo leer hasta el final</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) arrived without SNI and found no filter chain (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, flag NR): the ingress reset them.</source>
        <translation>
            <numerusform>%n conexión llegó sin SNI y no encontró cadena de filtros (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, indicador NR): la entrada la restableció.</numerusform>
            <numerusform>%n conexiones llegaron sin SNI y no encontraron cadena de filtros (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, indicador NR): la entrada las restableció.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client address(es), most refused first: %1. From %2 to %3.</source>
        <translation>
            <numerusform>%n dirección de cliente, de más a menos rechazos: %1. Desde %2 hasta %3.</numerusform>
            <numerusform>%n direcciones de cliente, de más a menos rechazos: %1. Desde %2 hasta %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) sent an SNI that no filter chain serves: %1. This is not the non-SNI problem: compare these names with the hostnames of your environment groups.</source>
        <translation>
            <numerusform>%n conexión envió un SNI que ninguna cadena de filtros sirve: %1. No es el problema de los clientes sin SNI: compare estos nombres con los hostnames de sus grupos de entornos.</numerusform>
            <numerusform>%n conexiones enviaron un SNI que ninguna cadena de filtros sirve: %1. No es el problema de los clientes sin SNI: compare estos nombres con los hostnames de sus grupos de entornos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 to %2, and none was refused for lack of SNI or for an unknown name.</source>
        <translation>
            <numerusform>%n registro de %1 a %2, y ninguno se rechazó por falta de SNI ni por un nombre desconocido.</numerusform>
            <numerusform>%n registros de %1 a %2, y ninguno se rechazó por falta de SNI ni por un nombre desconocido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n line(s) of %1 is an ingress access-log record. Fetch the log of an apigee-ingressgateway pod (kubectl -n apigee logs POD).</source>
        <translation>
            <numerusform>La única línea de %1 no es un registro de acceso de la entrada. Obtenga el registro de un pod apigee-ingressgateway (kubectl -n apigee logs POD).</numerusform>
            <numerusform>Ninguna de las %n líneas de %1 es un registro de acceso de la entrada. Obtenga el registro de un pod apigee-ingressgateway (kubectl -n apigee logs POD).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read as access-log records and were skipped; the first is %3 line %4, byte %5: %6.</source>
        <translation>%1 de %2 líneas no se pudieron leer como registros de acceso y se omitieron; la primera es %3 línea %4, byte %5: %6.</translation>
    </message>
    <message>
        <source>%1 stopped after %2 bytes (%3); the lines before were analyzed.</source>
        <translation>%1 se detuvo tras %2 bytes (%3); las líneas anteriores se analizaron.</translation>
    </message>
    <message>
        <source>The analysis was canceled: the figures cover only what was read.</source>
        <translation>El análisis se canceló: las cifras cubren solo lo leído.</translation>
    </message>
    <message>
        <source>Nothing to analyze: the input is empty.</source>
        <translation>Nada que analizar: la entrada está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Clients without SNI are being refused: %n connection(s) reset for lack of a filter chain.</source>
        <translation>
            <numerusform>Se está rechazando a clientes sin SNI: %n conexión restablecida por falta de cadena de filtros.</numerusform>
            <numerusform>Se está rechazando a clientes sin SNI: %n conexiones restablecidas por falta de cadena de filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm it with the probe (step 4), then check the Apigee routes (step 5) for a wildcard route with enableNonSniClient: true.</source>
        <translation>Confírmelo con el sondeo (paso 4) y después busque en las rutas de Apigee (paso 5) una ruta comodín con enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>Compare the names with the environment groups&apos; hostnames (step 5); clients without SNI are a different problem.</source>
        <translation>Compare los nombres con los hostnames de los grupos de entornos (paso 5); los clientes sin SNI son otro problema.</translation>
    </message>
    <message>
        <source>If a client is still reset, its connections may reach another ingress pod: fetch the logs of every apigee-ingressgateway pod, or probe the endpoint (step 4).</source>
        <translation>Si las conexiones de un cliente se siguen restableciendo, puede que lleguen a otro pod de entrada: obtenga los registros de todos los pods apigee-ingressgateway o sondee el endpoint (paso 4).</translation>
    </message>
    <message>
        <source>Fetch the log of an apigee-ingressgateway pod with the commands above and import it.</source>
        <translation>Obtenga el registro de un pod apigee-ingressgateway con los comandos de arriba e impórtelo.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ApigeeRoute</name>
    <message>
        <source>%1, line %2, column %3: %4 (expected the YAML or JSON that kubectl get apigeeroutes -o yaml prints)</source>
        <translation>%1, línea %2, columna %3: %4 (se esperaba el YAML o JSON que imprime kubectl get apigeeroutes -o yaml)</translation>
    </message>
    <message>
        <source>%1 holds no ApigeeRoute object. Save the routes with: kubectl -n apigee get apigeeroutes -o yaml &gt; routes.yaml</source>
        <translation>%1 no contiene ningún objeto ApigeeRoute. Guarde las rutas con: kubectl -n apigee get apigeeroutes -o yaml &gt; routes.yaml</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not what kubectl get apigeeroutes prints. Open the saved routes.</source>
        <translation>%1 ocupa más de %2 MiB: no es lo que imprime kubectl get apigeeroutes. Abra las rutas guardadas.</translation>
    </message>
    <message>
        <source>%1 nests too deeply or expands to more than %2 values (aliases inside aliases?): not what kubectl get apigeeroutes prints. Open the saved routes.</source>
        <translation>%1 anida demasiado o se expande a más de %2 valores (¿alias dentro de alias?): no es lo que imprime kubectl get apigeeroutes. Abra las rutas guardadas.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::BundlePage</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Guardar el paquete para soporte</translation>
    </message>
    <message>
        <source>tar.gz archives (*.tar.gz)</source>
        <translation>Archivos tar.gz (*.tar.gz)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n file(s)). Send it to support with the case number.</source>
        <translation>
            <numerusform>Escrito %1 (%2, %n archivo). Envíelo a soporte con el número de caso.</numerusform>
            <numerusform>Escrito %1 (%2, %n archivos). Envíelo a soporte con el número de caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 7: Support bundle</source>
        <translation>Paso 7: Paquete para soporte</translation>
    </message>
    <message>
        <source>If the problem persists, send support everything the runbook asks for, in one file.</source>
        <translation>Si el problema continúa, envíe a soporte todo lo que pide el runbook, en un solo archivo.</translation>
    </message>
    <message>
        <source>The bundle holds the report, overrides.yaml and its problems, the routes with their events, the ingress pods, the environment groups, and each step&apos;s results, with a manifest of checksums. Private keys, tokens and passwords are redacted first; certificates stay.</source>
        <translation>El paquete contiene el informe, overrides.yaml y sus problemas, las rutas con sus eventos, los pods de entrada, los grupos de entornos y los resultados de cada paso, con un manifiesto de sumas de comprobación. Antes se ocultan las claves privadas, los tokens y las contraseñas; los certificados se quedan.</translation>
    </message>
    <message>
        <source>&amp;Environment groups affected:</source>
        <translation>&amp;Grupos de entornos afectados:</translation>
    </message>
    <message>
        <source>e.g. dev-grp, test-grp</source>
        <translation>p. ej. dev-grp, test-grp</translation>
    </message>
    <message>
        <source>Environment groups affected, separated by commas</source>
        <translation>Grupos de entornos afectados, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Contents (untick what should not go):</source>
        <translation>&amp;Contenido (desmarque lo que no deba ir):</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files of the bundle</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>&amp;Notes for support:</source>
        <translation>&amp;Notas para soporte:</translation>
    </message>
    <message>
        <source>Notes for support</source>
        <translation>Notas para soporte</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the support bundle</source>
        <translation>Exportar el paquete para soporte</translation>
    </message>
    <message>
        <source>Stop exporting</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Large: %1. Support may not need the capture itself; its analysis is in the bundle anyway.</source>
        <translation>Grande: %1. Puede que soporte no necesite la propia captura; su análisis ya está en el paquete.</translation>
    </message>
    <message>
        <source>%1 in %2, line %3</source>
        <translation>%1 en %2, línea %3</translation>
    </message>
    <message>
        <source>Redaction: no secret found in these files.</source>
        <translation>Ocultación: no se encontró ningún secreto en estos archivos.</translation>
    </message>
    <message numerus="yes">
        <source>Redaction: %n secret(s) will be replaced by REDACTED: %1%2.</source>
        <translation>
            <numerusform>Ocultación: %n secreto se sustituirá por REDACTED: %1%2.</numerusform>
            <numerusform>Ocultación: %n secretos se sustituirán por REDACTED: %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: export the collected case again, with your notes for support.</source>
        <translation>Revisión: exporte de nuevo el caso recopilado, con sus notas para soporte.</translation>
    </message>
    <message>
        <source>Your own file: its secrets are redacted as it is written into the bundle.</source>
        <translation>Un archivo suyo: sus secretos se eliminan al escribirlo en el paquete.</translation>
    </message>
    <message>
        <source>Pre&amp;view, as the archive will hold it:</source>
        <translation>&amp;Vista previa, tal como la guardará el paquete:</translation>
    </message>
    <message>
        <source>Preview of the selected file, redacted</source>
        <translation>Vista previa del archivo seleccionado, con los secretos ocultos</translation>
    </message>
    <message>
        <source>A capture goes in reduced: every frame with its headers, and of its payload only the TLS handshake up to the server&apos;s first answer on each connection. No application data, no plaintext. A capture without TLS is left out.</source>
        <translation>La captura va reducida: cada trama con sus cabeceras y, de su contenido, solo el handshake TLS hasta la primera respuesta del servidor en cada conexión. Sin datos de aplicación ni texto en claro. Una captura sin TLS no se incluye.</translation>
    </message>
    <message>
        <source>A binary file of %1.</source>
        <translation>Un archivo binario de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>(the first %1 only)</source>
        <translation>(solo los primeros %1)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::BundleText</name>
    <message>
        <source>Created by SNI Doctor %1 on %2 (UTC).</source>
        <translation>Creado por SNI Doctor %1 el %2 (UTC).</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Confidence: %1.</source>
        <translation>Confianza: %1.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence that says otherwise</source>
        <translation>Pruebas que dicen lo contrario</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>The wildcard route (remediation/%1.yaml):</source>
        <translation>La ruta comodín (remediation/%1.yaml):</translation>
    </message>
    <message>
        <source>The overrides.yaml change (remediation/overrides.diff):</source>
        <translation>El cambio de overrides.yaml (remediation/overrides.diff):</translation>
    </message>
    <message>
        <source>Commands (a dry run first):</source>
        <translation>Comandos (primero en simulación):</translation>
    </message>
    <message>
        <source>Environment groups affected</source>
        <translation>Grupos de entornos afectados</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI enviado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>Sin errores ni avisos.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>SNI Doctor report: %1</source>
        <translation>Informe de SNI Doctor: %1</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>No se pudo escribir el paquete %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name or confirm replacing it.</source>
        <translation>%1 ya existe: elija otro nombre o confirme que quiere sustituirlo.</translation>
    </message>
    <message>
        <source>Canceled: no bundle was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Before the fix</source>
        <translation>Antes de la corrección</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Every host through every ingress</source>
        <translation>Cada host a través de cada ingress</translation>
    </message>
    <message>
        <source>Create the wildcard ApigeeRoute %1 (hostnames [&quot;*&quot;], enableNonSniClient: true).</source>
        <translation>Crear la ApigeeRoute comodín %1 (hostnames [&quot;*&quot;], enableNonSniClient: true).</translation>
    </message>
    <message>
        <source>The wildcard ApigeeRoute %1 exists with enableNonSniClient: true.</source>
        <translation>La ApigeeRoute comodín %1 existe con enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>List %1 in the additionalGateways of every virtual host in overrides.yaml, then apply it.</source>
        <translation>Incluir %1 en additionalGateways de cada virtual host de overrides.yaml y aplicarlo.</translation>
    </message>
    <message>
        <source>Edit the virtual host %1 by hand.</source>
        <translation>Editar a mano el virtual host %1.</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>Qué cambia la corrección</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Not collected (ask the admin for these)</source>
        <translation>No recogido (pídaselo al administrador)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Capture</name>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>No se puede leer la captura %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>%1 (expected a pcap or pcapng file, as tcpdump -w writes)</source>
        <translation>%1 (se esperaba un archivo pcap o pcapng, como los que escribe tcpdump -w)</translation>
    </message>
    <message>
        <source>The capture %1 has link type %2 (%3), which SNI Doctor cannot read. Capture with tcpdump -i any or on an Ethernet interface.</source>
        <translation>La captura %1 tiene el tipo de enlace %2 (%3), que SNI Doctor no puede leer. Capture con tcpdump -i any o en una interfaz Ethernet.</translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation>formato de archivo desconocido</translation>
    </message>
    <message>
        <source>cut short: %1 of its %2 bytes are in the file</source>
        <translation>cortado: solo están en el archivo %1 de sus %2 bytes</translation>
    </message>
    <message>
        <source>damaged: it claims %1 bytes</source>
        <translation>dañado: dice tener %1 bytes</translation>
    </message>
    <message>
        <source>damaged pcapng block (type 0x%1)</source>
        <translation>bloque pcapng dañado (tipo 0x%1)</translation>
    </message>
    <message>
        <source>it names interface %1, which no Interface Description Block describes</source>
        <translation>nombra la interfaz %1, que ningún Interface Description Block describe</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CapturePage</name>
    <message>
        <source>Frame %1, %2
%3 → %4
SNI: %5
Versions: %6
ALPN: %7
Cipher suites: %8
JA4: %9
Answer: %10</source>
        <translation>Trama %1, %2
%3 → %4
SNI: %5
Versiones: %6
ALPN: %7
Conjuntos de cifrado: %8
JA4: %9
Respuesta: %10</translation>
    </message>
    <message>
        <source>(none: no server_name extension)</source>
        <translation>(ninguno: sin extensión server_name)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Open a packet capture</source>
        <translation>Abrir una captura de paquetes</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap *.dmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n packet(s).</source>
        <translation>
            <numerusform>%1: %n paquete.</numerusform>
            <numerusform>%1: %n paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or drop a capture file (pcap or pcapng) here.</source>
        <translation>Abra o suelte aquí un archivo de captura (pcap o pcapng).</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Answer frame</source>
        <translation>Trama de la respuesta</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Retardo (ms)</translation>
    </message>
    <message>
        <source>Import a capture to get a verdict.</source>
        <translation>Importe una captura para obtener un veredicto.</translation>
    </message>
    <message>
        <source>(incomplete: %1)</source>
        <translation>(incompleto: %1)</translation>
    </message>
    <message>
        <source>One ClientHello with SNI and one without, side by side:</source>
        <translation>Un ClientHello con SNI y otro sin SNI, uno al lado del otro:</translation>
    </message>
    <message>
        <source>Step 3: Read a packet capture</source>
        <translation>Paso 3: Leer una captura de paquetes</translation>
    </message>
    <message>
        <source>The most precise evidence: each ClientHello shows whether the client sent SNI, and the next packet shows what the ingress did about it.</source>
        <translation>La prueba más precisa: cada ClientHello muestra si el cliente envió SNI, y el paquete siguiente muestra qué hizo la entrada al respecto.</translation>
    </message>
    <message>
        <source>Capture the client&apos;s traffic where it reaches the ingress, then open the file here. SNI Doctor finds every TLS ClientHello (whatever the port), puts together those split over several packets, and tells which carry no server name and whether the ingress answered with a certificate or a TCP reset.</source>
        <translation>Capture el tráfico del cliente donde llega a la entrada y después abra aquí el archivo. SNI Doctor encuentra cada ClientHello de TLS (sea cual sea el puerto), reúne los que van repartidos en varios paquetes e indica cuáles no llevan nombre de servidor y si la entrada respondió con un certificado o con un restablecimiento TCP.</translation>
    </message>
    <message>
        <source>Where: on the node that runs the apigee-ingressgateway pod (the NODE column of the first command). On GKE, connect with gcloud compute ssh and run tcpdump inside toolbox. Stop it with Ctrl+C after the client has failed once, and copy the file to this machine.</source>
        <translation>Dónde: en el nodo que ejecuta el pod apigee-ingressgateway (la columna NODE del primer comando). En GKE, conéctese con gcloud compute ssh y ejecute tcpdump dentro de toolbox. Deténgalo con Ctrl+C cuando el cliente haya fallado una vez y copie el archivo a este equipo.</translation>
    </message>
    <message>
        <source>Client &amp;IP address:</source>
        <translation>Dirección I&amp;P del cliente:</translation>
    </message>
    <message>
        <source>e.g. 10.138.0.28</source>
        <translation>p. ej. 10.138.0.28</translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation>Dirección IP del cliente</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>A&amp;brir captura…</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Abrir un archivo de captura</translation>
    </message>
    <message>
        <source>Stop reading the capture</source>
        <translation>Dejar de leer la captura</translation>
    </message>
    <message>
        <source>ClientHellos in the capture</source>
        <translation>ClientHellos de la captura</translation>
    </message>
    <message>
        <source>A ClientHello with SNI</source>
        <translation>Un ClientHello con SNI</translation>
    </message>
    <message>
        <source>A ClientHello without SNI</source>
        <translation>Un ClientHello sin SNI</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All ClientHellos</source>
        <translation>Todos los ClientHellos</translation>
    </message>
    <message>
        <source>Without SNI</source>
        <translation>Sin SNI</translation>
    </message>
    <message>
        <source>Reset by the server</source>
        <translation>Restablecidos por el servidor</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompletos</translation>
    </message>
    <message>
        <source>Warning: no TLS connection of %1 is in this capture. Capture on the node of the ingress pod that client reaches, while it fails, with the tcpdump command above.</source>
        <translation>Atención: esta captura no contiene ninguna conexión TLS de %1. Capture en el nodo del pod de ingress al que llega ese cliente, mientras falla, con el comando tcpdump de arriba.</translation>
    </message>
    <message>
        <source>Wireshark &amp;display filter:</source>
        <translation>&amp;Filtro de visualización de Wireshark:</translation>
    </message>
    <message>
        <source>Wireshark display filter for ClientHellos without SNI</source>
        <translation>Filtro de visualización de Wireshark para los ClientHello sin SNI</translation>
    </message>
    <message>
        <source>Copy fil&amp;ter</source>
        <translation>Copiar el fil&amp;tro</translation>
    </message>
    <message>
        <source>Copy the Wireshark display filter</source>
        <translation>Copiar el filtro de visualización de Wireshark</translation>
    </message>
    <message>
        <source>Copy the display filter to the clipboard, to paste it into Wireshark&apos;s filter bar</source>
        <translation>Copiar el filtro de visualización al portapapeles, para pegarlo en la barra de filtros de Wireshark</translation>
    </message>
    <message>
        <source>Warning: no TLS connection of %1 is in this capture. Ask the admin for a capture taken on the node of the ingress pod that client reaches, while it fails.</source>
        <translation>Aviso: esta captura no contiene ninguna conexión TLS de %1. Pida al administrador una captura hecha en el nodo del pod de entrada al que llega ese cliente, mientras falla.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CaptureText</name>
    <message>
        <source>the capture&apos;s snap length cut it (capture with -s 0)</source>
        <translation>la longitud de captura lo cortó (capture con -s 0)</translation>
    </message>
    <message>
        <source>the capture ends before it does</source>
        <translation>la captura termina antes que él</translation>
    </message>
    <message>
        <source>the connection closed before it was complete</source>
        <translation>la conexión se cerró antes de completarlo</translation>
    </message>
    <message>
        <source>its bytes are not a valid ClientHello</source>
        <translation>sus bytes no son un ClientHello válido</translation>
    </message>
    <message>
        <source>no answer seen</source>
        <translation>no se vio respuesta</translation>
    </message>
    <message>
        <source>ServerHello (%1)</source>
        <translation>ServerHello (%1)</translation>
    </message>
    <message>
        <source>TLS alert %1</source>
        <translation>alerta TLS %1</translation>
    </message>
    <message>
        <source>TCP reset (RST)</source>
        <translation>restablecimiento TCP (RST)</translation>
    </message>
    <message>
        <source>closed (FIN)</source>
        <translation>cerrada (FIN)</translation>
    </message>
    <message>
        <source>data that is not TLS</source>
        <translation>datos que no son TLS</translation>
    </message>
    <message>
        <source>Clients send ClientHellos without SNI</source>
        <translation>Hay clientes que envían ClientHellos sin SNI</translation>
    </message>
    <message>
        <source>The server resets connections right after the ClientHello</source>
        <translation>El servidor restablece conexiones justo después del ClientHello</translation>
    </message>
    <message>
        <source>Every client sends SNI</source>
        <translation>Todos los clientes envían SNI</translation>
    </message>
    <message>
        <source>Some ClientHellos could not be read whole</source>
        <translation>Algunos ClientHellos no se pudieron leer completos</translation>
    </message>
    <message>
        <source>No TLS ClientHello in this capture</source>
        <translation>No hay ningún ClientHello de TLS en esta captura</translation>
    </message>
    <message>
        <source>The capture file is cut short</source>
        <translation>El archivo de captura está cortado</translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) carry no server_name extension, from %1 client(s): %2. Client software (JA4): %3. The first is frame %4.</source>
        <translation>
            <numerusform>%n ClientHello no lleva la extensión server_name, de %1 cliente(s): %2. Software del cliente (JA4): %3. El primero es la trama %4.</numerusform>
            <numerusform>%n ClientHellos no llevan la extensión server_name, de %1 cliente(s): %2. Software del cliente (JA4): %3. El primero es la trama %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answered %n ClientHello(s) with a TCP RST instead of a ServerHello (%1 of them without SNI): the runbook&apos;s signature of an ingress with no filter chain for the client. The first RST is frame %2.</source>
        <translation>
            <numerusform>El servidor respondió a %n ClientHello con un TCP RST en lugar de un ServerHello (%1 de ellos sin SNI): la firma que describe el runbook de una entrada sin cadena de filtros para el cliente. El primer RST es la trama %2.</numerusform>
            <numerusform>El servidor respondió a %n ClientHellos con un TCP RST en lugar de un ServerHello (%1 de ellos sin SNI): la firma que describe el runbook de una entrada sin cadena de filtros para el cliente. El primer RST es la trama %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n complete ClientHello(s) name a server: %1. The clients in this capture are not the non-SNI kind.</source>
        <translation>
            <numerusform>El único ClientHello completo nombra un servidor: %1. Los clientes de esta captura no son de los que no envían SNI.</numerusform>
            <numerusform>Los %n ClientHellos completos nombran un servidor: %1. Los clientes de esta captura no son de los que no envían SNI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) are incomplete, the first at frame %1 because %2. They are neither counted with nor without SNI.</source>
        <translation>
            <numerusform>%n ClientHello está incompleto, el primero en la trama %1 porque %2. No se cuenta ni con ni sin SNI.</numerusform>
            <numerusform>%n ClientHellos están incompletos, el primero en la trama %1 porque %2. No se cuentan ni con ni sin SNI.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 packets, %2 of them TCP, and not one TLS ClientHello. Check the capture filter (host IP_ADDRESS) and that the client connected while tcpdump ran.</source>
        <translation>%1 paquetes, %2 de ellos TCP, y ni un ClientHello de TLS. Compruebe el filtro de captura (host DIRECCIÓN_IP) y que el cliente se conectó mientras tcpdump se ejecutaba.</translation>
    </message>
    <message>
        <source>Reading stopped at frame %2: %1. Everything before it was analyzed.</source>
        <translation>La lectura se detuvo en la trama %2: %1. Todo lo anterior se analizó.</translation>
    </message>
    <message>
        <source>The analysis was canceled: the figures cover only the packets read.</source>
        <translation>El análisis se canceló: las cifras cubren solo los paquetes leídos.</translation>
    </message>
    <message numerus="yes">
        <source>Clients without SNI are reset: %1 of %n ClientHello(s) without SNI got a TCP RST from the server.</source>
        <translation>
            <numerusform>Se restablece a los clientes sin SNI: %1 de %n ClientHello sin SNI recibió un TCP RST del servidor.</numerusform>
            <numerusform>Se restablece a los clientes sin SNI: %1 de %n ClientHellos sin SNI recibieron un TCP RST del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to analyze.</source>
        <translation>Nada que analizar.</translation>
    </message>
    <message>
        <source>These clients need a wildcard route: probe the endpoint without SNI (step 4) and check the Apigee routes (step 5).</source>
        <translation>Estos clientes necesitan una ruta comodín: sondee el endpoint sin SNI (paso 4) y revise las rutas de Apigee (paso 5).</translation>
    </message>
    <message>
        <source>The clients send SNI but are reset anyway: compare the names with the environment groups&apos; hostnames (step 5).</source>
        <translation>Los clientes envían SNI pero se restablecen igualmente: compare los nombres con los hostnames de los grupos de entornos (paso 5).</translation>
    </message>
    <message>
        <source>The clients in this capture send SNI. If one is still reset, capture its own traffic: tcpdump -n -i any -s 0 &apos;host ITS_IP&apos;.</source>
        <translation>Los clientes de esta captura envían SNI. Si uno se sigue restableciendo, capture su propio tráfico: tcpdump -n -i any -s 0 &apos;host SU_IP&apos;.</translation>
    </message>
    <message>
        <source>Capture again on the node of the ingress pod while the client connects.</source>
        <translation>Vuelva a capturar en el nodo del pod de entrada mientras el cliente se conecta.</translation>
    </message>
    <message>
        <source>In Wireshark: open the file, go to frame %1 (Ctrl+G), and look under Handshake Protocol: Client Hello: there is no &quot;Extension: server_name&quot;. Display filter for all of them: tls.handshake.type == 1 &amp;&amp; !tls.handshake.extensions_server_name</source>
        <translation>En Wireshark: abra el archivo, vaya a la trama %1 (Ctrl+G) y mire en Handshake Protocol: Client Hello: no hay &quot;Extension: server_name&quot;. Filtro de visualización para todos ellos: tls.handshake.type == 1 &amp;&amp; !tls.handshake.extensions_server_name</translation>
    </message>
    <message>
        <source>A capture in this bundle is reduced: every frame is kept with its headers, but of its payload only the TLS handshake up to the server&apos;s first answer on each connection (no application data, no plaintext). A capture without TLS is left out.</source>
        <translation>Una captura en este paquete va reducida: se conservan todas las tramas con sus cabeceras, pero de su contenido solo el handshake TLS hasta la primera respuesta del servidor en cada conexión (sin datos de aplicación ni texto en claro). Una captura sin TLS no se incluye.</translation>
    </message>
    <message>
        <source>HelloRetryRequest (the client is asked for another key share)</source>
        <translation>HelloRetryRequest (se pide al cliente otra key share)</translation>
    </message>
    <message>
        <source>Most ClientHellos were cut by the capture&apos;s snap length</source>
        <translation>La mayoría de los ClientHello quedaron cortados por la longitud de captura (snap length)</translation>
    </message>
    <message>
        <source>Legacy clients send SSLv2-format ClientHellos</source>
        <translation>Clientes antiguos envían ClientHellos en formato SSLv2</translation>
    </message>
    <message>
        <source>Some traffic is tunnelled or encrypted in a way that cannot be read</source>
        <translation>Parte del tráfico va en un túnel o cifrado de una forma que no se puede leer</translation>
    </message>
    <message>
        <source>%1 of %2 ClientHellos were cut short by the snap length, so whether they carry SNI is unknown; only %3 could be read whole, too few to conclude from. Capture again with the whole packets: tcpdump -s 0.</source>
        <translation>%1 de %2 ClientHellos quedaron cortados por la longitud de captura, así que no se sabe si llevan SNI; solo %3 se pudieron leer enteros, demasiado pocos para sacar conclusiones. Vuelva a capturar con los paquetes completos: tcpdump -s 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) use the SSLv2-compatible format of old clients (old Java and OpenSSL versions), from %1. That format has no extensions: such a client can never send SNI and always needs the wildcard route, or an upgrade. The first is frame %2.</source>
        <translation>
            <numerusform>%n ClientHello usa el formato compatible con SSLv2 de los clientes antiguos (versiones antiguas de Java y OpenSSL), desde %1. Ese formato no tiene extensiones: un cliente así nunca puede enviar SNI y siempre necesita la ruta comodín, o una actualización. Es la trama %2.</numerusform>
            <numerusform>%n ClientHellos usan el formato compatible con SSLv2 de los clientes antiguos (versiones antiguas de Java y OpenSSL), desde %1. Ese formato no tiene extensiones: un cliente así nunca puede enviar SNI y siempre necesita la ruta comodín, o una actualización. El primero es la trama %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 packets could not be opened: %2. ClientHellos inside them are not counted. Capture where the traffic is plain: on the ingress pod&apos;s own interface (kubectl debug, or nsenter into its network namespace) rather than on the node&apos;s tunnel or encrypted interface.</source>
        <translation>%1 paquetes no se pudieron abrir: %2. Los ClientHellos que contengan no se cuentan. Capture donde el tráfico va en claro: en la interfaz del propio pod del ingress (kubectl debug, o nsenter en su espacio de nombres de red) y no en la interfaz de túnel o cifrada del nodo.</translation>
    </message>
    <message numerus="yes">
        <source>The capture cannot tell: %1 of %n ClientHello(s) were cut by its snap length. Capture again with tcpdump -s 0.</source>
        <translation>
            <numerusform>La captura no permite saberlo: %1 de %n ClientHello quedó cortado por su longitud de captura. Vuelva a capturar con tcpdump -s 0.</numerusform>
            <numerusform>La captura no permite saberlo: %1 de %n ClientHellos quedaron cortados por su longitud de captura. Vuelva a capturar con tcpdump -s 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture again without a snap length, on the node of the ingress pod while the client connects: tcpdump -n -i any -s 0 -w capture.pcap &apos;tcp port 443&apos;.</source>
        <translation>Vuelva a capturar sin longitud de captura, en el nodo del pod del ingress mientras el cliente se conecta: tcpdump -n -i any -s 0 -w capture.pcap &apos;tcp port 443&apos;.</translation>
    </message>
    <message>
        <source>The traffic here is tunnelled or encrypted: capture on the ingress pod&apos;s own interface instead, where its connections are plain TCP.</source>
        <translation>Aquí el tráfico va en un túnel o cifrado: capture en cambio en la interfaz del propio pod del ingress, donde sus conexiones son TCP en claro.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ClusterFetch</name>
    <message>
        <source>the pod has no container &quot;%1&quot; (it has: %2)</source>
        <translation>el pod no tiene el contenedor &quot;%1&quot; (tiene: %2)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CommandBox</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Equivalent commands, to run them yourself:</source>
        <translation>&amp;Comandos equivalentes, para ejecutarlos usted mismo:</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Copiar los comandos al portapapeles</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copiar comandos</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Comandos equivalentes</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Not collected: ask the &amp;admin for the output of these commands:</source>
        <translation>No recogido: pida al ad&amp;ministrador la salida de estos comandos:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CommandLine</name>
    <message>
        <source>Probing %1 port %2 (connecting to %3)</source>
        <translation>Sondeando %1 puerto %2 (conectando a %3)</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI enviado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Sent/received</source>
        <translation>Enviados/recibidos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 bytes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Certificate with SNI %1: %2, issued by %3, valid until %4</source>
        <translation>Certificado con SNI %1: %2, emitido por %3, válido hasta %4</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <source>Verification: OK</source>
        <translation>Verificación: correcta</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verificación fallida: %1</translation>
    </message>
    <message>
        <source>Error with SNI %1: %2</source>
        <translation>Error con SNI %1: %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa: %1</translation>
    </message>
    <message>
        <source>Equivalent commands:</source>
        <translation>Comandos equivalentes:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try sni-doctor --help.</source>
        <translation>Comando desconocido &quot;%1&quot;. Pruebe sni-doctor --help.</translation>
    </message>
    <message>
        <source>Probes an endpoint with and without SNI.</source>
        <translation>Sondea un endpoint con y sin SNI.</translation>
    </message>
    <message>
        <source>The API host name and port (443 by default).</source>
        <translation>El nombre de host de la API y el puerto (443 por defecto).</translation>
    </message>
    <message>
        <source>Connect to ADDRESS instead of the host&apos;s address (like curl --resolve).</source>
        <translation>Conectar a DIRECCIÓN en lugar de a la dirección del host (como curl --resolve).</translation>
    </message>
    <message>
        <source>Seconds per attempt (10 by default).</source>
        <translation>Segundos por intento (10 por defecto).</translation>
    </message>
    <message>
        <source>PEM file of CA certificates to verify against (system CAs by default).</source>
        <translation>Archivo PEM de certificados de CA con los que verificar (por defecto, las CA del sistema).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <source>This help.</source>
        <translation>Esta ayuda.</translation>
    </message>
    <message>
        <source>Give exactly one HOST[:PORT]. Try sni-doctor probe --help.</source>
        <translation>Indique exactamente un HOST[:PUERTO]. Pruebe sni-doctor probe --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST, HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.</source>
        <translation>&quot;%1&quot; no es HOST, HOST:PUERTO ni [IPv6]:PUERTO con un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &quot;%1&quot;.</source>
        <translation>--timeout admite segundos de 1 a 600, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Starts a local TLS endpoint that behaves like the Apigee ingress.</source>
        <translation>Inicia un endpoint TLS local que se comporta como la entrada de Apigee.</translation>
    </message>
    <message>
        <source>Port to listen on (8443 by default; 0 picks a free one).</source>
        <translation>Puerto de escucha (8443 por defecto; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>strict: reset clients without SNI (no wildcard route); wildcard: serve them a default certificate; alert: answer unrecognized_name.</source>
        <translation>strict: restablece los clientes sin SNI (sin ruta comodín); wildcard: les sirve un certificado predeterminado; alert: responde unrecognized_name.</translation>
    </message>
    <message>
        <source>Address to listen on (127.0.0.1 by default).</source>
        <translation>Dirección de escucha (127.0.0.1 por defecto).</translation>
    </message>
    <message>
        <source>A host name the lab serves (repeatable; api-test.mydomain.com and localhost by default).</source>
        <translation>Un nombre de host que sirve el laboratorio (repetible; api-test.mydomain.com y localhost por defecto).</translation>
    </message>
    <message>
        <source>Write the lab&apos;s CA certificate to FILE, for probe --ca-file.</source>
        <translation>Escribir el certificado de la CA del laboratorio en ARCHIVO, para probe --ca-file.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port admite un número de 0 a 65535, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--mode is strict, wildcard or alert, not &quot;%1&quot;.</source>
        <translation>--mode es strict, wildcard o alert, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Practice lab in %1 mode listening on %2 port %3, serving %4.</source>
        <translation>Laboratorio de práctica en modo %1 escuchando en %2 puerto %3, sirviendo %4.</translation>
    </message>
    <message>
        <source>Try: sni-doctor probe %1:%2 --connect %3</source>
        <translation>Pruebe: sni-doctor probe %1:%2 --connect %3</translation>
    </message>
    <message>
        <source>One access-log line per connection follows; Ctrl+C stops the lab.</source>
        <translation>A continuación, una línea de registro de acceso por conexión; Ctrl+C detiene el laboratorio.</translation>
    </message>
    <message>
        <source>No display found, so instead of the wizard SNI Doctor probes its practice lab, which behaves like an Apigee ingress without a wildcard route.</source>
        <translation>No hay pantalla, así que en lugar del asistente SNI Doctor sondea su laboratorio de práctica, que se comporta como una entrada de Apigee sin ruta comodín.</translation>
    </message>
    <message>
        <source>This was the practice lab. Probe your own endpoint with: sni-doctor probe HOST[:PORT] [--connect INGRESS_IP]; start the wizard on a machine with a display.</source>
        <translation>Esto era el laboratorio de práctica. Sondee su propio endpoint con: sni-doctor probe HOST[:PUERTO] [--connect IP_DE_LA_ENTRADA]; inicie el asistente en un equipo con pantalla.</translation>
    </message>
    <message>
        <source>Read %1 line(s) of %2: %3 access-log record(s), %4 other line(s).</source>
        <translation>Leídas %1 línea(s) de %2: %3 registro(s) de acceso, %4 línea(s) de otro tipo.</translation>
    </message>
    <message>
        <source>Time range: %1 to %2</source>
        <translation>Intervalo de tiempo: de %1 a %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Refused clients:</source>
        <translation>Clientes rechazados:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No SNI</source>
        <translation>Sin SNI</translation>
    </message>
    <message>
        <source>Unknown SNI</source>
        <translation>SNI desconocido</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>SNI hosts:</source>
        <translation>Hosts SNI:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Finds the clients the ingress refused in its access logs.</source>
        <translation>Busca en los registros de acceso los clientes que la entrada rechazó.</translation>
    </message>
    <message>
        <source>Output of kubectl logs of an ingress gateway pod; .gz and other compressed files are read as they are; - reads standard input.</source>
        <translation>Salida de kubectl logs de un pod de la pasarela de entrada; los .gz y otros archivos comprimidos se leen tal cual; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Give at least one FILE (or - for standard input). Try sni-doctor logs --help.</source>
        <translation>Indique al menos un ARCHIVO (o - para la entrada estándar). Pruebe sni-doctor logs --help.</translation>
    </message>
    <message>
        <source>%1: %2 packets (%3), %4 TCP connections, %5 ClientHellos: %6 without SNI, %7 reset by the server, %8 incomplete.</source>
        <translation>%1: %2 paquetes (%3), %4 conexiones TCP, %5 ClientHellos: %6 sin SNI, %7 restablecidos por el servidor, %8 incompletos.</translation>
    </message>
    <message>
        <source>Clients without SNI:</source>
        <translation>Clientes sin SNI:</translation>
    </message>
    <message>
        <source>Hellos without SNI</source>
        <translation>Hellos sin SNI</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecidos</translation>
    </message>
    <message>
        <source>Reads a packet capture and says which ClientHellos carry no SNI and what the server answered.</source>
        <translation>Lee una captura de paquetes e indica qué ClientHellos no llevan SNI y qué respondió el servidor.</translation>
    </message>
    <message>
        <source>A pcap or pcapng file, as tcpdump -w writes it.</source>
        <translation>Un archivo pcap o pcapng, como lo escribe tcpdump -w.</translation>
    </message>
    <message>
        <source>Print one line per ClientHello (frame, SNI, reaction), for scripts.</source>
        <translation>Imprimir una línea por ClientHello (trama, SNI, reacción), para scripts.</translation>
    </message>
    <message>
        <source>Give exactly one capture FILE. Try sni-doctor capture --help.</source>
        <translation>Indique exactamente un ARCHIVO de captura. Pruebe sni-doctor capture --help.</translation>
    </message>
    <message>
        <source>Checks the ApigeeRoutes for a wildcard route that serves clients without SNI and is attached to every virtual host.</source>
        <translation>Comprueba en las ApigeeRoutes que haya una ruta comodín que sirva a los clientes sin SNI y esté asociada a cada host virtual.</translation>
    </message>
    <message>
        <source>The output of kubectl get apigeeroutes -o yaml (or -o json) saved to FILE.</source>
        <translation>La salida de kubectl get apigeeroutes -o yaml (o -o json) guardada en ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>The kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>El kubeconfig que se usará (si no, KUBECONFIG; si no, ~/.kube/config).</translation>
    </message>
    <message>
        <source>The kubeconfig context (its current-context by default).</source>
        <translation>El contexto del kubeconfig (por defecto, su current-context).</translation>
    </message>
    <message>
        <source>The namespace of the routes (the context&apos;s, else apigee).</source>
        <translation>El espacio de nombres de las rutas (el del contexto; si no, apigee).</translation>
    </message>
    <message>
        <source>Warning: the cluster&apos;s certificate is not verified (insecure-skip-tls-verify).</source>
        <translation>Aviso: el certificado del clúster no se verifica (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>The namespace %1 has no ApigeeRoute: check the namespace (--namespace).</source>
        <translation>El espacio de nombres %1 no tiene ninguna ApigeeRoute: compruebe el espacio de nombres (--namespace).</translation>
    </message>
    <message>
        <source>Lists the ingress gateway pods, and reads their access logs.</source>
        <translation>Enumera los pods de la pasarela de entrada y lee sus registros de acceso.</translation>
    </message>
    <message>
        <source>The namespace of the pods (the context&apos;s, else apigee).</source>
        <translation>El espacio de nombres de los pods (el del contexto; si no, apigee).</translation>
    </message>
    <message>
        <source>Read each pod&apos;s access log and analyze it.</source>
        <translation>Leer el registro de acceso de cada pod y analizarlo.</translation>
    </message>
    <message>
        <source>Read only the last N lines of each log (all by default).</source>
        <translation>Leer solo las últimas N líneas de cada registro (todas por defecto).</translation>
    </message>
    <message>
        <source>--tail takes a number of lines, not &quot;%1&quot;.</source>
        <translation>--tail admite un número de líneas, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Events of %1:</source>
        <translation>Eventos de %1:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways. The routes come from --wildcard-route, --routes-from, or the cluster when --kubeconfig or --context is given.</source>
        <translation>Valida un overrides.yaml: sintaxis, estructura, certificados y que cada host virtual incluya la ruta comodín en additionalGateways. Las rutas salen de --wildcard-route, de --routes-from o del clúster si se indica --kubeconfig o --context.</translation>
    </message>
    <message>
        <source>The overrides.yaml to check.</source>
        <translation>El overrides.yaml que se va a comprobar.</translation>
    </message>
    <message>
        <source>The name of the wildcard (non-SNI) route.</source>
        <translation>El nombre de la ruta comodín (sin SNI).</translation>
    </message>
    <message>
        <source>Saved kubectl get apigeeroutes -o yaml (or -o json) output.</source>
        <translation>Salida guardada de kubectl get apigeeroutes -o yaml (o -o json).</translation>
    </message>
    <message>
        <source>Read the routes from the cluster of this kubeconfig.</source>
        <translation>Leer las rutas del clúster de este kubeconfig.</translation>
    </message>
    <message>
        <source>Helm&apos;s apigee-virtualhost chart folder, where relative certificate paths point.</source>
        <translation>La carpeta del chart apigee-virtualhost de Helm, a la que apuntan las rutas relativas de los certificados.</translation>
    </message>
    <message>
        <source>Give one overrides.yaml. Try sni-doctor overrides --help.</source>
        <translation>Indique un overrides.yaml. Pruebe sni-doctor overrides --help.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n nota.</numerusform>
            <numerusform>%n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sni-doctor [COMMAND] [OPTIONS]</source>
        <translation>Uso: sni-doctor [COMANDO] [OPCIONES]</translation>
    </message>
    <message>
        <source>SNI Doctor finds out why API clients of an Apigee hybrid ingress get &quot;Connection reset by peer&quot; during the TLS handshake.</source>
        <translation>SNI Doctor averigua por qué los clientes de API de una entrada de Apigee hybrid reciben &quot;Connection reset by peer&quot; durante el handshake TLS.</translation>
    </message>
    <message>
        <source>Without a command it opens the wizard (or, without a display, probes the practice lab).</source>
        <translation>Sin comando abre el asistente (o, sin pantalla, sondea el laboratorio de práctica).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Handshake with the host name as SNI, without SNI, and with an unknown name.</source>
        <translation>Handshake con el nombre de host como SNI, sin SNI y con un nombre desconocido.</translation>
    </message>
    <message>
        <source>A local TLS endpoint that behaves like the Apigee ingress.</source>
        <translation>Un endpoint TLS local que se comporta como la entrada de Apigee.</translation>
    </message>
    <message>
        <source>Finds the clients refused for lack of SNI in ingress access logs.</source>
        <translation>Busca en los registros de acceso de la entrada los clientes rechazados por no enviar SNI.</translation>
    </message>
    <message>
        <source>Reads a packet capture: which ClientHellos carry no SNI, and what the server answered.</source>
        <translation>Lee una captura de paquetes: qué ClientHellos no llevan SNI y qué respondió el servidor.</translation>
    </message>
    <message>
        <source>Checks the ApigeeRoutes (from the cluster, or saved kubectl get apigeeroutes -o yaml output) for a wildcard route that serves clients without SNI.</source>
        <translation>Comprueba en las ApigeeRoutes (del clúster, o de la salida guardada de kubectl get apigeeroutes -o yaml) que haya una ruta comodín que sirva a los clientes sin SNI.</translation>
    </message>
    <message>
        <source>Lists the ingress gateway pods; with --logs, reads their access logs for refused clients.</source>
        <translation>Enumera los pods de la pasarela de entrada; con --logs, busca en sus registros de acceso los clientes rechazados.</translation>
    </message>
    <message>
        <source>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways.</source>
        <translation>Valida un overrides.yaml: sintaxis, estructura, certificados y que cada host virtual incluya la ruta comodín en additionalGateways.</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Opciones de todos los comandos:</translation>
    </message>
    <message>
        <source>language of the output</source>
        <translation>idioma de la salida</translation>
    </message>
    <message>
        <source>this help; COMMAND --help for a command&apos;s options</source>
        <translation>esta ayuda; COMANDO --help para las opciones de un comando</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>la versión</translation>
    </message>
    <message>
        <source>Exit codes: 0 no problem found, 1 a problem found, 2 usage or input error, 3 could not complete (unreachable, timeout, canceled).</source>
        <translation>Códigos de salida: 0 ningún problema, 1 se encontró un problema, 2 error de uso o de entrada, 3 no se pudo completar (inalcanzable, tiempo agotado, cancelado).</translation>
    </message>
    <message>
        <source>Probe this endpoint with and without SNI.</source>
        <translation>Sondear este endpoint con y sin SNI.</translation>
    </message>
    <message>
        <source>Connect the probe to this address instead of resolving HOST.</source>
        <translation>Conectar el sondeo a esta dirección en lugar de resolver HOST.</translation>
    </message>
    <message>
        <source>An ingress access log (kubectl logs output); repeat for more.</source>
        <translation>Un registro de acceso de la entrada (salida de kubectl logs); repítalo para más.</translation>
    </message>
    <message>
        <source>A packet capture (pcap or pcapng).</source>
        <translation>Una captura de paquetes (pcap o pcapng).</translation>
    </message>
    <message>
        <source>The name of the wildcard route to create (non-sni by default).</source>
        <translation>El nombre de la ruta comodín que se va a crear (non-sni por defecto).</translation>
    </message>
    <message>
        <source>Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm.</source>
        <translation>Dar comandos de apigeectl (hybrid 1.11 y anteriores) en lugar de Helm.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try sni-doctor diagnose --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Pruebe sni-doctor diagnose --help.</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Veredicto: %1 [%2]</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confianza: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Evidence that says otherwise:</source>
        <translation>Pruebas que dicen lo contrario:</translation>
    </message>
    <message>
        <source>The wildcard route (save as %1.yaml):</source>
        <translation>La ruta comodín (guárdela como %1.yaml):</translation>
    </message>
    <message>
        <source>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</source>
        <translation>La ruta comodín %1 existe y habilita a los clientes sin SNI: se queda como está.</translation>
    </message>
    <message>
        <source>Replace the placeholder credentialName with the TLS secret of a virtual host first.</source>
        <translation>Antes, sustituya el credentialName provisional por el secreto TLS de un host virtual.</translation>
    </message>
    <message>
        <source>The overrides.yaml change:</source>
        <translation>El cambio de overrides.yaml:</translation>
    </message>
    <message>
        <source>Add the route by hand to: %1.</source>
        <translation>Añada la ruta a mano en: %1.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Revise: %1</translation>
    </message>
    <message>
        <source>Apply (a dry run first), then verify:</source>
        <translation>Aplique (primero en simulación) y después verifique:</translation>
    </message>
    <message>
        <source>Writes the support bundle: what support asks for, secrets redacted, with a manifest of checksums.</source>
        <translation>Escribe el paquete para soporte: lo que pide soporte, con los secretos ocultos y un manifiesto de sumas de comprobación.</translation>
    </message>
    <message>
        <source>Runs the steps it is given, like diagnose, and writes what support asks for into one archive: the report, overrides.yaml and its problems, the routes with their events, the pods, the environment groups, each step&apos;s results, and a manifest with checksums. Secrets are redacted.</source>
        <translation>Ejecuta los pasos que se le indican, como diagnose, y escribe en un archivo lo que pide soporte: el informe, overrides.yaml y sus problemas, las rutas con sus eventos, los pods, los grupos de entornos, los resultados de cada paso y un manifiesto con sumas de comprobación. Los secretos se ocultan.</translation>
    </message>
    <message>
        <source>The bundle to write (.zip, or .tar.gz with --tar-gz).</source>
        <translation>El paquete que se va a escribir (.zip, o .tar.gz con --tar-gz).</translation>
    </message>
    <message>
        <source>An environment group affected; repeat for more (default: the virtual hosts).</source>
        <translation>Un grupo de entornos afectado; repítalo para más (por defecto: los hosts virtuales).</translation>
    </message>
    <message>
        <source>Add the full logs (redacted) too.</source>
        <translation>Añadir también los registros completos (con los secretos ocultos).</translation>
    </message>
    <message>
        <source>Write a .tar.gz instead of a .zip.</source>
        <translation>Escribir un .tar.gz en lugar de un .zip.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sustituir FILE si existe.</translation>
    </message>
    <message>
        <source>Give the bundle to write with --out FILE. Try sni-doctor bundle --help.</source>
        <translation>Indique el paquete que se va a escribir con --out FILE. Pruebe sni-doctor bundle --help.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 files, %3 bytes, %4 secrets redacted.</source>
        <translation>Escrito %1: %2 archivos, %3 bytes, %4 secretos ocultos.</translation>
    </message>
    <message>
        <source>Reviews a bundle, an archive, a folder or files offline: each file recognised by its content, and the verdict as diagnose prints it. Nothing is executed.</source>
        <translation>Revisa sin conexión un paquete, un archivo comprimido, una carpeta o archivos: cada archivo se reconoce por su contenido, y el veredicto como lo imprime diagnose. No se ejecuta nada.</translation>
    </message>
    <message>
        <source>Reviews collected files offline (a support bundle, any zip or tar.gz, folders or single files): recognises each file by its content, verifies a bundle&apos;s checksums, and prints the verdict as diagnose does. Nothing is executed and the network is not used.</source>
        <translation>Revisa sin conexión archivos recopilados (un paquete de soporte, cualquier zip o tar.gz, carpetas o archivos sueltos): reconoce cada archivo por su contenido, verifica las sumas de comprobación de un paquete e imprime el veredicto como diagnose. No se ejecuta nada y no se usa la red.</translation>
    </message>
    <message>
        <source>A bundle, an archive, a folder or a file; repeat for more.</source>
        <translation>Un paquete, un archivo comprimido, una carpeta o un archivo; repítalo para más.</translation>
    </message>
    <message>
        <source>Name at least one bundle, archive, folder or file. Try sni-doctor review --help.</source>
        <translation>Indique al menos un paquete, archivo comprimido, carpeta o archivo. Pruebe sni-doctor review --help.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Files reviewed (%1):</source>
        <translation>Archivos revisados (%1):</translation>
    </message>
    <message>
        <source>used for: %1</source>
        <translation>usado para: %1</translation>
    </message>
    <message>
        <source>not used: the step already has a result</source>
        <translation>no usado: el paso ya tiene un resultado</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; all %4 files match manifest.json.</source>
        <translation>%1: un paquete de SNI Doctor %2 creado %3; los %4 archivos coinciden con manifest.json.</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; only %4 of %5 files match manifest.json: it was changed or damaged after it was made.</source>
        <translation>%1: un paquete de SNI Doctor %2 creado %3; solo %4 de %5 archivos coinciden con manifest.json: se modificó o dañó después de crearse.</translation>
    </message>
    <message>
        <source>Not collected (ask the admin for these):</source>
        <translation>No recogido (pídale esto al administrador):</translation>
    </message>
    <message>
        <source>Notes in the bundle:</source>
        <translation>Notas del paquete:</translation>
    </message>
    <message>
        <source>Check overrides.yaml as this Apigee hybrid release (1.2 to 1.16) instead of the one its keys suggest.</source>
        <translation>Comprobar overrides.yaml como esta versión de Apigee hybrid (de 1.2 a 1.16) en lugar de la que indican sus claves.</translation>
    </message>
    <message>
        <source>How it is installed: helm or apigeectl (default: from the file).</source>
        <translation>Cómo se instala: helm o apigeectl (por omisión: según el archivo).</translation>
    </message>
    <message>
        <source>--hybrid-version %1 is not an Apigee hybrid release: give one from 1.1 to 1.16, such as 1.12.</source>
        <translation>--hybrid-version %1 no es una versión de Apigee hybrid: indique una de 1.1 a 1.16, por ejemplo 1.12.</translation>
    </message>
    <message>
        <source>--layout is helm or apigeectl, not %1.</source>
        <translation>--layout es helm o apigeectl, no %1.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name, or add --force to replace it.</source>
        <translation>%1 ya existe: elija otro nombre, o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Add the capture too, reduced to its frame headers and TLS handshakes (no application data).</source>
        <translation>Añadir también la captura, reducida a las cabeceras de sus tramas y a los handshakes TLS (sin datos de aplicación).</translation>
    </message>
    <message>
        <source>Act as this user (kubectl&apos;s impersonation, over the kubeconfig&apos;s as).</source>
        <translation>Actuar como este usuario (la suplantación de kubectl, por encima del as del kubeconfig).</translation>
    </message>
    <message>
        <source>Act as a member of this group (repeat for several).</source>
        <translation>Actuar como miembro de este grupo (repítalo para varios).</translation>
    </message>
    <message>
        <source>Act as this user UID.</source>
        <translation>Actuar con este UID de usuario.</translation>
    </message>
    <message>
        <source>How long one request to the cluster may take, as kubectl: 30s, 2m, 1h or seconds; 0 for no limit (default: 30s, and none while following logs).</source>
        <translation>Cuánto puede durar una petición al clúster, como en kubectl: 30s, 2m, 1h o segundos; 0 para no limitarla (por defecto: 30s, y sin límite al seguir registros).</translation>
    </message>
    <message>
        <source>Warning: the ApigeeRoutes&apos; events could not be listed, so they are shown without them: %1</source>
        <translation>Aviso: no se pudieron listar los eventos de los ApigeeRoute, así que se muestran sin ellos: %1</translation>
    </message>
    <message>
        <source>The ingress pods&apos; label selector, as kubectl -l (default app=apigee-ingressgateway; older layouts: app=istio-ingressgateway -n istio-system).</source>
        <translation>El selector de etiquetas de los pods de entrada, como kubectl -l (por defecto app=apigee-ingressgateway; instalaciones antiguas: app=istio-ingressgateway -n istio-system).</translation>
    </message>
    <message>
        <source>Read this container&apos;s log in every pod (default: the pod&apos;s default container, else the one that holds the access log).</source>
        <translation>Leer el registro de este contenedor en cada pod (por defecto: el contenedor por defecto del pod, si no, el que contiene el registro de acceso).</translation>
    </message>
    <message>
        <source>Also read the previous instance of containers that restarted.</source>
        <translation>Leer también la instancia anterior de los contenedores que se reiniciaron.</translation>
    </message>
    <message>
        <source>Read only lines newer than this, as kubectl: 30s, 5m, 1h.</source>
        <translation>Leer solo las líneas más recientes que esto, como kubectl: 30s, 5m, 1h.</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--since admite una duración como 30s, 5m o 1h, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Runs the steps it is given and prints one verdict with its evidence, and the fix; with --cluster, every step from the kubeconfig context alone.</source>
        <translation>Ejecuta los pasos indicados e imprime un veredicto con sus pruebas y la corrección; con --cluster, todos los pasos a partir solo del contexto de kubeconfig.</translation>
    </message>
    <message>
        <source>Every host through every ingress (at most %1 connections at once, %2 s):</source>
        <translation>Cada host a través de cada ingress (como máximo %1 conexiones a la vez, %2 s):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2:%3 (%4)</source>
        <translation>%1 en %2:%3 (%4)</translation>
    </message>
    <message>
        <source>--cluster reads every step from the cluster: it does not take --%1.</source>
        <translation>--cluster lee todos los pasos del clúster: no admite --%1.</translation>
    </message>
    <message>
        <source>--max-connections takes a number from 3 to 300.</source>
        <translation>--max-connections admite un número de 3 a 300.</translation>
    </message>
    <message>
        <source>Step 2 skipped: %1</source>
        <translation>Paso 2 omitido: %1</translation>
    </message>
    <message>
        <source>The ingress Services could not be listed: %1</source>
        <translation>No se pudieron listar los Services del ingress: %1</translation>
    </message>
    <message>
        <source>Runs the runbook steps it is given (any of them) and prints one verdict with its evidence, the wildcard route and overrides.yaml change that fix it, and the commands to apply and verify them. With --cluster, the kubeconfig context alone: the routes, pods, logs and ingress Services from the cluster, and every host probed through every ingress.</source>
        <translation>Ejecuta los pasos del runbook que se le indiquen (cualquiera de ellos) e imprime un veredicto con sus pruebas, la ruta comodín y el cambio de overrides.yaml que lo corrigen, y los comandos para aplicarlos y verificarlos. Con --cluster, solo el contexto de kubeconfig: las rutas, los pods, los registros y los Services del ingress desde el clúster, y cada host sondeado a través de cada ingress.</translation>
    </message>
    <message>
        <source>Diagnose automatically from the kubeconfig context alone.</source>
        <translation>Diagnosticar automáticamente solo a partir del contexto de kubeconfig.</translation>
    </message>
    <message>
        <source>With --cluster: at most this many probe connections at once (24).</source>
        <translation>Con --cluster: como máximo este número de conexiones de sondeo a la vez (24).</translation>
    </message>
    <message>
        <source>Follows every ingress pod&apos;s access log and prints each refused or failed connection as it happens.</source>
        <translation>Sigue el registro de acceso de cada pod de ingress y muestra cada conexión rechazada o fallida en el momento en que ocurre.</translation>
    </message>
    <message>
        <source>Follows the access log of every ingress gateway pod and prints each refused or failed connection as it happens, until --for ends or Ctrl+C. Exit code 1 when a refusal was seen.</source>
        <translation>Sigue el registro de acceso de cada pod del ingress gateway y muestra cada conexión rechazada o fallida en el momento en que ocurre, hasta que termina --for o Ctrl+C. Código de salida 1 si se vio un rechazo.</translation>
    </message>
    <message>
        <source>Print only this client&apos;s connections.</source>
        <translation>Mostrar solo las conexiones de este cliente.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: Ctrl+C).</source>
        <translation>Parar tras estos segundos (por defecto: Ctrl+C).</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Escribir un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>--for takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--for recibe un número de segundos, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--client takes an IP address, not &quot;%1&quot;.</source>
        <translation>--client recibe una dirección IP, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>SNI none</source>
        <translation>SNI ninguno</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>Following the log of %1.</source>
        <translation>Siguiendo el registro de %1.</translation>
    </message>
    <message>
        <source>%1 left; its log is no longer followed.</source>
        <translation>%1 ya no está; su registro deja de seguirse.</translation>
    </message>
    <message numerus="yes">
        <source>Watching the ingress pods in %1 for %n second(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Vigilando los pods de ingress en %1 durante %n segundo; Ctrl+C para.</numerusform>
            <numerusform>Vigilando los pods de ingress en %1 durante %n segundos; Ctrl+C para.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching the ingress pods in %1; Ctrl+C stops.</source>
        <translation>Vigilando los pods de ingress en %1; Ctrl+C para.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused or failed connection(s) in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</source>
        <translation>
            <numerusform>%n conexión rechazada o fallida en %1 s, %2 de ellas rechazadas durante el handshake; pods de ingress seguidos: %3.</numerusform>
            <numerusform>%n conexiones rechazadas o fallidas en %1 s, %2 de ellas rechazadas durante el handshake; pods de ingress seguidos: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused or failed connection(s) of %4 in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</source>
        <translation>
            <numerusform>%n conexión rechazada o fallida de %4 en %1 s, %2 de ellas rechazadas durante el handshake; pods de ingress seguidos: %3.</numerusform>
            <numerusform>%n conexiones rechazadas o fallidas de %4 en %1 s, %2 de ellas rechazadas durante el handshake; pods de ingress seguidos: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing through a port-forward to pod %1, port %2, in namespace %3 (context %4).</source>
        <translation>Sondeando a través de un port-forward al pod %1, puerto %2, en el espacio de nombres %3 (contexto %4).</translation>
    </message>
    <message>
        <source>Or let sni-doctor run kubectl port-forward for this probe and stop it afterwards: add --kubectl-port-forward.</source>
        <translation>O deje que sni-doctor ejecute kubectl port-forward para este sondeo y lo detenga después: añada --kubectl-port-forward.</translation>
    </message>
    <message>
        <source>kubectl is not installed (not found in PATH): install it, or run the command above on a machine that has it.</source>
        <translation>kubectl no está instalado (no está en el PATH): instálelo, o ejecute el comando anterior en una máquina que lo tenga.</translation>
    </message>
    <message>
        <source>Started %1; it forwards 127.0.0.1:%2 and stops after the probe.</source>
        <translation>Se inició %1; reenvía 127.0.0.1:%2 y se detiene tras el sondeo.</translation>
    </message>
    <message>
        <source>Probe through a port-forward to this ingress gateway pod, by the Kubernetes API (when the ingress address cannot be reached from here).</source>
        <translation>Sondear a través de un port-forward a este pod del ingress gateway, por la API de Kubernetes (cuando la dirección del ingress no es alcanzable desde aquí).</translation>
    </message>
    <message>
        <source>The pod&apos;s port to forward to with --through-pod (443 by default).</source>
        <translation>El puerto del pod al que reenviar con --through-pod (443 por defecto).</translation>
    </message>
    <message>
        <source>When the API server does not support the WebSocket port-forward, run kubectl port-forward for the probe (and stop it afterwards).</source>
        <translation>Cuando el servidor de la API no admite el port-forward por WebSocket, ejecutar kubectl port-forward para el sondeo (y detenerlo después).</translation>
    </message>
    <message>
        <source>With --through-pod: the kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>Con --through-pod: el kubeconfig que usar (si no, KUBECONFIG; si no, ~/.kube/config).</translation>
    </message>
    <message>
        <source>With --through-pod: the pod&apos;s namespace (the context&apos;s, else apigee).</source>
        <translation>Con --through-pod: el espacio de nombres del pod (el del contexto; si no, apigee).</translation>
    </message>
    <message>
        <source>--kubeconfig, --context, -n, --pod-port and --kubectl-port-forward go with --through-pod POD.</source>
        <translation>--kubeconfig, --context, -n, --pod-port y --kubectl-port-forward van con --through-pod POD.</translation>
    </message>
    <message>
        <source>--connect and --through-pod exclude each other: the port-forward is where the probe connects.</source>
        <translation>--connect y --through-pod se excluyen: el port-forward es donde se conecta el sondeo.</translation>
    </message>
    <message>
        <source>--pod-port takes a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--pod-port admite un puerto de 1 a 65535, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>kubectl port-forward stopped during the probe, so later attempts may show its failure rather than the ingress&apos;s: %1</source>
        <translation>kubectl port-forward se detuvo durante el sondeo, así que los intentos posteriores pueden mostrar su fallo y no el del ingress: %1</translation>
    </message>
    <message>
        <source>The port-forward ends with this probe. To run the commands above by hand, start one on the same port first: %1</source>
        <translation>El port-forward termina con este sondeo. Para ejecutar a mano los comandos anteriores, inicie antes uno en el mismo puerto: %1</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached from this machine (an internal load balancer, a private cluster?). Probe it through the Kubernetes API instead: sni-doctor probe --through-pod POD %1 (list the pods with sni-doctor pods).</source>
        <translation>El endpoint no es alcanzable desde esta máquina (¿un balanceador de carga interno, un clúster privado?). Sondéelo en su lugar a través de la API de Kubernetes: sni-doctor probe --through-pod POD %1 (liste los pods con sni-doctor pods).</translation>
    </message>
    <message>
        <source>With --cluster: the ingress pods&apos; and Services&apos; label selector, as kubectl -l (default app=apigee-ingressgateway).</source>
        <translation>Con --cluster: el selector de etiquetas de los pods y Services de entrada, como kubectl -l (por defecto app=apigee-ingressgateway).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CoreText</name>
    <message>
        <source>Canceled: no result.</source>
        <translation>Cancelado: sin resultado.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::DiagnosisText</name>
    <message>
        <source>the cluster</source>
        <translation>el clúster</translation>
    </message>
    <message>
        <source>Clients without SNI are reset: no wildcard route serves them</source>
        <translation>Las conexiones de los clientes sin SNI se restablecen: ninguna ruta comodín los sirve</translation>
    </message>
    <message>
        <source>The wildcard route exists but does not enable clients without SNI</source>
        <translation>La ruta comodín existe pero no habilita a los clientes sin SNI</translation>
    </message>
    <message>
        <source>The wildcard route is not attached to every virtual host</source>
        <translation>La ruta comodín no está asociada a todos los hosts virtuales</translation>
    </message>
    <message>
        <source>Clients send a server name that no route serves</source>
        <translation>Los clientes envían un nombre de servidor que ninguna ruta sirve</translation>
    </message>
    <message>
        <source>Clients without SNI are served: the resets have another cause</source>
        <translation>Los clientes sin SNI reciben servicio: los restablecimientos tienen otra causa</translation>
    </message>
    <message>
        <source>Not enough evidence for a verdict yet</source>
        <translation>Aún no hay pruebas suficientes para un veredicto</translation>
    </message>
    <message>
        <source>Clients connect without sending a server name (SNI) and no ApigeeRoute with hostnames [&quot;*&quot;] serves them, so the ingress finds no filter chain and resets the connection. Create the wildcard route below with enableNonSniClient: true and add it to additionalGateways of every virtual host.</source>
        <translation>Los clientes se conectan sin enviar un nombre de servidor (SNI) y ninguna ApigeeRoute con hostnames [&quot;*&quot;] los sirve, así que la entrada no encuentra cadena de filtros y restablece la conexión. Cree la ruta comodín de abajo con enableNonSniClient: true y añádala a additionalGateways de cada host virtual.</translation>
    </message>
    <message>
        <source>A route with hostnames [&quot;*&quot;] exists, but enableNonSniClient is not true, so clients without SNI are still reset. Apply the route below, which sets it to true.</source>
        <translation>Existe una ruta con hostnames [&quot;*&quot;], pero enableNonSniClient no es true, así que las conexiones de los clientes sin SNI se siguen restableciendo. Aplique la ruta de abajo, que lo pone a true.</translation>
    </message>
    <message>
        <source>The wildcard route exists, but some virtual hosts do not list it in additionalGateways, so their ingress has no chain for clients without SNI. Apply the overrides.yaml change below and the virtual hosts.</source>
        <translation>La ruta comodín existe, pero algunos hosts virtuales no la incluyen en additionalGateways, así que su entrada no tiene cadena para los clientes sin SNI. Aplique el cambio de overrides.yaml de abajo y los hosts virtuales.</translation>
    </message>
    <message>
        <source>Clients do send SNI, but a host name that no route lists, so the ingress refuses them. Add the name to the environment group&apos;s host names, or correct the client&apos;s URL.</source>
        <translation>Los clientes sí envían SNI, pero un nombre de host que ninguna ruta incluye, así que la entrada los rechaza. Añada el nombre a los nombres de host del grupo de entornos o corrija la URL del cliente.</translation>
    </message>
    <message>
        <source>A client without SNI gets a certificate, so the wildcard route works. If connections are still reset, look at the evidence below: the client may reach another ingress or address, or fail later in the handshake.</source>
        <translation>Un cliente sin SNI recibe un certificado, así que la ruta comodín funciona. Si las conexiones se siguen restableciendo, mire las pruebas de abajo: puede que el cliente llegue a otra entrada o dirección, o que falle más adelante en el handshake.</translation>
    </message>
    <message>
        <source>The steps run so far do not show why clients are reset.</source>
        <translation>Los pasos ejecutados hasta ahora no muestran por qué se restablecen las conexiones de los clientes.</translation>
    </message>
    <message>
        <source>%1 would decide it.</source>
        <translation>Lo decidiría: %1.</translation>
    </message>
    <message>
        <source>Some evidence says otherwise: see below.</source>
        <translation>Algunas pruebas dicen lo contrario: véalas abajo.</translation>
    </message>
    <message>
        <source>%1 connections without SNI were served (a wildcard route at work).</source>
        <translation>Se sirvieron %1 conexiones sin SNI (una ruta comodín en acción).</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Fixed: clients without SNI are served now</source>
        <translation>Corregido: los clientes sin SNI ya reciben servicio</translation>
    </message>
    <message>
        <source>Verify probed the endpoint again after the other steps were read, and a client without SNI got a certificate: the fix works. What those steps found is from before the fix (below). Read the routes and overrides.yaml again to record the state after it.</source>
        <translation>Verificar volvió a sondear el endpoint después de leer los otros pasos, y un cliente sin SNI recibió un certificado: la corrección funciona. Lo que encontraron esos pasos es de antes de la corrección (abajo). Vuelva a leer las rutas y overrides.yaml para registrar el estado posterior.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::DoctorWizard</name>
    <message>
        <source>SNI Doctor</source>
        <translation>SNI Doctor</translation>
    </message>
    <message>
        <source>1. Start</source>
        <translation>1. Inicio</translation>
    </message>
    <message>
        <source>7. Resolution and bundle</source>
        <translation>7. Resolución y paquete</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Pasos del runbook</translation>
    </message>
    <message>
        <source>What the tool does and how you want to work.</source>
        <translation>Qué hace la herramienta y cómo quiere trabajar.</translation>
    </message>
    <message>
        <source>One verdict from all the evidence, and the fix.</source>
        <translation>Un veredicto a partir de todas las pruebas, y la corrección.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>the case&apos;s results and notes are not saved as a session</source>
        <translation>los resultados y las notas del caso no están guardados como sesión</translation>
    </message>
</context>
<context>
    <name>SniDoctor::EndpointInput</name>
    <message>
        <source>Enter the host name your clients call.</source>
        <translation>Escriba el nombre de host al que llaman sus clientes.</translation>
    </message>
    <message>
        <source>An IPv6 address is written in brackets: [2001:db8::1]:443.</source>
        <translation>Una dirección IPv6 se escribe entre corchetes: [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [2001:db8::1]:443.</source>
        <translation>Tras ] va :PUERTO, como en [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>A port from 1 to 65535 comes after the colon.</source>
        <translation>Tras los dos puntos va un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1.</source>
        <translation>El puerto debe ser un número de 1 a 65535, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (api-test.mydomain.com) or an IP address.</source>
        <translation>«%1» no es un nombre de host: use letras, dígitos, guiones y puntos (api-test.mydomain.com) o una dirección IP.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Exec</name>
    <message>
        <source>The credential plugin %1 was not found on this machine&apos;s PATH. Install it, or give its full path.</source>
        <translation>El complemento de credenciales %1 no se encontró en el PATH de este equipo. Instálelo o indique su ruta completa.</translation>
    </message>
    <message>
        <source>The credential plugin %1 could not start: %2</source>
        <translation>El complemento de credenciales %1 no pudo iniciarse: %2</translation>
    </message>
    <message>
        <source>The credential plugin %1 did not answer within %2 s.</source>
        <translation>El complemento de credenciales %1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed (exit %2): %3</source>
        <translation>El complemento de credenciales %1 falló (salida %2): %3</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed no ExecCredential with a token or a client certificate.</source>
        <translation>El complemento de credenciales %1 no imprimió ningún ExecCredential con un token o un certificado de cliente.</translation>
    </message>
    <message>
        <source>The credential plugin %1 must ask you to sign in (interactiveMode: Always), but there is no terminal to ask on: run the command in a terminal, or sign in with the plugin there first.</source>
        <translation>El complemento de credenciales %1 tiene que pedirle que inicie sesión (interactiveMode: Always), pero no hay un terminal donde preguntar: ejecute la orden en un terminal, o inicie sesión antes con el complemento allí.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::IngressPods</name>
    <message>
        <source>The cluster&apos;s answer is not a PodList (%1).</source>
        <translation>La respuesta del clúster no es una PodList (%1).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::KubeClient</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named %1.</source>
        <translation>El kubeconfig no tiene ningún contexto llamado %1.</translation>
    </message>
    <message>
        <source>certificate-authority-data of cluster %1</source>
        <translation>certificate-authority-data del clúster %1</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>las CA del sistema</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>Access denied by the cluster&apos;s RBAC (403): %1</source>
        <translation>Acceso denegado por el RBAC del clúster (403): %1</translation>
    </message>
    <message>
        <source>Not found (404): %1</source>
        <translation>No encontrado (404): %1</translation>
    </message>
    <message>
        <source>The cluster answered %1: %2</source>
        <translation>El clúster respondió %1: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate was checked against %3.</source>
        <translation>La conexión TLS con %1 falló: %2. El certificado del servidor se comprobó con %3.</translation>
    </message>
    <message>
        <source>The proxy %1 failed: %2</source>
        <translation>El proxy %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede llegar a %1: %2</translation>
    </message>
    <message>
        <source>The cluster of context %1 has no ApigeeRoute resource (404): it is not an Apigee hybrid cluster, or this is the wrong context or namespace (%2).</source>
        <translation>El clúster del contexto %1 no tiene el recurso ApigeeRoute (404): no es un clúster de Apigee hybrid, o el contexto o el espacio de nombres (%2) no son los correctos.</translation>
    </message>
    <message>
        <source>The user %1 gets its credentials by running %2.</source>
        <translation>El usuario %1 obtiene sus credenciales ejecutando %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they require a client certificate: user %2 has none (client-certificate and client-key).</source>
        <translation>%1 cerró la conexión justo después del handshake TLS, sin responder. Los servidores de API lo hacen cuando exigen un certificado de cliente: el usuario %2 no tiene ninguno (client-certificate y client-key).</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they do not trust the client certificate: check client-certificate of user %2 (%3).</source>
        <translation>%1 cerró la conexión justo después del handshake TLS, sin responder. Los servidores de API lo hacen cuando no confían en el certificado de cliente: revise client-certificate del usuario %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy-url of cluster %1 (%2) is not an http://, https:// or socks5:// address with a host.</source>
        <translation>El proxy-url del clúster %1 (%2) no es una dirección http://, https:// o socks5:// con un host.</translation>
    </message>
    <message>
        <source>TLS to the proxy: %1</source>
        <translation>TLS hacia el proxy: %1</translation>
    </message>
    <message>
        <source>--request-timeout takes seconds or a duration such as 30s, 2m or 1h (0 for no limit, at most 24h).</source>
        <translation>--request-timeout admite segundos o una duración como 30s, 2m o 1h (0 para no limitar, 24h como máximo).</translation>
    </message>
    <message>
        <source>--as-group and --as-uid need --as (the user to act as), as in kubectl.</source>
        <translation>--as-group y --as-uid necesitan --as (el usuario que se suplanta), como en kubectl.</translation>
    </message>
    <message>
        <source>The kubeconfig defines no context and sets no current-context: get one for the cluster (for example with gcloud container clusters get-credentials) or pass --kubeconfig.</source>
        <translation>El kubeconfig no define ningún contexto ni current-context: obtenga uno para el clúster (por ejemplo con gcloud container clusters get-credentials) o indique --kubeconfig.</translation>
    </message>
    <message>
        <source>The kubeconfig sets no current-context: pass --context with one of %1 (or run kubectl config use-context NAME).</source>
        <translation>El kubeconfig no fija current-context: indique --context con uno de %1 (o ejecute kubectl config use-context NOMBRE).</translation>
    </message>
    <message>
        <source>Sign in again (gcloud auth login) or get new credentials with gcloud container clusters get-credentials.</source>
        <translation>Vuelva a iniciar sesión (gcloud auth login) u obtenga credenciales nuevas con gcloud container clusters get-credentials.</translation>
    </message>
    <message>
        <source>Sign in to AWS again (aws sso login, or refresh your keys) or run aws eks update-kubeconfig; check that your IAM identity is mapped in the cluster (access entries or the aws-auth ConfigMap).</source>
        <translation>Vuelva a iniciar sesión en AWS (aws sso login, o renueve sus claves) o ejecute aws eks update-kubeconfig; compruebe que su identidad de IAM está asociada en el clúster (entradas de acceso o el ConfigMap aws-auth).</translation>
    </message>
    <message>
        <source>Sign in again (az login, or kubelogin) or run az aks get-credentials.</source>
        <translation>Vuelva a iniciar sesión (az login, o kubelogin) o ejecute az aks get-credentials.</translation>
    </message>
    <message>
        <source>The OIDC id-token has expired or is not accepted: sign in again with your identity provider&apos;s login helper.</source>
        <translation>El id-token de OIDC ha caducado o no se acepta: vuelva a iniciar sesión con la herramienta de acceso de su proveedor de identidad.</translation>
    </message>
    <message>
        <source>The credential plugin&apos;s token was not accepted: sign in again with the tool the plugin belongs to.</source>
        <translation>No se aceptó el token del plugin de credenciales: vuelva a iniciar sesión con la herramienta a la que pertenece el plugin.</translation>
    </message>
    <message>
        <source>The client certificate was not accepted: it has expired, was revoked, or is not from the cluster&apos;s CA. Ask for a new one.</source>
        <translation>No se aceptó el certificado de cliente: ha caducado, se revocó o no es de la CA del clúster. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>The user entry holds no credentials: add a token, a client certificate or a credential plugin to it.</source>
        <translation>La entrada del usuario no tiene credenciales: añádale un token, un certificado de cliente o un plugin de credenciales.</translation>
    </message>
    <message>
        <source>The token has expired or was revoked: ask for a new one.</source>
        <translation>El token ha caducado o se revocó: pida uno nuevo.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of user %2 (401 Unauthorized). %3</source>
        <translation>%1 rechazó las credenciales del usuario %2 (401 Unauthorized). %3</translation>
    </message>
    <message>
        <source>(user entry in %1)</source>
        <translation>(entrada de usuario en %1)</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2 s (the request timeout; change it with --request-timeout).</source>
        <translation>%1 no terminó su respuesta en %2 s (el tiempo máximo de la petición; cámbielo con --request-timeout).</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB of HTTP headers: stopped reading. That is not an API server.</source>
        <translation>%1 envió más de %2 MiB de cabeceras HTTP: se dejó de leer. Eso no es un servidor de API.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB: stopped reading.</source>
        <translation>%1 envió una respuesta de más de %2 MiB: se dejó de leer.</translation>
    </message>
    <message>
        <source>%1 did not answer as an API server does: %2.</source>
        <translation>%1 no respondió como lo hace un servidor de API: %2.</translation>
    </message>
    <message>
        <source>the client certificate or key of user %1 (in %2) cannot be read as PEM</source>
        <translation>el certificado o la clave de cliente del usuario %1 (en %2) no se pueden leer como PEM</translation>
    </message>
    <message>
        <source>the client certificate of user %1 (%2, in %3) expired on %4: get a new one from whoever issued this kubeconfig</source>
        <translation>el certificado de cliente del usuario %1 (%2, en %3) caducó el %4: pida uno nuevo a quien emitió este kubeconfig</translation>
    </message>
    <message>
        <source>the client key of user %1 (%2) does not belong to its client certificate (%3), in %4</source>
        <translation>la clave de cliente del usuario %1 (%2) no corresponde a su certificado de cliente (%3), en %4</translation>
    </message>
    <message>
        <source>(cluster entry %1 in %2)</source>
        <translation>(entrada de clúster %1 en %2)</translation>
    </message>
    <message>
        <source>the OIDC id-token of user %1 (in %2) has expired%3 and there is no refresh-token (with idp-issuer-url) to renew it: sign in again with your identity provider&apos;s tool; kubectl 1.26 and later need the kubelogin plugin (kubectl oidc-login) instead of auth-provider: oidc</source>
        <translation>el id-token OIDC del usuario %1 (en %2) ha caducado%3 y no hay refresh-token (con idp-issuer-url) para renovarlo: vuelva a iniciar sesión con la herramienta de su proveedor de identidad; kubectl 1.26 y posteriores necesitan el complemento kubelogin (kubectl oidc-login) en lugar de auth-provider: oidc</translation>
    </message>
    <message>
        <source>the OIDC id-token of user %1 (in %2) has expired and %3 did not renew it: %4</source>
        <translation>el id-token OIDC del usuario %1 (en %2) ha caducado y %3 no lo renovó: %4</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Kubeconfig</name>
    <message>
        <source>The kubeconfig %1 does not exist.</source>
        <translation>El kubeconfig %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation>No se puede leer el kubeconfig %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4 (expected a kubeconfig in YAML)</source>
        <translation>%1, línea %2, columna %3: %4 (se esperaba un kubeconfig en YAML)</translation>
    </message>
    <message>
        <source>%1 is not a kubeconfig: expected a map with clusters, users and contexts.</source>
        <translation>%1 no es un kubeconfig: se esperaba un mapa con clusters, users y contexts.</translation>
    </message>
    <message>
        <source>certificate-authority-data of cluster %1 is not base64</source>
        <translation>certificate-authority-data del clúster %1 no está en base64</translation>
    </message>
    <message>
        <source>the client certificate or key data of user %1 is not base64</source>
        <translation>los datos del certificado o de la clave de cliente del usuario %1 no están en base64</translation>
    </message>
    <message>
        <source>No kubeconfig found (looked for %1). Get one with gcloud container clusters get-credentials, or choose the file.</source>
        <translation>No se encontró ningún kubeconfig (se buscó %1). Obtenga uno con gcloud container clusters get-credentials o elija el archivo.</translation>
    </message>
    <message>
        <source>context %1 names the cluster &quot;%2&quot;, which no kubeconfig defines</source>
        <translation>el contexto %1 nombra el clúster &quot;%2&quot;, que ningún kubeconfig define</translation>
    </message>
    <message>
        <source>the cluster %1 has no server address</source>
        <translation>el clúster %1 no tiene dirección de servidor</translation>
    </message>
    <message>
        <source>context %1 names the user &quot;%2&quot;, which no kubeconfig defines</source>
        <translation>el contexto %1 nombra el usuario &quot;%2&quot;, que ningún kubeconfig define</translation>
    </message>
    <message>
        <source>the user %1 uses auth-provider gcp, which kubectl 1.26 removed: install gke-gcloud-auth-plugin (apt-get install google-cloud-cli-gke-gcloud-auth-plugin) and run gcloud container clusters get-credentials again</source>
        <translation>el usuario %1 usa auth-provider gcp, que kubectl 1.26 eliminó: instale gke-gcloud-auth-plugin (apt-get install google-cloud-cli-gke-gcloud-auth-plugin) y vuelva a ejecutar gcloud container clusters get-credentials</translation>
    </message>
    <message>
        <source>the user %1 uses auth-provider azure, which kubectl 1.26 removed: install kubelogin and run az aks get-credentials, then kubelogin convert-kubeconfig -l azurecli</source>
        <translation>el usuario %1 usa auth-provider azure, que kubectl 1.26 eliminó: instale kubelogin y ejecute az aks get-credentials y después kubelogin convert-kubeconfig -l azurecli</translation>
    </message>
</context>
<context>
    <name>SniDoctor::MainWindow</name>
    <message>
        <source>About SNI Doctor</source>
        <translation>Acerca de SNI Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SNI Doctor %1&lt;/h3&gt;&lt;p&gt;Finds out why API clients of an Apigee hybrid ingress are reset during the TLS handshake, following Apigee&apos;s runbook step by step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SNI Doctor %1&lt;/h3&gt;&lt;p&gt;Averigua por qué se restablecen durante el handshake TLS las conexiones de los clientes de API de una entrada de Apigee hybrid, siguiendo paso a paso el runbook de Apigee.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SNI Doctor</source>
        <translation>SNI Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About SNI Doctor</source>
        <translation>&amp;Acerca de SNI Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>Abrir una sesión guardada</translation>
    </message>
    <message>
        <source>SNI Doctor sessions (*.sni-doctor.json *.json);;All files (*)</source>
        <translation>Sesiones de SNI Doctor (*.sni-doctor.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>SNI Doctor sessions (*.sni-doctor.json)</source>
        <translation>Sesiones de SNI Doctor (*.sni-doctor.json)</translation>
    </message>
    <message>
        <source>Session saved to %1.</source>
        <translation>Sesión guardada en %1.</translation>
    </message>
    <message>
        <source>&amp;Open saved session…</source>
        <translation>&amp;Abrir sesión guardada…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Close SNI Doctor</source>
        <translation>Cerrar SNI Doctor</translation>
    </message>
    <message>
        <source>Closing now would lose work:</source>
        <translation>Si cierra ahora, perderá trabajo:</translation>
    </message>
    <message>
        <source>Save the session to keep the case (inputs, results and notes).</source>
        <translation>Guarde la sesión para conservar el caso (datos, resultados y notas).</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Descartar y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
    <message>
        <source>&amp;Print the verdict…</source>
        <translation>Im&amp;primir el veredicto…</translation>
    </message>
    <message>
        <source>Save the verdict as P&amp;DF…</source>
        <translation>Guardar el veredicto como P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>SniDoctor::OverridesPage</name>
    <message>
        <source>Open overrides.yaml</source>
        <translation>Abrir overrides.yaml</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes: too large for an overrides.yaml, not opened.</source>
        <translation>%1 tiene %2 bytes: demasiado grande para un overrides.yaml; no se abre.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not YAML: not opened.</source>
        <translation>%1 es un archivo binario, no YAML: no se abre.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <source>Open your overrides.yaml (or drop it here) to check it.</source>
        <translation>Abra su overrides.yaml (o suéltelo aquí) para comprobarlo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Use Fix for the missing wildcard route, correct the rest, save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>Use Corregir para la ruta comodín que falta, corrija lo demás, guarde, aplique los hosts virtuales con los comandos de abajo y vuelva a sondear sin SNI (paso 4).</translation>
    </message>
    <message>
        <source>Correct the file, save it, then apply the virtual hosts with the commands below.</source>
        <translation>Corrija el archivo, guárdelo y aplique los hosts virtuales con los comandos de abajo.</translation>
    </message>
    <message>
        <source>Save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>Guarde, aplique los hosts virtuales con los comandos de abajo y vuelva a sondear sin SNI (paso 4).</translation>
    </message>
    <message>
        <source>If the cluster does not match the file yet, apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>Si el clúster aún no coincide con el archivo, aplique los hosts virtuales con los comandos de abajo y vuelva a sondear sin SNI (paso 4).</translation>
    </message>
    <message>
        <source>Added %1 to additionalGateways of: %2.</source>
        <translation>Añadida %1 a additionalGateways de: %2.</translation>
    </message>
    <message>
        <source>Not changed (edit them by hand): %1.</source>
        <translation>Sin cambiar (edítelos a mano): %1.</translation>
    </message>
    <message>
        <source>Save overrides.yaml</source>
        <translation>Guardar overrides.yaml</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program since SNI Doctor read it. Overwrite those changes with the text shown here?</source>
        <translation>Otro programa cambió %1 desde que SNI Doctor lo leyó. ¿Sobrescribir esos cambios con el texto que se muestra aquí?</translation>
    </message>
    <message>
        <source>Not saved: the file on disk was left as it is.</source>
        <translation>No se guardó: el archivo del disco se dejó como estaba.</translation>
    </message>
    <message>
        <source>Not saved: the backup %1 could not be written.</source>
        <translation>No se guardó: no se pudo escribir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>No se guardó: %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (the original is kept as %2).</source>
        <translation>Guardado %1 (el original se conserva como %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source># Helm (hybrid 1.12 and later), in the folder that holds the charts:</source>
        <translation># Helm (hybrid 1.12 y posteriores), en la carpeta que contiene los charts:</translation>
    </message>
    <message>
        <source># apigeectl (hybrid 1.11 and earlier):</source>
        <translation># apigeectl (hybrid 1.11 y anteriores):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(modificado)</translation>
    </message>
    <message>
        <source>Step 6: Check overrides.yaml</source>
        <translation>Paso 6: Revisar overrides.yaml</translation>
    </message>
    <message>
        <source>Every virtual host must list the wildcard route in additionalGateways, or Apigee keeps refusing clients without SNI after the route exists.</source>
        <translation>Cada host virtual debe incluir la ruta comodín en additionalGateways; si no, Apigee sigue rechazando a los clientes sin SNI aunque la ruta exista.</translation>
    </message>
    <message>
        <source>Open the overrides.yaml you install Apigee hybrid with. SNI Doctor checks it as you type, underlines each problem where it is, and can add the wildcard route where it is missing. Saving keeps a copy of the original next to it.</source>
        <translation>Abra el overrides.yaml con el que instala Apigee hybrid. SNI Doctor lo comprueba mientras escribe, subraya cada problema donde está y puede añadir la ruta comodín donde falta. Al guardar se conserva una copia del original a su lado.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open an overrides.yaml</source>
        <translation>Abrir un overrides.yaml</translation>
    </message>
    <message>
        <source>&amp;Wildcard route:</source>
        <translation>R&amp;uta comodín:</translation>
    </message>
    <message>
        <source>e.g. non-sni</source>
        <translation>p. ej. non-sni</translation>
    </message>
    <message>
        <source>Name of the wildcard route</source>
        <translation>Nombre de la ruta comodín</translation>
    </message>
    <message>
        <source>Add the wildcard route to additionalGateways of every virtual host</source>
        <translation>Añadir la ruta comodín a additionalGateways de cada host virtual</translation>
    </message>
    <message>
        <source>overrides.yaml text</source>
        <translation>Texto de overrides.yaml</translation>
    </message>
    <message>
        <source>&amp;Problems (click one to go to it):</source>
        <translation>&amp;Problemas (pulse uno para ir a él):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Problems found in overrides.yaml</source>
        <translation>Problemas encontrados en overrides.yaml</translation>
    </message>
    <message>
        <source>Fi&amp;x: add it to additionalGateways</source>
        <translation>Co&amp;rregir: añadirla a additionalGateways</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>De %1.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Archi&amp;vo:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>From the file (%1, %2)</source>
        <translation>Según el archivo (%1, %2)</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Según el archivo</translation>
    </message>
    <message>
        <source>Hybrid &amp;release:</source>
        <translation>Ver&amp;sión de hybrid:</translation>
    </message>
    <message>
        <source>Apigee hybrid release the file is checked as</source>
        <translation>Versión de Apigee hybrid con la que se comprueba el archivo</translation>
    </message>
    <message>
        <source>The release whose keys and rules apply. From the file: the newest release that reads every key of the file.</source>
        <translation>La versión cuyas claves y reglas se aplican. Según el archivo: la versión más reciente que lee todas las claves del archivo.</translation>
    </message>
    <message>
        <source>overrides.yaml was edited and is not saved to a file</source>
        <translation>overrides.yaml se editó y no está guardado en un archivo</translation>
    </message>
    <message>
        <source>%1 was edited and is not saved</source>
        <translation>%1 se editó y no está guardado</translation>
    </message>
    <message>
        <source>Note: the routes were not read (step 5), so the default wildcard route %1 was assumed. If yours has another name, type it above.</source>
        <translation>Nota: no se leyeron las rutas (paso 5), así que se supuso la ruta comodín predeterminada %1. Si la suya tiene otro nombre, escríbalo arriba.</translation>
    </message>
    <message>
        <source>Tab indents with two spaces and Shift+Tab dedents; Ctrl+Tab moves to the next control.</source>
        <translation>Tab sangra con dos espacios y Mayús+Tab quita la sangría; Ctrl+Tab pasa al control siguiente.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::OverridesText</name>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>a boolean (true/false, yes/no, on/off)</source>
        <translation>un booleano (true/false, yes/no, on/off)</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <source>an encryption key</source>
        <translation>una clave de cifrado</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>una contraseña</translation>
    </message>
    <message>
        <source>a hash salt</source>
        <translation>una sal de hash</translation>
    </message>
    <message>
        <source>The file has %1 bytes; an overrides.yaml is far smaller (at most %2 are read). Is this the right file?</source>
        <translation>El archivo tiene %1 bytes; un overrides.yaml es mucho menor (se leen como máximo %2). ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte on this line), not YAML text.</source>
        <translation>El archivo contiene datos binarios (un byte NUL en esta línea), no texto YAML.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels: no overrides.yaml is; the file is damaged or not an overrides file.</source>
        <translation>Anidado a más de %1 niveles: ningún overrides.yaml lo está; el archivo está dañado o no es un archivo de overrides.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 values (aliases repeated inside aliases?): not read further.</source>
        <translation>El documento se expande a más de %1 valores (¿alias repetidos dentro de alias?): no se sigue leyendo.</translation>
    </message>
    <message>
        <source>A tab indents this line: YAML allows only spaces for indentation. Replace the tab with spaces.</source>
        <translation>Un tabulador sangra esta línea: YAML solo admite espacios para sangrar. Sustituya el tabulador por espacios.</translation>
    </message>
    <message>
        <source>This quoted string is never closed: it runs to the end of the file. Add the closing quote.</source>
        <translation>Esta cadena entre comillas no se cierra nunca: llega hasta el final del archivo. Añada la comilla de cierre.</translation>
    </message>
    <message>
        <source>The file holds no YAML document.</source>
        <translation>El archivo no contiene ningún documento YAML.</translation>
    </message>
    <message>
        <source>The document is not a map of keys (org, instanceID, virtualhosts, ...).</source>
        <translation>El documento no es un mapa de claves (org, instanceID, virtualhosts, ...).</translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>Falta la clave obligatoria %1.</translation>
    </message>
    <message>
        <source>The required key %1 is missing in %2.</source>
        <translation>Falta la clave obligatoria %1 en %2.</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3.</source>
        <translation>%1 debe ser %2, pero es %3.</translation>
    </message>
    <message>
        <source>Unknown key %1: did you mean %2?</source>
        <translation>Clave desconocida %1: ¿quiso decir %2?</translation>
    </message>
    <message>
        <source>instanceID has %1 characters; at most 63 are allowed.</source>
        <translation>instanceID tiene %1 caracteres; se admiten como máximo 63.</translation>
    </message>
    <message>
        <source>The ingress gateway name %1 is not allowed: at most 17 lowercase letters, digits, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>El nombre de pasarela de entrada %1 no está permitido: como máximo 17 minúsculas, dígitos, &apos;-&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>virtualhosts is empty: each environment group needs an entry.</source>
        <translation>virtualhosts está vacío: cada grupo de entornos necesita una entrada.</translation>
    </message>
    <message>
        <source>Another virtual host is already named %1: each environment group appears once.</source>
        <translation>Otro host virtual ya se llama %1: cada grupo de entornos aparece una sola vez.</translation>
    </message>
    <message>
        <source>selector.ingress_name is %1, but ingressGateways names no gateway.</source>
        <translation>selector.ingress_name es %1, pero ingressGateways no nombra ninguna pasarela.</translation>
    </message>
    <message>
        <source>selector.ingress_name is %1, but ingressGateways has only: %2.</source>
        <translation>selector.ingress_name es %1, pero ingressGateways solo tiene: %2.</translation>
    </message>
    <message>
        <source>The virtual host %1 has no TLS credentials: give sslCertPath and sslKeyPath, or sslSecret.</source>
        <translation>El host virtual %1 no tiene credenciales TLS: indique sslCertPath y sslKeyPath, o sslSecret.</translation>
    </message>
    <message>
        <source>%1 is given without %2: both are needed.</source>
        <translation>Se indica %1 sin %2: hacen falta los dos.</translation>
    </message>
    <message>
        <source>tlsMode must be SIMPLE or MUTUAL (it is &quot;%1&quot;).</source>
        <translation>tlsMode debe ser SIMPLE o MUTUAL (es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No wildcard route is known, so additionalGateways cannot be checked: connect to the cluster in step 5, load its saved routes, or name the route (--wildcard-route).</source>
        <translation>No se conoce ninguna ruta comodín, así que no se puede comprobar additionalGateways: conéctese al clúster en el paso 5, cargue sus rutas guardadas o indique el nombre de la ruta (--wildcard-route).</translation>
    </message>
    <message>
        <source>The routes have no wildcard route yet, so additionalGateways cannot name it: create the route first (step 5 says how), then add it here.</source>
        <translation>Las rutas aún no tienen ruta comodín, así que additionalGateways no puede nombrarla: cree primero la ruta (el paso 5 explica cómo) y después añádala aquí.</translation>
    </message>
    <message>
        <source>The virtual host %1 does not list the wildcard route %2 in additionalGateways: clients without SNI are reset. Add %2 to additionalGateways.</source>
        <translation>El host virtual %1 no incluye la ruta comodín %2 en additionalGateways: las conexiones de los clientes sin SNI se restablecen. Añada %2 a additionalGateways.</translation>
    </message>
    <message>
        <source>No ApigeeRoute named %1 is known: check the name.</source>
        <translation>No se conoce ninguna ApigeeRoute llamada %1: revise el nombre.</translation>
    </message>
    <message>
        <source>This holds %1: SNI Doctor redacts it from every bundle and report.</source>
        <translation>Esto contiene %1: SNI Doctor lo oculta en todos los paquetes e informes.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key that OpenSSL can read.</source>
        <translation>%1 no contiene ninguna clave privada PEM que OpenSSL pueda leer.</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted with a passphrase: the ingress cannot use it.</source>
        <translation>La clave privada de %1 está cifrada con una frase de contraseña: la entrada no puede usarla.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate %2.</source>
        <translation>La clave privada de %1 no corresponde al certificado %2.</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation>El certificado %1 caducó el %2.</translation>
    </message>
    <message>
        <source>The certificate %1 is valid only from %2.</source>
        <translation>El certificado %1 solo es válido a partir del %2.</translation>
    </message>
    <message>
        <source>The certificate %1 expires on %2, in %3 days: renew it.</source>
        <translation>El certificado %1 caduca el %2, dentro de %3 días: renuévelo.</translation>
    </message>
    <message>
        <source>The chain is out of order: certificate %1 (%2) is not issued by certificate %3 (%4). Put the server&apos;s certificate first, then each issuer.</source>
        <translation>La cadena está desordenada: el certificado %1 (%2) no lo emite el certificado %3 (%4). Ponga primero el certificado del servidor y después cada emisor.</translation>
    </message>
    <message>
        <source>The certificate does not cover %1 (its names: %2): clients of those hosts get a name mismatch.</source>
        <translation>El certificado no cubre %1 (sus nombres: %2): los clientes de esos hosts obtienen un error de nombre.</translation>
    </message>
    <message>
        <source>Certificate %1, names %2, valid from %3 until %4.</source>
        <translation>Certificado %1, nombres %2, válido desde %3 hasta %4.</translation>
    </message>
    <message>
        <source>More than %1 problems: the rest is not listed. Is this an overrides.yaml?</source>
        <translation>Más de %1 problemas: el resto no se enumera. ¿Es esto un overrides.yaml?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix in this file.</source>
        <translation>
            <numerusform>%n error que corregir en este archivo.</numerusform>
            <numerusform>%n errores que corregir en este archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to look at.</source>
        <translation>
            <numerusform>Sin errores; %n aviso que revisar.</numerusform>
            <numerusform>Sin errores; %n avisos que revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors, but the wildcard route is not known: name it above to check additionalGateways.</source>
        <translation>Sin errores, pero no se conoce la ruta comodín: indíquela arriba para comprobar additionalGateways.</translation>
    </message>
    <message>
        <source>The file is valid and every virtual host lists the wildcard route.</source>
        <translation>El archivo es válido y cada host virtual incluye la ruta comodín.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>the quoted text that starts here is not closed on its line, so YAML reads on to line %1 and fails there. Add the closing quote.</source>
        <translation>el texto entre comillas que empieza aquí no se cierra en su línea, así que YAML sigue leyendo hasta la línea %1 y falla allí. Añada la comilla de cierre.</translation>
    </message>
    <message>
        <source>a value where YAML expects none: a second &quot;key: value&quot; on one line, a value after a colon without a space, or a line indented further than its key.</source>
        <translation>un valor donde YAML no espera ninguno: un segundo «clave: valor» en la misma línea, un valor tras dos puntos sin espacio o una línea más sangrada que su clave.</translation>
    </message>
    <message>
        <source>the indentation does not match: this line is indented like no key above it. Indent it as far as its siblings, with spaces.</source>
        <translation>la sangría no cuadra: esta línea no está sangrada como ninguna clave de arriba. Sángrela igual que sus hermanas, con espacios.</translation>
    </message>
    <message>
        <source>a [ or { opened above is not closed before this point. Close it, or write the list one entry per line.</source>
        <translation>un [ o { abierto más arriba no se cierra antes de este punto. Ciérrelo o escriba la lista con una entrada por línea.</translation>
    </message>
    <message>
        <source>a character YAML reserves (%, @ or `) starts a value. Put the value in quotes.</source>
        <translation>un valor empieza por un carácter que YAML reserva (%, @ o `). Ponga el valor entre comillas.</translation>
    </message>
    <message>
        <source>a list entry (- ...) where a key is expected: indent the list under its key, or remove the value written after that key.</source>
        <translation>una entrada de lista (- ...) donde se espera una clave: sangre la lista bajo su clave o quite el valor escrito tras esa clave.</translation>
    </message>
    <message>
        <source>an unknown backslash escape inside double quotes (a Windows path?). Use single quotes or forward slashes.</source>
        <translation>un escape con barra invertida desconocido entre comillas dobles (¿una ruta de Windows?). Use comillas simples o barras normales.</translation>
    </message>
    <message>
        <source>an anchor (&amp;name) or alias (*name) that is malformed or refers to no anchor above it.</source>
        <translation>un ancla (&amp;nombre) o alias (*nombre) mal formado o que no remite a ningún ancla de arriba.</translation>
    </message>
    <message>
        <source>a key where a value is expected: check the indentation and the colons above.</source>
        <translation>una clave donde se espera un valor: revise la sangría y los dos puntos de arriba.</translation>
    </message>
    <message>
        <source>a stray character where YAML expects a key (a leftover comma or bracket?).</source>
        <translation>un carácter suelto donde YAML espera una clave (¿una coma o un corchete sobrante?).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here.</source>
        <translation>el texto no es YAML válido aquí.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1 Helm and apigeectl refuse the file. (Parser: %2.)</source>
        <translation>Error de sintaxis YAML: %1 Helm y apigeectl rechazan el archivo. (Analizador: %2.)</translation>
    </message>
    <message>
        <source>Checked as Apigee hybrid %1 with %2, as chosen.</source>
        <translation>Comprobado como Apigee hybrid %1 con %2, según lo elegido.</translation>
    </message>
    <message>
        <source>only %1 reads all of its keys</source>
        <translation>solo %1 lee todas sus claves</translation>
    </message>
    <message>
        <source>releases %1 to %2 read all of its keys, %2 is the newest</source>
        <translation>las versiones de %1 a %2 leen todas sus claves, %2 es la más reciente</translation>
    </message>
    <message>
        <source>%1 needs %2 or later</source>
        <translation>%1 necesita %2 o posterior</translation>
    </message>
    <message>
        <source>%1 is not read after it</source>
        <translation>%1 no se lee después</translation>
    </message>
    <message>
        <source>later releases need %1, which the file lacks</source>
        <translation>las versiones posteriores necesitan %1, que falta en el archivo</translation>
    </message>
    <message>
        <source>its selector names the Anthos Service Mesh gateway, used up to 1.8</source>
        <translation>su selector nombra la pasarela de Anthos Service Mesh, usada hasta 1.8</translation>
    </message>
    <message>
        <source>Checked as Apigee hybrid %1 with %2: %3. Choose the release if this is wrong.</source>
        <translation>Comprobado como Apigee hybrid %1 con %2: %3. Elija la versión si no es así.</translation>
    </message>
    <message>
        <source>The byte %1 here is not UTF-8 (the file was saved as Latin-1 or Windows-1252?): Helm reads values files as UTF-8. Save the file as UTF-8.</source>
        <translation>El byte %1 de aquí no es UTF-8 (¿se guardó el archivo como Latin-1 o Windows-1252?): Helm lee los archivos de valores como UTF-8. Guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>Template placeholder not filled in: %1. Helm reads the file as it is, so this text (or an unquoted map) reaches the charts. Put the real value here.</source>
        <translation>Marcador de plantilla sin rellenar: %1. Helm lee el archivo tal cual, así que este texto (o un mapa sin comillas) llega a los charts. Ponga aquí el valor real.</translation>
    </message>
    <message>
        <source>The first YAML document is empty: Helm reads only the first, so it sees no values at all. Remove the --- on line %1 (and what comes before it).</source>
        <translation>El primer documento YAML está vacío: Helm solo lee el primero, así que no ve ningún valor. Quite el --- de la línea %1 (y lo que va antes).</translation>
    </message>
    <message>
        <source>The file holds %1 YAML documents (separated by ---): Helm and apigeectl read only the first, and ignore the rest without a word. Keep one document.</source>
        <translation>El archivo contiene %1 documentos YAML (separados por ---): Helm y apigeectl solo leen el primero e ignoran el resto sin avisar. Deje un solo documento.</translation>
    </message>
    <message>
        <source>The key %1 is set twice (lines %2 and %3): Helm uses the last one, on line %3, and ignores the first. Keep one.</source>
        <translation>La clave %1 aparece dos veces (líneas %2 y %3): Helm usa la última, la de la línea %3, e ignora la primera. Deje una.</translation>
    </message>
    <message>
        <source>Unknown key %1: no Apigee hybrid release reads it, so it is ignored. Check the spelling and where it is indented.</source>
        <translation>Clave desconocida %1: ninguna versión de Apigee hybrid la lee, así que se ignora. Revise cómo está escrita y dónde está sangrada.</translation>
    </message>
    <message>
        <source>%1 is not in SNI Doctor&apos;s table of hybrid %2 keys (that release&apos;s table is incomplete): check it against Apigee&apos;s reference for %2.</source>
        <translation>%1 no está en la tabla de claves de hybrid %2 de SNI Doctor (la tabla de esa versión está incompleta): compruébela en la referencia de Apigee para %2.</translation>
    </message>
    <message>
        <source>%1 is new in hybrid %2: hybrid %3 ignores it. Choose the release this file is for, or remove the key.</source>
        <translation>%1 es nueva en hybrid %2: hybrid %3 la ignora. Elija la versión para la que es el archivo o quite la clave.</translation>
    </message>
    <message>
        <source>%1 was last read by hybrid %2 and is ignored by %3: remove it.</source>
        <translation>%1 se leyó por última vez en hybrid %2 y %3 la ignora: quítela.</translation>
    </message>
    <message>
        <source>%1 is deprecated: Apigee reads %2 instead.</source>
        <translation>%1 está obsoleta: Apigee lee %2 en su lugar.</translation>
    </message>
    <message>
        <source>The virtual host %1 has no selector: hybrid %2 gives it %3 (the Anthos Service Mesh gateway). From 1.8 on, name the Apigee ingress gateway.</source>
        <translation>El host virtual %1 no tiene selector: hybrid %2 le da %3 (la pasarela de Anthos Service Mesh). A partir de 1.8, nombre la pasarela de entrada de Apigee.</translation>
    </message>
    <message>
        <source>The virtual host %1 has sslSecret, so the chart uses the Secret %2 and ignores sslCertPath and sslKeyPath: remove them, or remove sslSecret.</source>
        <translation>El host virtual %1 tiene sslSecret, así que el chart usa el Secret %2 e ignora sslCertPath y sslKeyPath: quítelas o quite sslSecret.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be &quot;AUTO&quot;, &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; or &quot;1.3&quot; (in capitals for AUTO).</source>
        <translation>%1 es «%2»; debe ser &quot;AUTO&quot;, &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; o &quot;1.3&quot; (AUTO en mayúsculas).</translation>
    </message>
    <message>
        <source>%1: %2 without quotes is a number, and the %3 chart&apos;s template fails on it (&quot;supported tls protocol are: AUTO, 1.0, 1.1, 1.2 and 1.3&quot;). Write &quot;%2&quot;.</source>
        <translation>%1: %2 sin comillas es un número, y la plantilla del chart %3 falla con él («supported tls protocol are: AUTO, 1.0, 1.1, 1.2 and 1.3»). Escriba &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>minTLSProtocolVersion %1 is above maxTLSProtocolVersion %2: the chart refuses it. Swap them.</source>
        <translation>minTLSProtocolVersion %1 es mayor que maxTLSProtocolVersion %2: el chart lo rechaza. Intercámbielas.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1 (it is &quot;%2&quot;).</source>
        <translation>%1 debe ser un número entero de segundos, al menos 1 (es «%2»).</translation>
    </message>
    <message>
        <source>The certificate file %1 is not found (folders searched: %2).</source>
        <translation>No se encuentra el archivo de certificado %1 (carpetas buscadas: %2).</translation>
    </message>
    <message>
        <source>The key file %1 is not found (folders searched: %2).</source>
        <translation>No se encuentra el archivo de clave %1 (carpetas buscadas: %2).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PluginConsent</name>
    <message>
        <source>Run the credential plugin?</source>
        <translation>¿Ejecutar el complemento de credenciales?</translation>
    </message>
    <message>
        <source>To connect, this kubeconfig runs a program that prints your credentials:

%1

Run it now? SNI Doctor will remember your answer for this kubeconfig and this exact command.</source>
        <translation>Para conectarse, este kubeconfig ejecuta un programa que imprime sus credenciales:

%1

¿Ejecutarlo ahora? SNI Doctor recordará su respuesta para este kubeconfig y este comando exacto.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PluginOutput</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The credential plugin %1 is running and says (it waits for you when it asks you to sign in; Stop ends it):</source>
        <translation>El complemento de credenciales %1 se está ejecutando y dice (si le pide que inicie sesión, le espera; Detener lo termina):</translation>
    </message>
    <message>
        <source>The credential plugin %1 has ended. It said:</source>
        <translation>El complemento de credenciales %1 ha terminado. Dijo:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PortForward</name>
    <message>
        <source>Cannot listen on a loopback port for the port-forward: %1</source>
        <translation>No se puede escuchar en un puerto de loopback para el port-forward: %1</translation>
    </message>
    <message>
        <source>The API server %1 does not support the WebSocket port-forward (it answered %2: %3). kubectl can forward instead: run %4 and probe 127.0.0.1:8443 with the API host name as SNI.</source>
        <translation>El servidor de la API %1 no admite el port-forward por WebSocket (respondió %2: %3). kubectl puede reenviar en su lugar: ejecute %4 y sondee 127.0.0.1:8443 con el nombre de host de la API como SNI.</translation>
    </message>
    <message>
        <source>The cluster&apos;s RBAC does not let this user port-forward to pod %2 in namespace %1 (403): the user needs the verbs create and get on the resource pods/portforward (check with kubectl auth can-i create pods/portforward -n %1). The server said: %3</source>
        <translation>El RBAC del clúster no permite a este usuario hacer port-forward al pod %2 del espacio de nombres %1 (403): el usuario necesita los verbos create y get sobre el recurso pods/portforward (compruébelo con kubectl auth can-i create pods/portforward -n %1). El servidor dijo: %3</translation>
    </message>
    <message>
        <source>There is no pod %2 in namespace %1 to port-forward to (404; list them with sni-doctor pods): %3</source>
        <translation>No hay ningún pod %2 en el espacio de nombres %1 al que hacer port-forward (404; lístelos con sni-doctor pods): %3</translation>
    </message>
    <message>
        <source>The TLS handshake of the port-forward&apos;s WebSocket with %1 failed: %2</source>
        <translation>Falló el handshake TLS del WebSocket del port-forward con %1: %2</translation>
    </message>
    <message>
        <source>The API server %1 did not upgrade the port-forward&apos;s WebSocket within %2 s.</source>
        <translation>El servidor de la API %1 no actualizó el WebSocket del port-forward en %2 s.</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the cluster reported: %3</source>
        <translation>Port-forward al pod %1, puerto %2: el clúster informó: %3</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the stream failed: %3</source>
        <translation>Port-forward al pod %1, puerto %2: el flujo falló: %3</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the local client stopped reading (more than %3 bytes waiting); the stream was closed.</source>
        <translation>Port-forward al pod %1, puerto %2: el cliente local dejó de leer (más de %3 bytes en espera); se cerró el flujo.</translation>
    </message>
    <message>
        <source>Port-forward canceled.</source>
        <translation>Port-forward cancelado.</translation>
    </message>
    <message>
        <source>%1 did not start forwarding: %2</source>
        <translation>%1 no empezó a reenviar: %2</translation>
    </message>
    <message>
        <source>%1 did not say where it listens within %2 s; it was stopped.</source>
        <translation>%1 no dijo dónde escucha en %2 s; se detuvo.</translation>
    </message>
    <message>
        <source>no WebSocket upgrade in time</source>
        <translation>sin actualización a WebSocket a tiempo</translation>
    </message>
    <message>
        <source>no v4.channel.k8s.io subprotocol</source>
        <translation>sin el subprotocolo v4.channel.k8s.io</translation>
    </message>
    <message>
        <source>closed before the port was confirmed</source>
        <translation>cerrado antes de confirmar el puerto</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PracticeLab</name>
    <message>
        <source>OpenSSL could not create the lab&apos;s certificates.</source>
        <translation>OpenSSL no pudo crear los certificados del laboratorio.</translation>
    </message>
    <message>
        <source>The lab needs at least one host name.</source>
        <translation>El laboratorio necesita al menos un nombre de host.</translation>
    </message>
    <message>
        <source>The lab listens on an IP address; &quot;%1&quot; is not one.</source>
        <translation>El laboratorio escucha en una dirección IP; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>The lab cannot listen on %1 port %2: %3</source>
        <translation>El laboratorio no puede escuchar en %1 puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeMatrixText</name>
    <message>
        <source>Ingress %1 refuses clients without SNI</source>
        <translation>El ingress %1 rechaza a los clientes sin SNI</translation>
    </message>
    <message>
        <source>Ingress %1 serves clients without SNI</source>
        <translation>El ingress %1 atiende a los clientes sin SNI</translation>
    </message>
    <message>
        <source>Ingress %1 cannot be reached from this machine</source>
        <translation>No se puede llegar al ingress %1 desde este equipo</translation>
    </message>
    <message>
        <source>Ingress %1 refuses some hosts even with SNI</source>
        <translation>El ingress %1 rechaza algunos hosts incluso con SNI</translation>
    </message>
    <message>
        <source>Virtual host %1 lacks the wildcard route</source>
        <translation>Al host virtual %1 le falta la ruta comodín</translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), %n host(s) answer with their SNI but a client without SNI gets %3: %4.</source>
        <translation>
            <numerusform>A través del ingress %1 (%2), %n host responde con su SNI, pero un cliente sin SNI recibe %3: %4.</numerusform>
            <numerusform>A través del ingress %1 (%2), %n hosts responden con su SNI, pero un cliente sin SNI recibe %3: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), a client without SNI gets a certificate for all %n host(s) probed.</source>
        <translation>
            <numerusform>A través del ingress %1 (%2), un cliente sin SNI recibe un certificado para el %n host sondeado.</numerusform>
            <numerusform>A través del ingress %1 (%2), un cliente sin SNI recibe un certificado para los %n hosts sondeados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingress %1 has no load-balancer address or cluster IP.</source>
        <translation>El ingress %1 no tiene dirección de balanceador de carga ni IP de clúster.</translation>
    </message>
    <message>
        <source>This machine does not reach ingress %1 at %2 (%3): an internal load balancer or a private cluster. Its probes are marked unreachable, not refused.</source>
        <translation>Este equipo no llega al ingress %1 en %2 (%3): un balanceador de carga interno o un clúster privado. Sus sondeos se marcan como inalcanzables, no como rechazados.</translation>
    </message>
    <message>
        <source>Forward a local port to one of its pods and probe through it: %1</source>
        <translation>Reenvíe un puerto local a uno de sus pods y sondee a través de él: %1</translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), %n host(s) fail the handshake even with their own SNI: %3. Check their environment group&apos;s host names and certificate.</source>
        <translation>
            <numerusform>A través del ingress %1 (%2), %n host falla el handshake incluso con su propio SNI: %3. Compruebe los nombres de host y el certificado de su grupo de entornos.</numerusform>
            <numerusform>A través del ingress %1 (%2), %n hosts fallan el handshake incluso con su propio SNI: %3. Compruebe los nombres de host y el certificado de su grupo de entornos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual host %1 (%2) has no wildcard route to list: no route has hostnames [&quot;*&quot;].</source>
        <translation>El host virtual %1 (%2) no tiene ruta comodín que incluir: ninguna ruta tiene hostnames [&quot;*&quot;].</translation>
    </message>
    <message>
        <source>Virtual host %1 (%2) does not list the wildcard route %3 in additionalGateways.</source>
        <translation>El host virtual %1 (%2) no incluye la ruta comodín %3 en additionalGateways.</translation>
    </message>
    <message>
        <source>served without SNI</source>
        <translation>servido sin SNI</translation>
    </message>
    <message>
        <source>refused without SNI</source>
        <translation>rechazado sin SNI</translation>
    </message>
    <message>
        <source>fails with SNI too</source>
        <translation>falla también con SNI</translation>
    </message>
    <message>
        <source>unreachable from here</source>
        <translation>inalcanzable desde aquí</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>no sondeado</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>balanceador de carga</translation>
    </message>
    <message>
        <source>cluster IP</source>
        <translation>IP de clúster</translation>
    </message>
    <message>
        <source>port-forward</source>
        <translation>port-forward</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>No host name to probe: the routes list no virtual host.</source>
        <translation>No hay nombres de host que sondear: las rutas no incluyen ningún host virtual.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) of every host through every ingress:</source>
        <translation>
            <numerusform>%n sondeo de cada host a través de cada ingress:</numerusform>
            <numerusform>%n sondeos de cada host a través de cada ingress:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused without SNI, %2 served, %3 unreachable.</source>
        <translation>%1 rechazados sin SNI, %2 servidos, %3 inalcanzables.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Detenido antes del final.</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n host and ingress pair(s) refused before now serve clients without SNI.</source>
        <translation>
            <numerusform>Corregido: %n par de host e ingress que antes rechazaba ahora atiende a los clientes sin SNI.</numerusform>
            <numerusform>Corregido: %n pares de host e ingress que antes rechazaban ahora atienden a los clientes sin SNI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed yet: %n host and ingress pair(s) still refuse clients without SNI.</source>
        <translation>
            <numerusform>Aún sin corregir: %n par de host e ingress sigue rechazando a los clientes sin SNI.</numerusform>
            <numerusform>Aún sin corregir: %n pares de host e ingress siguen rechazando a los clientes sin SNI.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change in how clients without SNI are served.</source>
        <translation>No hay cambios en cómo se atiende a los clientes sin SNI.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeMatrixView</name>
    <message>
        <source>Every host through every ingress</source>
        <translation>Cada host a través de cada ingress</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 en %2:%3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Before the fix</source>
        <translation>Antes de la corrección</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <source>Without SNI</source>
        <translation>Sin SNI</translation>
    </message>
    <message>
        <source>This machine does not reach some ingress addresses (an internal load balancer or a private cluster): their probes are marked unreachable, not refused. Forward a local port to a pod and probe through it:</source>
        <translation>Este equipo no llega a algunas direcciones de ingress (un balanceador de carga interno o un clúster privado): sus sondeos se marcan como inalcanzables, no como rechazados. Reenvíe un puerto local a un pod y sondee a través de él:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbePage</name>
    <message>
        <source>Attempt %1 of %2…</source>
        <translation>Intento %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n attempt(s) against %1.</source>
        <translation>
            <numerusform>Hecho: %n intento contra %1.</numerusform>
            <numerusform>Hecho: %n intentos contra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the probe to get a verdict.</source>
        <translation>Ejecute el sondeo para obtener un veredicto.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Names: %3
Valid: %4 to %5
SHA-256: %6
%7</source>
        <translation>Sujeto: %1
Emisor: %2
Nombres: %3
Válido: del %4 al %5
SHA-256: %6
%7</translation>
    </message>
    <message>
        <source>Verified against the trusted CAs.</source>
        <translation>Verificado con las CA de confianza.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CA certificates to verify against</source>
        <translation>Certificados de CA con los que verificar</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Step 4: Probe the endpoint with and without SNI</source>
        <translation>Paso 4: Sondear el endpoint con y sin SNI</translation>
    </message>
    <message>
        <source>The decisive test of the runbook: does the ingress answer a client that sends no server name?</source>
        <translation>La prueba decisiva del runbook: ¿responde la entrada a un cliente que no envía nombre de servidor?</translation>
    </message>
    <message>
        <source>SNI Doctor opens three TLS connections to the same address: one that sends the host name as SNI, one that sends none, and one that sends a name no route can know. If only the first gets a certificate, clients without SNI are being reset.</source>
        <translation>SNI Doctor abre tres conexiones TLS a la misma dirección: una que envía el nombre de host como SNI, otra que no envía ninguno y otra que envía un nombre que ninguna ruta puede conocer. Si solo la primera recibe un certificado, las conexiones de los clientes sin SNI se están restableciendo.</translation>
    </message>
    <message>
        <source>api-test.mydomain.com</source>
        <translation>api-test.midominio.com</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>The API host name your clients call; it is sent as SNI.</source>
        <translation>El nombre de host de la API al que llaman sus clientes; se envía como SNI.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds per attempt</source>
        <translation>Tiempo límite en segundos por intento</translation>
    </message>
    <message>
        <source>Connect &amp;to (optional):</source>
        <translation>Conectar a (opciona&amp;l):</translation>
    </message>
    <message>
        <source>Ingress IP address, e.g. 1.2.3.4</source>
        <translation>Dirección IP de la entrada, p. ej. 1.2.3.4</translation>
    </message>
    <message>
        <source>Address to connect to</source>
        <translation>Dirección a la que conectar</translation>
    </message>
    <message>
        <source>Connect to this address instead of the host name&apos;s, like curl --resolve. Leave empty to use DNS.</source>
        <translation>Conectar a esta dirección en lugar de a la del nombre de host, como curl --resolve. Déjelo vacío para usar DNS.</translation>
    </message>
    <message>
        <source>C&amp;A file (optional):</source>
        <translation>Archi&amp;vo de CA (opcional):</translation>
    </message>
    <message>
        <source>System CAs</source>
        <translation>CA del sistema</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>E&amp;jecutar sondeo</translation>
    </message>
    <message>
        <source>Run probe</source>
        <translation>Ejecutar sondeo</translation>
    </message>
    <message>
        <source>Stop the probe</source>
        <translation>Detener el sondeo</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI enviado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Probe results</source>
        <translation>Resultados del sondeo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Bytes sent / received</source>
        <translation>Bytes enviados / recibidos</translation>
    </message>
    <message>
        <source>H&amp;ost name:</source>
        <translation>No&amp;mbre de host:</translation>
    </message>
    <message>
        <source>Read as host %1, port %2.</source>
        <translation>Leído como host %1, puerto %2.</translation>
    </message>
    <message>
        <source>Read as host %1, port %2; left out, as a TLS probe does not need them: %3.</source>
        <translation>Leído como host %1, puerto %2; se omite, porque un sondeo TLS no lo necesita: %3.</translation>
    </message>
    <message>
        <source>From the routes of step 5.</source>
        <translation>De las rutas del paso 5.</translation>
    </message>
    <message numerus="yes">
        <source>From the routes of step 5; %n more host name(s) offered as you type.</source>
        <translation>
            <numerusform>De las rutas del paso 5; %n nombre de host más ofrecido al escribir.</numerusform>
            <numerusform>De las rutas del paso 5; %n nombres de host más ofrecidos al escribir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeText</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (unknown name)</source>
        <translation>%1 (nombre desconocido)</translation>
    </message>
    <message>
        <source>Handshake OK</source>
        <translation>Handshake correcto</translation>
    </message>
    <message>
        <source>Reset by peer (TCP RST)</source>
        <translation>Restablecida por el otro extremo (TCP RST)</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>Alerta TLS: %1</translation>
    </message>
    <message>
        <source>Closed without alert</source>
        <translation>Cerrada sin alerta</translation>
    </message>
    <message>
        <source>No answer (timeout)</source>
        <translation>Sin respuesta (tiempo agotado)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzable</translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation>Nombre no resuelto</translation>
    </message>
    <message>
        <source>Not TLS</source>
        <translation>No es TLS</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>a completed handshake</source>
        <translation>un handshake completo</translation>
    </message>
    <message>
        <source>a TCP reset (&quot;Connection reset by peer&quot;, ECONNRESET)</source>
        <translation>un restablecimiento TCP (&quot;Connection reset by peer&quot;, ECONNRESET)</translation>
    </message>
    <message>
        <source>a TLS alert %1</source>
        <translation>una alerta TLS %1</translation>
    </message>
    <message>
        <source>the connection closed without a certificate</source>
        <translation>la conexión cerrada sin certificado</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>ninguna respuesta antes del tiempo límite</translation>
    </message>
    <message>
        <source>a refused connection (nothing listens on that port)</source>
        <translation>una conexión rechazada (nada escucha en ese puerto)</translation>
    </message>
    <message>
        <source>no route to the address</source>
        <translation>ninguna ruta hacia la dirección</translation>
    </message>
    <message>
        <source>a name that does not resolve</source>
        <translation>un nombre que no se resuelve</translation>
    </message>
    <message>
        <source>an answer that is not TLS (is this an HTTP port?)</source>
        <translation>una respuesta que no es TLS (¿es un puerto HTTP?)</translation>
    </message>
    <message>
        <source>a canceled attempt</source>
        <translation>un intento cancelado</translation>
    </message>
    <message>
        <source>Clients without SNI are refused</source>
        <translation>Se rechaza a los clientes sin SNI</translation>
    </message>
    <message>
        <source>Clients without SNI get a certificate</source>
        <translation>Los clientes sin SNI reciben un certificado</translation>
    </message>
    <message>
        <source>Even clients with SNI are refused</source>
        <translation>Se rechaza incluso a los clientes con SNI</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached</source>
        <translation>No se puede llegar al endpoint</translation>
    </message>
    <message>
        <source>The certificate sent without SNI does not cover the host name</source>
        <translation>El certificado enviado sin SNI no cubre el nombre de host</translation>
    </message>
    <message>
        <source>With SNI %1 the handshake completes; without SNI it ends in %2. Non-SNI clients are not enabled: no wildcard ApigeeRoute (hostnames [&quot;*&quot;], enableNonSniClient: true) serves this ingress. With an unknown name: %3.</source>
        <translation>Con SNI %1 el handshake se completa; sin SNI termina en %2. Los clientes sin SNI no están habilitados: ninguna ApigeeRoute comodín (hostnames [&quot;*&quot;], enableNonSniClient: true) sirve esta entrada. Con un nombre desconocido: %3.</translation>
    </message>
    <message>
        <source>Without SNI the ingress returns the certificate %1, issued by %2 (SHA-256 %3): a wildcard route serves clients that send no SNI.</source>
        <translation>Sin SNI la entrada devuelve el certificado %1, emitido por %2 (SHA-256 %3): una ruta comodín sirve a los clientes que no envían SNI.</translation>
    </message>
    <message>
        <source>Unknown host names are served too.</source>
        <translation>También se sirven nombres de host desconocidos.</translation>
    </message>
    <message>
        <source>An unknown host name gets %1.</source>
        <translation>Un nombre de host desconocido recibe %1.</translation>
    </message>
    <message>
        <source>With SNI %1 the handshake ends in %2. This is not the non-SNI problem: check that the host name belongs to an environment group, that its ApigeeRoute is running, and the virtual host&apos;s certificate.</source>
        <translation>Con SNI %1 el handshake termina en %2. No es el problema de los clientes sin SNI: compruebe que el nombre de host pertenece a un grupo de entornos, que su ApigeeRoute está en estado running y el certificado del host virtual.</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 a través de %2</translation>
    </message>
    <message>
        <source>Connecting to %1 gave %2. Check the host name or address, the port, firewalls, and that the ingress service is exposed. (%3)</source>
        <translation>La conexión a %1 dio %2. Compruebe el nombre de host o la dirección, el puerto, los cortafuegos y que el servicio de la entrada esté expuesto. (%3)</translation>
    </message>
    <message>
        <source>Without SNI the ingress sends %2, whose names (%3) do not include %1. Clients that check the host name will reject it: give the wildcard route the credential of a virtual host that covers this name.</source>
        <translation>Sin SNI la entrada envía %2, cuyos nombres (%3) no incluyen %1. Los clientes que comprueban el nombre de host lo rechazarán: asigne a la ruta comodín la credencial de un host virtual que cubra este nombre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The probe was canceled before it could decide.</source>
        <translation>El sondeo se canceló antes de poder decidir.</translation>
    </message>
    <message>
        <source>No conclusion: the probe did not run.</source>
        <translation>Sin conclusión: el sondeo no se ejecutó.</translation>
    </message>
    <message>
        <source>Non-SNI clients are not enabled: %1 answers a handshake with SNI but ends one without SNI in %2.</source>
        <translation>Los clientes sin SNI no están habilitados: %1 responde a un handshake con SNI, pero uno sin SNI termina en %2.</translation>
    </message>
    <message>
        <source>Non-SNI clients are enabled: %1 returns a certificate without SNI.</source>
        <translation>Los clientes sin SNI están habilitados: %1 devuelve un certificado sin SNI.</translation>
    </message>
    <message>
        <source>Run the probe to get a verdict.</source>
        <translation>Ejecute el sondeo para obtener un veredicto.</translation>
    </message>
    <message>
        <source>A wildcard route is in place. If a client is still reset, find its connections in the ingress access logs (step 2) or in a packet capture (step 3): it may reach another ingress, or fail for another reason.</source>
        <translation>Hay una ruta comodín. Si las conexiones de un cliente se siguen restableciendo, busque sus conexiones en los registros de acceso de la entrada (paso 2) o en una captura de paquetes (paso 3): puede que llegue a otra entrada o que falle por otro motivo.</translation>
    </message>
    <message>
        <source>Fix the handshake with SNI first: compare the host name with the environment group&apos;s hostnames and check the virtual host&apos;s ApigeeRoute (step 5).</source>
        <translation>Corrija primero el handshake con SNI: compare el nombre de host con los hostnames del grupo de entornos y revise la ApigeeRoute del host virtual (paso 5).</translation>
    </message>
    <message>
        <source>Make sure this machine can reach the ingress (same network, VPN, firewall), or enter the ingress IP address in &quot;Connect to&quot;.</source>
        <translation>Asegúrese de que este equipo llega a la entrada (misma red, VPN, cortafuegos) o escriba la dirección IP de la entrada en &quot;Conectar a&quot;.</translation>
    </message>
    <message>
        <source>Check the Apigee routes (step 5): one route must have hostnames [&quot;*&quot;] and enableNonSniClient: true, and every virtual host must list it in additionalGateways in overrides.yaml (step 6).</source>
        <translation>Revise las rutas de Apigee (paso 5): una ruta debe tener hostnames [&quot;*&quot;] y enableNonSniClient: true, y cada host virtual debe incluirla en additionalGateways en overrides.yaml (paso 6).</translation>
    </message>
    <message>
        <source>Ended on this side (no alert from the peer)</source>
        <translation>Terminado en este lado (sin alerta del otro extremo)</translation>
    </message>
    <message>
        <source>Ended on this side with the TLS alert %1 (none from the peer)</source>
        <translation>Terminado en este lado con la alerta TLS %1 (ninguna del otro extremo)</translation>
    </message>
    <message>
        <source>a handshake this machine ended (no alert came from the peer)</source>
        <translation>un handshake que terminó este equipo (no llegó ninguna alerta del otro extremo)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ResolutionPage</name>
    <message>
        <source>Save the ApigeeRoute</source>
        <translation>Guardar la ApigeeRoute</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the overrides.yaml change</source>
        <translation>Guardar el cambio de overrides.yaml</translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation>Parches (*.patch *.diff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Run the probe once first (step 4): Verify probes the same endpoint again.</source>
        <translation>Ejecute primero el sondeo (paso 4): Verificar vuelve a sondear el mismo endpoint.</translation>
    </message>
    <message>
        <source>Probing %1 again with and without SNI…</source>
        <translation>Volviendo a sondear %1 con y sin SNI…</translation>
    </message>
    <message>
        <source>Verified: a client without SNI now gets a certificate from %1. Clients without SNI are served.</source>
        <translation>Verificado: un cliente sin SNI ya recibe un certificado de %1. Los clientes sin SNI reciben servicio.</translation>
    </message>
    <message>
        <source>Not fixed yet: %1 still refuses a client without SNI. Check that the route is running and the virtual hosts were applied, then verify again.</source>
        <translation>Aún sin corregir: %1 sigue rechazando a un cliente sin SNI. Compruebe que la ruta está en ejecución y que se aplicaron los hosts virtuales, y vuelva a verificar.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>No se guardó: %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Step 7: Verdict and fix</source>
        <translation>Paso 7: Veredicto y corrección</translation>
    </message>
    <message>
        <source>One verdict from every step you ran, the evidence behind it, and the change that fixes it.</source>
        <translation>Un veredicto a partir de cada paso que ejecutó, las pruebas en que se basa y el cambio que lo corrige.</translation>
    </message>
    <message>
        <source>SNI Doctor combines what the steps found. The generated route and overrides.yaml change are checked by the same validators as steps 5 and 6. Nothing is applied from here: run the commands yourself, a dry run first, then Verify.</source>
        <translation>SNI Doctor combina lo que encontraron los pasos. La ruta generada y el cambio de overrides.yaml se comprueban con los mismos validadores que los pasos 5 y 6. Desde aquí no se aplica nada: ejecute usted los comandos, primero en simulación, y después pulse Verificar.</translation>
    </message>
    <message>
        <source>Evidence behind the verdict</source>
        <translation>Pruebas del veredicto</translation>
    </message>
    <message>
        <source>Name of the wildcard route to create</source>
        <translation>Nombre de la ruta comodín que se va a crear</translation>
    </message>
    <message>
        <source>Ins&amp;talled with:</source>
        <translation>Ins&amp;talado con:</translation>
    </message>
    <message>
        <source>Helm (hybrid 1.12 and later)</source>
        <translation>Helm (hybrid 1.12 y posteriores)</translation>
    </message>
    <message>
        <source>apigeectl (hybrid 1.11 and earlier)</source>
        <translation>apigeectl (hybrid 1.11 y anteriores)</translation>
    </message>
    <message>
        <source>Tool Apigee hybrid was installed with</source>
        <translation>Herramienta con la que se instaló Apigee hybrid</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the ApigeeRoute</source>
        <translation>Copiar la ApigeeRoute</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the ApigeeRoute to a file</source>
        <translation>Guardar la ApigeeRoute en un archivo</translation>
    </message>
    <message>
        <source>Copy the overrides.yaml change</source>
        <translation>Copiar el cambio de overrides.yaml</translation>
    </message>
    <message>
        <source>Save the overrides.yaml change as a patch</source>
        <translation>Guardar el cambio de overrides.yaml como parche</translation>
    </message>
    <message>
        <source>&amp;Verify: probe again without SNI</source>
        <translation>&amp;Verificar: volver a sondear sin SNI</translation>
    </message>
    <message>
        <source>Probe the endpoint again to verify the fix</source>
        <translation>Volver a sondear el endpoint para verificar la corrección</translation>
    </message>
    <message>
        <source>Stop verifying</source>
        <translation>Detener la verificación</translation>
    </message>
    <message>
        <source>Run some of the steps first.</source>
        <translation>Ejecute antes alguno de los pasos.</translation>
    </message>
    <message>
        <source>Confidence: %1. Steps run: %2.</source>
        <translation>Confianza: %1. Pasos ejecutados: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Says otherwise: %1</source>
        <translation>Dice lo contrario: %1</translation>
    </message>
    <message>
        <source>ApigeeRoute (%1.yaml)</source>
        <translation>ApigeeRoute (%1.yaml)</translation>
    </message>
    <message>
        <source>ApigeeRoute %1 (no change)</source>
        <translation>ApigeeRoute %1 (sin cambios)</translation>
    </message>
    <message>
        <source>overrides.yaml change</source>
        <translation>Cambio de overrides.yaml</translation>
    </message>
    <message>
        <source>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</source>
        <translation>La ruta comodín %1 existe y habilita a los clientes sin SNI: se queda como está.</translation>
    </message>
    <message>
        <source>Open overrides.yaml in step 6 to get the change to it here.</source>
        <translation>Abra overrides.yaml en el paso 6 para obtener aquí el cambio.</translation>
    </message>
    <message>
        <source>overrides.yaml already lists %1 in every virtual host.</source>
        <translation>overrides.yaml ya incluye %1 en cada host virtual.</translation>
    </message>
    <message>
        <source>Checked: the route and the overrides.yaml change pass SNI Doctor&apos;s own validators.</source>
        <translation>Comprobado: la ruta y el cambio de overrides.yaml pasan los validadores de SNI Doctor.</translation>
    </message>
    <message>
        <source>Check before applying: %1.</source>
        <translation>Revise antes de aplicar: %1.</translation>
    </message>
    <message>
        <source>credentialName is a placeholder: replace it with the TLS secret of a virtual host (kubectl -n apigee get apigeeroutes -o yaml | grep credentialName).</source>
        <translation>credentialName es provisional: sustitúyalo por el secreto TLS de un host virtual (kubectl -n apigee get apigeeroutes -o yaml | grep credentialName).</translation>
    </message>
    <message>
        <source>Add the route by hand to: %1.</source>
        <translation>Añada la ruta a mano en: %1.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Aún no hay pruebas.</translation>
    </message>
    <message>
        <source>Apply to the cluster</source>
        <translation>Aplicar al clúster</translation>
    </message>
    <message>
        <source>Apply the ApigeeRoute %1 to namespace %2 of context %3? This changes the cluster. The virtual hosts still need the overrides.yaml change, applied with your tooling.</source>
        <translation>¿Aplicar la ApigeeRoute %1 al espacio de nombres %2 del contexto %3? Esto cambia el clúster. Los hosts virtuales siguen necesitando el cambio de overrides.yaml, aplicado con sus herramientas.</translation>
    </message>
    <message>
        <source>Dry run on the cluster…</source>
        <translation>Simulación en el clúster…</translation>
    </message>
    <message>
        <source>Applying to the cluster…</source>
        <translation>Aplicando al clúster…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Sin conexión: no se ejecutó el complemento de credenciales.</translation>
    </message>
    <message>
        <source>Dry run passed: the API server accepts the route %1. Nothing was changed.</source>
        <translation>Simulación correcta: el servidor de API acepta la ruta %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>Applied: the route %1 is in the cluster. Apply the virtual hosts, then Verify.</source>
        <translation>Aplicada: la ruta %1 está en el clúster. Aplique los hosts virtuales y después pulse Verificar.</translation>
    </message>
    <message>
        <source>&amp;Dry run on the cluster</source>
        <translation>Si&amp;mulación en el clúster</translation>
    </message>
    <message>
        <source>Check the route with the cluster&apos;s API server without changing anything</source>
        <translation>Comprobar la ruta con el servidor de API del clúster sin cambiar nada</translation>
    </message>
    <message>
        <source>&amp;Apply to the cluster…</source>
        <translation>Apli&amp;car al clúster…</translation>
    </message>
    <message>
        <source>Apply the route to the cluster, after confirming</source>
        <translation>Aplicar la ruta al clúster, tras confirmarlo</translation>
    </message>
    <message>
        <source>Review (read-only): the verdict from the collected files. Nothing is run against a cluster.</source>
        <translation>Revisión (solo lectura): el veredicto a partir de los archivos recopilados. No se ejecuta nada contra un clúster.</translation>
    </message>
    <message>
        <source>Evi&amp;dence (click a step to see it again):</source>
        <translation>&amp;Pruebas (pulse un paso para volver a verlo):</translation>
    </message>
    <message>
        <source>Route na&amp;me:</source>
        <translation>Nombre de la &amp;ruta:</translation>
    </message>
    <message>
        <source>Diagnosing again: every host through every ingress, with and without SNI…</source>
        <translation>Diagnosticando de nuevo: cada host a través de cada ingress, con y sin SNI…</translation>
    </message>
    <message>
        <source>Every &amp;host through every ingress (automatic diagnosis):</source>
        <translation>Cada &amp;host a través de cada ingress (diagnóstico automático):</translation>
    </message>
    <message>
        <source>&amp;Verify: diagnose again automatically</source>
        <translation>&amp;Verificar: diagnosticar de nuevo automáticamente</translation>
    </message>
    <message>
        <source>Diagnose again: every host through every ingress</source>
        <translation>Diagnosticar de nuevo: cada host a través de cada ingress</translation>
    </message>
    <message>
        <source>Before the fix: %1</source>
        <translation>Antes de la corrección: %1</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ReviewSummaryPage</name>
    <message>
        <source>(confidence: %1; step 7 explains it)</source>
        <translation>(confianza: %1; el paso 7 lo explica)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>no usado: %1</translation>
    </message>
    <message>
        <source>not used: %1 has a result already</source>
        <translation>no usado: %1 ya tiene un resultado</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>no usado</translation>
    </message>
    <message>
        <source>Files &amp;opened: %1 of %2 used for the steps.</source>
        <translation>A&amp;rchivos abiertos: %1 de %2 usados en los pasos.</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; all %4 files match its manifest (SHA-256).</source>
        <translation>%1: un paquete de SNI Doctor %2 creado el %3; los %4 archivos coinciden con su manifiesto (SHA-256).</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 files match the bundle&apos;s manifest: it was changed or damaged after it was made.</source>
        <translation>%1: solo %2 de %3 archivos coinciden con el manifiesto del paquete: se modificó o dañó después de crearse.</translation>
    </message>
    <message>
        <source>No bundle manifest: the files cannot be checked against the ones collected.</source>
        <translation>Sin manifiesto de paquete: no se puede comprobar que los archivos sean los recogidos.</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>No se rechazó nada.</translation>
    </message>
    <message>
        <source>Every step was collected.</source>
        <translation>Se recogieron todos los pasos.</translation>
    </message>
    <message>
        <source>(The admin left no notes.)</source>
        <translation>(El administrador no dejó notas.)</translation>
    </message>
    <message>
        <source>What the collected files hold</source>
        <translation>Qué contienen los archivos recogidos</translation>
    </message>
    <message>
        <source>Read-only: nothing was executed and the network was not used. Next goes through each step as the files show it.</source>
        <translation>Solo lectura: no se ejecutó nada y no se usó la red. Siguiente recorre cada paso tal como lo muestran los archivos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Reconocido como</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usado en</translation>
    </message>
    <message>
        <source>Files opened</source>
        <translation>Archivos abiertos</translation>
    </message>
    <message>
        <source>The admin&apos;s no&amp;tes:</source>
        <translation>No&amp;tas del administrador:</translation>
    </message>
    <message>
        <source>The admin&apos;s notes</source>
        <translation>Notas del administrador</translation>
    </message>
    <message>
        <source>&amp;Print verdict…</source>
        <translation>Im&amp;primir veredicto…</translation>
    </message>
    <message>
        <source>Print the verdict on one page</source>
        <translation>Imprimir el veredicto en una página</translation>
    </message>
    <message>
        <source>Save verdict as P&amp;DF…</source>
        <translation>&amp;Guardar veredicto en PDF…</translation>
    </message>
    <message>
        <source>Save the verdict as a one-page PDF</source>
        <translation>Guardar el veredicto como PDF de una página</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ReviewText</name>
    <message>
        <source>%1 is larger than %2 MiB: not read.</source>
        <translation>%1 ocupa más de %2 MiB: no se lee.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: refused: an absolute path could write anywhere on the disk.</source>
        <translation>%1: rechazado: una ruta absoluta podría escribir en cualquier lugar del disco.</translation>
    </message>
    <message>
        <source>%1: refused: a &quot;..&quot; in the path leaves the review folder.</source>
        <translation>%1: rechazado: un &quot;..&quot; en la ruta sale de la carpeta de revisión.</translation>
    </message>
    <message>
        <source>%1: refused: a link to %2, outside the archive.</source>
        <translation>%1: rechazado: un enlace a %2, fuera del archivo comprimido.</translation>
    </message>
    <message>
        <source>%1: refused: not a file (a device, a FIFO or a socket).</source>
        <translation>%1: rechazado: no es un archivo (un dispositivo, una FIFO o un socket).</translation>
    </message>
    <message>
        <source>%1: refused: it unpacks to more than %2 MiB.</source>
        <translation>%1: rechazado: descomprimido ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>%1: refused with the rest of the archive: all together it unpacks to more than %2 MiB.</source>
        <translation>%1: rechazado con el resto del archivo comprimido: en total descomprimido ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>%1: refused with the rest of the archive: it unpacks to more than %2 times the archive&apos;s size (a decompression bomb?).</source>
        <translation>%1: rechazado con el resto del archivo comprimido: descomprimido ocupa más de %2 veces el tamaño del archivo (¿una bomba de descompresión?).</translation>
    </message>
    <message>
        <source>%1: refused from this entry on: more than %2 entries.</source>
        <translation>%1: rechazado desde esta entrada: más de %2 entradas.</translation>
    </message>
    <message>
        <source>%1: the archive is damaged: %2. What came before was kept.</source>
        <translation>%1: el archivo comprimido está dañado: %2. Se conserva lo leído antes.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: its SHA-256 is not the one in manifest.json: the bundle was changed or damaged after it was made.</source>
        <translation>%1: su SHA-256 no es el de manifest.json: el paquete se modificó o dañó después de crearse.</translation>
    </message>
    <message>
        <source>%1: its size is not the one in manifest.json (%2 bytes): the bundle was changed or damaged after it was made.</source>
        <translation>%1: su tamaño no es el de manifest.json (%2 bytes): el paquete se modificó o dañó después de crearse.</translation>
    </message>
    <message>
        <source>%1: listed in manifest.json but missing from the bundle.</source>
        <translation>%1: figura en manifest.json pero falta en el paquete.</translation>
    </message>
    <message>
        <source>%1: not listed in manifest.json: added after the bundle was made.</source>
        <translation>%1: no figura en manifest.json: se añadió después de crear el paquete.</translation>
    </message>
    <message>
        <source>%1: an archive inside an archive is not opened; open it on its own.</source>
        <translation>%1: un archivo comprimido dentro de otro no se abre; ábralo por separado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Canceled: nothing was reviewed.</source>
        <translation>Cancelado: no se revisó nada.</translation>
    </message>
    <message>
        <source>Packet capture (pcap or pcapng)</source>
        <translation>Captura de paquetes (pcap o pcapng)</translation>
    </message>
    <message>
        <source>Ingress access log</source>
        <translation>Registro de acceso de la entrada</translation>
    </message>
    <message numerus="yes">
        <source>ApigeeRoutes (kubectl get apigeeroutes): %n route(s)</source>
        <translation>
            <numerusform>ApigeeRoutes (kubectl get apigeeroutes): %n ruta</numerusform>
            <numerusform>ApigeeRoutes (kubectl get apigeeroutes): %n rutas</numerusform>
        </translation>
    </message>
    <message>
        <source>overrides.yaml</source>
        <translation>overrides.yaml</translation>
    </message>
    <message>
        <source>kubeconfig: never used to connect in review</source>
        <translation>kubeconfig: nunca se usa para conectar en la revisión</translation>
    </message>
    <message>
        <source>kubeconfig: never used to connect in review; its exec plugin (%1) is not run</source>
        <translation>kubeconfig: nunca se usa para conectar en la revisión; su complemento exec (%1) no se ejecuta</translation>
    </message>
    <message>
        <source>PEM certificate: %1, valid until %2</source>
        <translation>Certificado PEM: %1, válido hasta %2</translation>
    </message>
    <message>
        <source>Private key: not read and not shown (it should not have been collected)</source>
        <translation>Clave privada: no se lee ni se muestra (no debería haberse recopilado)</translation>
    </message>
    <message>
        <source>SNI Doctor probe result</source>
        <translation>Resultado del sondeo de SNI Doctor</translation>
    </message>
    <message>
        <source>SNI Doctor access-log analysis</source>
        <translation>Análisis de registros de acceso de SNI Doctor</translation>
    </message>
    <message>
        <source>SNI Doctor capture analysis</source>
        <translation>Análisis de captura de SNI Doctor</translation>
    </message>
    <message>
        <source>SNI Doctor routes result</source>
        <translation>Resultado de rutas de SNI Doctor</translation>
    </message>
    <message>
        <source>SNI Doctor overrides.yaml check</source>
        <translation>Revisión de overrides.yaml de SNI Doctor</translation>
    </message>
    <message>
        <source>SNI Doctor diagnosis (diagnose --json): %1</source>
        <translation>Diagnóstico de SNI Doctor (diagnose --json): %1</translation>
    </message>
    <message>
        <source>SNI Doctor verdict as exported: %1</source>
        <translation>Veredicto de SNI Doctor tal como se exportó: %1</translation>
    </message>
    <message>
        <source>Saved SNI Doctor session</source>
        <translation>Sesión guardada de SNI Doctor</translation>
    </message>
    <message>
        <source>Bundle manifest (sizes and SHA-256 of every file)</source>
        <translation>Manifiesto del paquete (tamaños y SHA-256 de cada archivo)</translation>
    </message>
    <message numerus="yes">
        <source>List of redactions: %n secret(s) removed</source>
        <translation>
            <numerusform>Lista de ocultaciones: %n secreto eliminado</numerusform>
            <numerusform>Lista de ocultaciones: %n secretos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix made by SNI Doctor (not evidence)</source>
        <translation>Corrección creada por SNI Doctor (no es evidencia)</translation>
    </message>
    <message>
        <source>Description of route %1</source>
        <translation>Descripción de la ruta %1</translation>
    </message>
    <message>
        <source>kubectl table</source>
        <translation>Tabla de kubectl</translation>
    </message>
    <message>
        <source>Notes for support</source>
        <translation>Notas para soporte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Environment groups</source>
        <translation>Grupos de entornos</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <source>Not recognised (a compressed file that is not an access log)</source>
        <translation>No reconocido (un archivo comprimido que no es un registro de acceso)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <source>%1 is not a usable SNI Doctor session: %2</source>
        <translation>%1 no es una sesión de SNI Doctor utilizable: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>se esperaba &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>saved by a newer version (%1).</source>
        <translation>guardada por una versión más reciente (%1).</translation>
    </message>
    <message>
        <source>Cannot save the session to %1: %2</source>
        <translation>No se puede guardar la sesión en %1: %2</translation>
    </message>
    <message>
        <source>larger than 256 MiB.</source>
        <translation>ocupa más de 256 MiB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what SNI Doctor writes for %2.</source>
        <translation>&quot;%1&quot; no es lo que SNI Doctor escribe para %2.</translation>
    </message>
    <message>
        <source>Not read: YAML nested more than 64 deep or whose aliases expand to more than 8,000,000 values</source>
        <translation>No leído: YAML anidado a más de 64 niveles o cuyos alias se expanden a más de 8.000.000 de valores</translation>
    </message>
    <message>
        <source>%1: the archive holds two entries of this name, which no bundle of this tool does: it was tampered with, and nothing of it is used.</source>
        <translation>%1: el archivo contiene dos entradas con este nombre, cosa que ningún paquete de esta herramienta hace: fue manipulado y no se usa nada de él.</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the environment groups</source>
        <translation>los grupos de entornos</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>todos los pasos</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RouteText</name>
    <message>
        <source>No wildcard route</source>
        <translation>No hay ruta comodín</translation>
    </message>
    <message>
        <source>More than one wildcard route</source>
        <translation>Más de una ruta comodín</translation>
    </message>
    <message>
        <source>The wildcard route does not enable non-SNI clients</source>
        <translation>La ruta comodín no habilita los clientes sin SNI</translation>
    </message>
    <message>
        <source>The wildcard route is not attached to every virtual host</source>
        <translation>La ruta comodín no está asociada a todos los hosts virtuales</translation>
    </message>
    <message>
        <source>The wildcard route is not running</source>
        <translation>La ruta comodín no está en estado running</translation>
    </message>
    <message>
        <source>Non-SNI clients are enabled by the routes</source>
        <translation>Las rutas habilitan los clientes sin SNI</translation>
    </message>
    <message>
        <source>None of the %1 ApigeeRoutes (%2) has hostnames [&quot;*&quot;]: clients that send no SNI find no filter chain and are reset. Create a wildcard route with enableNonSniClient: true.</source>
        <translation>Ninguna de las %1 ApigeeRoutes (%2) tiene hostnames [&quot;*&quot;]: los clientes que no envían SNI no encuentran cadena de filtros y se restablecen. Cree una ruta comodín con enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>These routes all have hostnames [&quot;*&quot;]: %1. Apigee&apos;s documentation allows one; delete all but one.</source>
        <translation>Todas estas rutas tienen hostnames [&quot;*&quot;]: %1. La documentación de Apigee permite una; elimine todas menos una.</translation>
    </message>
    <message>
        <source>The route %1 has hostnames [&quot;*&quot;] but enableNonSniClient is %2: set it to true and apply the route again.</source>
        <translation>La ruta %1 tiene hostnames [&quot;*&quot;] pero enableNonSniClient es %2: póngalo a true y vuelva a aplicar la ruta.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>These virtual-host routes do not list %1 in additionalGateways: %2. Add it to additionalGateways of each virtual host in overrides.yaml and apply the virtual hosts.</source>
        <translation>Estas rutas de host virtual no incluyen %1 en additionalGateways: %2. Añádala a additionalGateways de cada host virtual en overrides.yaml y aplique los hosts virtuales.</translation>
    </message>
    <message>
        <source>The route %1 is in state %2, not running. %3</source>
        <translation>La ruta %1 está en estado %2, no running. %3</translation>
    </message>
    <message>
        <source>The wildcard route %1 has enableNonSniClient: true, is running, and every virtual host lists it in additionalGateways.</source>
        <translation>La ruta comodín %1 tiene enableNonSniClient: true, está en estado running y todos los hosts virtuales la incluyen en additionalGateways.</translation>
    </message>
    <message>
        <source>No routes to analyze.</source>
        <translation>No hay rutas que analizar.</translation>
    </message>
    <message>
        <source>The routes are right. If clients are still reset, probe the endpoint without SNI (step 4): they may reach another ingress.</source>
        <translation>Las rutas son correctas. Si las conexiones de los clientes se siguen restableciendo, sondee el endpoint sin SNI (paso 4): puede que lleguen a otra entrada.</translation>
    </message>
    <message>
        <source>Fix the routes as described, check overrides.yaml (step 6), then probe again without SNI (step 4).</source>
        <translation>Corrija las rutas como se indica, revise overrides.yaml (paso 6) y vuelva a sondear sin SNI (paso 4).</translation>
    </message>
    <message>
        <source>Ingress gateway pods are not ready</source>
        <translation>Hay pods de la pasarela de entrada que no están listos</translation>
    </message>
    <message>
        <source>No pod with the label app=apigee-ingressgateway in this namespace: check the namespace.</source>
        <translation>Ningún pod con la etiqueta app=apigee-ingressgateway en este espacio de nombres: compruebe el espacio de nombres.</translation>
    </message>
    <message>
        <source>Of %1 ingress gateway pods, these are not running with every container ready: %2.</source>
        <translation>De %1 pods de la pasarela de entrada, estos no se ejecutan con todos sus contenedores listos: %2.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RoutesPage</name>
    <message>
        <source>Saved kubectl get apigeeroutes output</source>
        <translation>Salida guardada de kubectl get apigeeroutes</translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML o JSON (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>%1 (unusable)</source>
        <translation>%1 (inutilizable)</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Sin conexión: no se ejecutó el complemento de credenciales.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n route(s) from %1.</source>
        <translation>
            <numerusform>Leída %n ruta de %1.</numerusform>
            <numerusform>Leídas %n rutas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n route(s) from the cluster.</source>
        <translation>
            <numerusform>Leída %n ruta del clúster.</numerusform>
            <numerusform>Leídas %n rutas del clúster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>TLS credential</source>
        <translation>Credencial TLS</translation>
    </message>
    <message>
        <source>Connect to the cluster or load saved kubectl output to check the routes.</source>
        <translation>Conéctese al clúster o cargue la salida guardada de kubectl para revisar las rutas.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Step 5: Check the Apigee routes</source>
        <translation>Paso 5: Revisar las rutas de Apigee</translation>
    </message>
    <message>
        <source>Clients without SNI are served only by a wildcard ApigeeRoute (hostnames [&quot;*&quot;]) with enableNonSniClient: true, listed in additionalGateways of every virtual host.</source>
        <translation>A los clientes sin SNI solo los sirve una ApigeeRoute comodín (hostnames [&quot;*&quot;]) con enableNonSniClient: true, incluida en additionalGateways de cada host virtual.</translation>
    </message>
    <message>
        <source>Connect with your kubeconfig, as kubectl does, or load what kubectl get apigeeroutes -o yaml printed. SNI Doctor reads the routes and says what is missing. Nothing in the cluster is changed.</source>
        <translation>Conéctese con su kubeconfig, como hace kubectl, o cargue lo que imprimió kubectl get apigeeroutes -o yaml. SNI Doctor lee las rutas e indica qué falta. No se cambia nada en el clúster.</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig:</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Archivo kubeconfig</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a kubeconfig</source>
        <translation>Buscar un kubeconfig</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Contexto del kubeconfig</translation>
    </message>
    <message>
        <source>Namespace of the routes</source>
        <translation>Espacio de nombres de las rutas</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Conec&amp;tar</translation>
    </message>
    <message>
        <source>Connect to the cluster</source>
        <translation>Conectar con el clúster</translation>
    </message>
    <message>
        <source>Load saved kubectl output</source>
        <translation>Cargar salida guardada de kubectl</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Dejar de conectar</translation>
    </message>
    <message>
        <source>Apigee routes</source>
        <translation>Rutas de Apigee</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Events of the routes (as kubectl describe shows them):</source>
        <translation>E&amp;ventos de las rutas (como los muestra kubectl describe):</translation>
    </message>
    <message>
        <source>Events of the routes</source>
        <translation>Eventos de las rutas</translation>
    </message>
    <message>
        <source>Fetch the ingress pods&apos; logs of this cluster into step 2</source>
        <translation>Obtener en el paso 2 los registros de los pods de entrada de este clúster</translation>
    </message>
    <message>
        <source>Reads the access log of every ingress gateway pod of this namespace and analyzes it on the logs page (step 2).</source>
        <translation>Lee el registro de acceso de cada pod apigee-ingressgateway de este espacio de nombres y lo analiza en la página de registros (paso 2).</translation>
    </message>
    <message>
        <source>Warning: the cluster&apos;s certificate was not verified (insecure-skip-tls-verify in the kubeconfig): anyone between you and the cluster could have answered.</source>
        <translation>Atención: no se verificó el certificado del clúster (insecure-skip-tls-verify en el kubeconfig): cualquiera entre usted y el clúster podría haber respondido.</translation>
    </message>
    <message>
        <source>The ingress gateway pods could not be listed: %1</source>
        <translation>No se pudieron listar los pods de entrada (ingress gateway): %1</translation>
    </message>
    <message>
        <source>Ingress gateway &amp;pods (kubectl get pods -l app=apigee-ingressgateway):</source>
        <translation>&amp;Pods de entrada (kubectl get pods -l app=apigee-ingressgateway):</translation>
    </message>
    <message>
        <source>Ingress gateway pods</source>
        <translation>Pods de entrada (ingress gateway)</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Espacio de no&amp;mbres:</translation>
    </message>
    <message>
        <source>Loa&amp;d from file…</source>
        <translation>Car&amp;gar desde archivo…</translation>
    </message>
    <message>
        <source>Fetch ingress lo&amp;gs</source>
        <translation>Obtener los &amp;registros de la entrada</translation>
    </message>
    <message>
        <source>The routes&apos; events could not be listed, so they are shown without them: %1</source>
        <translation>No se pudieron listar los eventos de las rutas, así que se muestran sin ellos: %1</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RunbookPage</name>
    <message>
        <source>Canceled: no result.</source>
        <translation>Cancelado: sin resultado.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>El mensaje completo</translation>
    </message>
</context>
<context>
    <name>SniDoctor::StepPage</name>
    <message>
        <source>Review (read-only): from %1.</source>
        <translation>Revisión (solo lectura): de %1.</translation>
    </message>
    <message>
        <source>Review (read-only).</source>
        <translation>Revisión (solo lectura).</translation>
    </message>
    <message>
        <source>Not collected. Ask the admin for: %1</source>
        <translation>No recogido. Pídale al administrador: %1</translation>
    </message>
    <message>
        <source>What this step checks: %1</source>
        <translation>Qué comprueba este paso: %1</translation>
    </message>
    <message>
        <source>Not collected: the files hold no result of this step (the subtitle above says what to ask the admin for).</source>
        <translation>No recogido: los archivos no contienen ningún resultado de este paso (el subtítulo indica qué pedir al administrador).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::StepText</name>
    <message>
        <source>Ingress access logs</source>
        <translation>Registros de acceso</translation>
    </message>
    <message>
        <source>Step 2 (ingress access logs)</source>
        <translation>Paso 2 (registros de acceso de la entrada)</translation>
    </message>
    <message>
        <source>Refused clients in the ingress gateway&apos;s access logs (kubectl logs).</source>
        <translation>Clientes rechazados en los registros de acceso de la pasarela de entrada (kubectl logs).</translation>
    </message>
    <message>
        <source>Packet capture</source>
        <translation>Captura de paquetes</translation>
    </message>
    <message>
        <source>Step 3 (packet capture)</source>
        <translation>Paso 3 (captura de paquetes)</translation>
    </message>
    <message>
        <source>ClientHellos without SNI and the ingress&apos;s answer, from a tcpdump file.</source>
        <translation>ClientHellos sin SNI y la respuesta de la entrada, a partir de un archivo de tcpdump.</translation>
    </message>
    <message>
        <source>Probe the endpoint</source>
        <translation>Sondear el endpoint</translation>
    </message>
    <message>
        <source>Step 4 (probe without SNI)</source>
        <translation>Paso 4 (sondeo sin SNI)</translation>
    </message>
    <message>
        <source>Handshakes with and without SNI, like openssl s_client -noservername.</source>
        <translation>Handshakes con y sin SNI, como openssl s_client -noservername.</translation>
    </message>
    <message>
        <source>Apigee routes</source>
        <translation>Rutas de Apigee</translation>
    </message>
    <message>
        <source>Step 5 (Apigee routes)</source>
        <translation>Paso 5 (rutas de Apigee)</translation>
    </message>
    <message>
        <source>The ApigeeRoutes: a wildcard route, enabled and attached.</source>
        <translation>Las ApigeeRoutes: una ruta comodín, habilitada y asociada.</translation>
    </message>
    <message>
        <source>overrides.yaml</source>
        <translation>overrides.yaml</translation>
    </message>
    <message>
        <source>Step 6 (overrides.yaml)</source>
        <translation>Paso 6 (overrides.yaml)</translation>
    </message>
    <message>
        <source>overrides.yaml: every virtual host lists the wildcard route in additionalGateways.</source>
        <translation>overrides.yaml: cada host virtual incluye la ruta comodín en additionalGateways.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::TlsProbe</name>
    <message>
        <source>Enter the API host name to probe.</source>
        <translation>Escriba el nombre de host de la API que quiere sondear.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>El tiempo límite debe ser de al menos un segundo.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: expected PEM certificates. %2</source>
        <translation>No se puede leer el archivo de CA %1: se esperaban certificados PEM. %2</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist. Check the path, or leave the field empty to use the system&apos;s CAs.</source>
        <translation>El archivo de CA %1 no existe. Compruebe la ruta, o deje el campo vacío para usar las CA del sistema.</translation>
    </message>
    <message>
        <source>The CA file %1 is a folder: choose the PEM file of the CA certificates.</source>
        <translation>El archivo de CA %1 es una carpeta: elija el archivo PEM de los certificados de CA.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
</context>
<context>
    <name>SniDoctor::VerdictPanel</name>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>The inputs were changed after this result: it is the answer to the earlier ones. Run the step again for these.</source>
        <translation>Los datos cambiaron después de este resultado: responde a los anteriores. Vuelva a ejecutar el paso para estos.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::VerdictPrint</name>
    <message>
        <source>SNI Doctor: the verdict</source>
        <translation>SNI Doctor: el veredicto</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>No se puede escribir %1: la carpeta no admite escritura.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Print the verdict</source>
        <translation>Imprimir el veredicto</translation>
    </message>
    <message>
        <source>Save the verdict as PDF</source>
        <translation>Guardar el veredicto como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::WatchPanel</name>
    <message>
        <source>Connecting to the cluster…</source>
        <translation>Conectando con el clúster…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Sin conexión: no se ejecutó el plugin de credenciales.</translation>
    </message>
    <message>
        <source>Listing the ingress pods in %1…</source>
        <translation>Listando los pods de ingress en %1…</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n ingress pod(s) in %1: run the failing client now. Connections logged: %2, refused: %3.</source>
        <translation>
            <numerusform>Vigilando %n pod de ingress en %1: ejecute ahora el cliente que falla. Conexiones registradas: %2, rechazadas: %3.</numerusform>
            <numerusform>Vigilando %n pods de ingress en %1: ejecute ahora el cliente que falla. Conexiones registradas: %2, rechazadas: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the watch began.</source>
        <translation>Detenido antes de empezar a vigilar.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n connection(s) logged, %1 refused. Added to step 2 as evidence.</source>
        <translation>
            <numerusform>Detenido: %n conexión registrada, %1 rechazadas. Añadido al paso 2 como evidencia.</numerusform>
            <numerusform>Detenido: %n conexiones registradas, %1 rechazadas. Añadido al paso 2 como evidencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no connection was logged while watching; step 2 is unchanged.</source>
        <translation>Detenido: no se registró ninguna conexión mientras se vigilaba; el paso 2 no cambia.</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>Vi&amp;gilar en vivo</translation>
    </message>
    <message>
        <source>Watch the ingress pods&apos; logs live</source>
        <translation>Vigilar en vivo los registros de los pods de ingress</translation>
    </message>
    <message>
        <source>Follows every ingress pod&apos;s access log: press it, run the failing client, and its connection shows here as it is logged.</source>
        <translation>Sigue el registro de acceso de cada pod de ingress: púlselo, ejecute el cliente que falla y su conexión aparecerá aquí en cuanto se registre.</translation>
    </message>
    <message>
        <source>Sto&amp;p watching</source>
        <translation>De&amp;jar de vigilar</translation>
    </message>
    <message>
        <source>Stop watching the logs</source>
        <translation>Dejar de vigilar los registros</translation>
    </message>
    <message>
        <source>Highlight &amp;client:</source>
        <translation>Resaltar c&amp;liente:</translation>
    </message>
    <message>
        <source>Client address to highlight</source>
        <translation>Dirección del cliente a resaltar</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Refused and failed connections, newest first</source>
        <translation>Conexiones rechazadas y fallidas, las más recientes primero</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Kind of connection</source>
        <translation>Tipo de conexión</translation>
    </message>
</context>
<context>
    <name>SniDoctor::WelcomePage</name>
    <message>
        <source>Why are API clients reset during the TLS handshake?</source>
        <translation>¿Por qué se restablece la conexión TLS de los clientes de API?</translation>
    </message>
    <message>
        <source>SNI Doctor walks you through Apigee&apos;s runbook, runs each check for you and says in plain words what the result means.</source>
        <translation>SNI Doctor le guía por el runbook de Apigee, ejecuta cada comprobación por usted y explica con palabras sencillas qué significa el resultado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your API client calls an Apigee hybrid endpoint and the connection dies before any HTTP: Node.js and Postman say &lt;b&gt;ECONNRESET&lt;/b&gt;, curl says &lt;b&gt;Connection reset by peer&lt;/b&gt;, and &lt;tt&gt;openssl s_client&lt;/tt&gt; says &lt;b&gt;no peer certificate available&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su cliente de API llama a un endpoint de Apigee hybrid y la conexión muere antes de cualquier HTTP: Node.js y Postman dicen &lt;b&gt;ECONNRESET&lt;/b&gt;, curl dice &lt;b&gt;Connection reset by peer&lt;/b&gt; y &lt;tt&gt;openssl s_client&lt;/tt&gt; dice &lt;b&gt;no peer certificate available&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The usual cause: the client sends no &lt;b&gt;SNI&lt;/b&gt; (the server name in its first TLS message). The Apigee ingress picks the certificate from that name; when it is missing and no &lt;i&gt;wildcard route&lt;/i&gt; accepts such clients, the ingress sends no certificate and resets the connection. The fix is an ApigeeRoute with hostnames &lt;tt&gt;[&quot;*&quot;]&lt;/tt&gt; and &lt;tt&gt;enableNonSniClient: true&lt;/tt&gt;, listed in each virtual host&apos;s &lt;tt&gt;additionalGateways&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La causa habitual: el cliente no envía &lt;b&gt;SNI&lt;/b&gt; (el nombre del servidor en su primer mensaje TLS). La entrada de Apigee elige el certificado a partir de ese nombre; si falta y ninguna &lt;i&gt;ruta comodín&lt;/i&gt; acepta a esos clientes, la entrada no envía ningún certificado y restablece la conexión. La solución es una ApigeeRoute con hostnames &lt;tt&gt;[&quot;*&quot;]&lt;/tt&gt; y &lt;tt&gt;enableNonSniClient: true&lt;/tt&gt;, incluida en &lt;tt&gt;additionalGateways&lt;/tt&gt; de cada host virtual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How do you want to work?</source>
        <translation>¿Cómo quiere trabajar?</translation>
    </message>
    <message>
        <source>&amp;Diagnose a live endpoint from this machine</source>
        <translation>Dia&amp;gnosticar un endpoint activo desde este equipo</translation>
    </message>
    <message>
        <source>Diagnose a live endpoint</source>
        <translation>Diagnosticar un endpoint activo</translation>
    </message>
    <message>
        <source>Review collected files offline</source>
        <translation>Revisar archivos recopilados sin conexión</translation>
    </message>
    <message>
        <source>Client known to send no SNI</source>
        <translation>Se sabe que el cliente no envía SNI</translation>
    </message>
    <message>
        <source>I already &amp;know the client sends no SNI: skip the logs and the capture and go to the probe (step 4)</source>
        <translation>Ya &amp;sé que el cliente no envía SNI: saltar los registros y la captura e ir al sondeo (paso 4)</translation>
    </message>
    <message>
        <source>Open a bundle, an archive, a saved session or collected files</source>
        <translation>Abrir un paquete, un archivo comprimido, una sesión guardada o archivos recopilados</translation>
    </message>
    <message>
        <source>Collected files (*.zip *.tar.gz *.tgz *.tar *.json *.yaml *.yml *.log *.txt *.pcap *.pcapng *.gz);;All files (*)</source>
        <translation>Archivos recopilados (*.zip *.tar.gz *.tgz *.tar *.json *.yaml *.yml *.log *.txt *.pcap *.pcapng *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of collected files</source>
        <translation>Abrir una carpeta de archivos recopilados</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n file(s);</source>
        <translation>
            <numerusform>Revisado %n archivo;</numerusform>
            <numerusform>Revisados %n archivos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n used for the steps.</source>
        <translation>
            <numerusform>%n usado para los pasos.</numerusform>
            <numerusform>%n usados para los pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every file matches the bundle&apos;s manifest.</source>
        <translation>%1: todos los archivos coinciden con el manifiesto del paquete.</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 files match the manifest: the bundle was changed or damaged after it was made.</source>
        <translation>%1: solo %2 de %3 archivos coinciden con el manifiesto: el paquete se modificó o dañó después de crearse.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review collected files offline</source>
        <translation>&amp;Revisar archivos recopilados sin conexión</translation>
    </message>
    <message>
        <source>&lt;i&gt;A support bundle, any zip or tar.gz, a folder, files or a saved session: each file is recognised by its content and each step shows what the files say. Nothing is executed and the network is not used.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Un paquete de soporte, cualquier zip o tar.gz, una carpeta, archivos o una sesión guardada: cada archivo se reconoce por su contenido y cada paso muestra lo que dicen los archivos. No se ejecuta nada y no se usa la red.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a bundle, an archive, a saved session or files</source>
        <translation>Abrir un paquete, un archivo comprimido, una sesión guardada o archivos</translation>
    </message>
    <message>
        <source>Open f&amp;older…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Abrir el caso de ejemplo</translation>
    </message>
    <message>
        <source>The collected files of a broken installation: no cluster needed.</source>
        <translation>Los archivos recopilados de una instalación averiada: no hace falta ningún clúster.</translation>
    </message>
    <message>
        <source>Stop reviewing</source>
        <translation>Dejar de revisar</translation>
    </message>
    <message>
        <source>Open &amp;bundle or files…</source>
        <translation>Abrir &amp;paquete o archivos…</translation>
    </message>
    <message>
        <source>Practise on the sa&amp;mple case</source>
        <translation>Practicar con el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Diagnosed automatically: see the verdict (step 7).</source>
        <translation>Diagnóstico automático hecho: vea el veredicto (paso 7).</translation>
    </message>
    <message>
        <source>Step 2 skipped: %1</source>
        <translation>Paso 2 omitido: %1</translation>
    </message>
    <message>
        <source>The ingress Services could not be listed: %1</source>
        <translation>No se pudieron listar los Services del ingress: %1</translation>
    </message>
    <message>
        <source>Reading the routes, pods, logs and ingress Services, then probing every host through every ingress…</source>
        <translation>Leyendo las rutas, los pods, los registros y los Services del ingress, y sondeando después cada host a través de cada ingress…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Sin conexión: no se ejecutó el complemento de credenciales.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Or let SNI Doctor run steps 2, 4 and 5 for you: it reads the routes, the ingress pods, their logs and the ingress Services from your kubeconfig&apos;s cluster, and probes every host name through every ingress, with and without SNI.&lt;/i&gt;</source>
        <translation>&lt;i&gt;O deje que SNI Doctor ejecute por usted los pasos 2, 4 y 5: lee las rutas, los pods del ingress, sus registros y los Services del ingress del clúster de su kubeconfig, y sondea cada nombre de host a través de cada ingress, con y sin SNI.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Diagnose a&amp;utomatically</source>
        <translation>Diagnosticar a&amp;utomáticamente</translation>
    </message>
    <message>
        <source>Diagnose automatically from the kubeconfig context</source>
        <translation>Diagnosticar automáticamente a partir del contexto de kubeconfig</translation>
    </message>
    <message>
        <source>Uses the cluster you connected to in step 5, else the kubeconfig&apos;s current context.</source>
        <translation>Usa el clúster al que se conectó en el paso 5; si no, el contexto actual de kubeconfig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open the collected files first&lt;/b&gt; (a bundle, files, a folder or the sample case): Next goes on once they are reviewed.</source>
        <translation>&lt;b&gt;Abra primero los archivos recogidos&lt;/b&gt; (un paquete, archivos, una carpeta o el caso de ejemplo): Siguiente avanza cuando se hayan revisado.</translation>
    </message>
    <message>
        <source>The collected files are open for review. A live diagnosis starts a new case and closes the review.</source>
        <translation>Los archivos recogidos están abiertos para su revisión. Un diagnóstico en vivo empieza un caso nuevo y cierra la revisión.</translation>
    </message>
    <message>
        <source>The review is not saved: to keep it, choose Keep reviewing and File &gt; Save session first.</source>
        <translation>La revisión no está guardada: para conservarla, elija Seguir revisando y antes Archivo &gt; Guardar sesión.</translation>
    </message>
    <message>
        <source>&amp;Start a live diagnosis</source>
        <translation>&amp;Iniciar un diagnóstico en vivo</translation>
    </message>
    <message>
        <source>&amp;Keep reviewing</source>
        <translation>&amp;Seguir revisando</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Yaml</name>
    <message>
        <source>a YAML directive must have exactly one argument</source>
        <translation>una directiva YAML debe tener exactamente un argumento</translation>
    </message>
    <message>
        <source>bad YAML version: </source>
        <translation>versión de YAML incorrecta: </translation>
    </message>
    <message>
        <source>the YAML major version is too large</source>
        <translation>la versión principal de YAML es demasiado alta</translation>
    </message>
    <message>
        <source>the YAML directive is repeated</source>
        <translation>la directiva YAML está repetida</translation>
    </message>
    <message>
        <source>a TAG directive must have exactly two arguments</source>
        <translation>una directiva TAG debe tener exactamente dos argumentos</translation>
    </message>
    <message>
        <source>the TAG directive is repeated</source>
        <translation>la directiva TAG está repetida</translation>
    </message>
    <message>
        <source>illegal character in a tag handle</source>
        <translation>carácter no permitido en el prefijo de una etiqueta</translation>
    </message>
    <message>
        <source>a tag handle has no suffix</source>
        <translation>el prefijo de una etiqueta no tiene sufijo</translation>
    </message>
    <message>
        <source>a verbatim tag is not closed</source>
        <translation>una etiqueta literal no está cerrada</translation>
    </message>
    <message>
        <source>a { ... } map is not closed</source>
        <translation>un mapa { ... } no está cerrado</translation>
    </message>
    <message>
        <source>the end of a map was not found (indentation?)</source>
        <translation>no se encontró el final de un mapa (¿sangría?)</translation>
    </message>
    <message>
        <source>a [ ... ] list is not closed</source>
        <translation>una lista [ ... ] no está cerrada</translation>
    </message>
    <message>
        <source>the end of a list was not found (indentation?)</source>
        <translation>no se encontró el final de una lista (¿sangría?)</translation>
    </message>
    <message>
        <source>one value has several tags</source>
        <translation>un valor tiene varias etiquetas</translation>
    </message>
    <message>
        <source>one value has several anchors</source>
        <translation>un valor tiene varios anclajes</translation>
    </message>
    <message>
        <source>one value has several aliases</source>
        <translation>un valor tiene varios alias</translation>
    </message>
    <message>
        <source>an alias (*name) cannot have content or a tag</source>
        <translation>un alias (*nombre) no puede tener contenido ni etiqueta</translation>
    </message>
    <message>
        <source>bad character in a hexadecimal escape</source>
        <translation>carácter incorrecto en un escape hexadecimal</translation>
    </message>
    <message>
        <source>invalid Unicode character: </source>
        <translation>carácter Unicode no válido: </translation>
    </message>
    <message>
        <source>unknown backslash escape: </source>
        <translation>escape con barra invertida desconocido: </translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>texto inesperado</translation>
    </message>
    <message>
        <source>a document marker (--- or ...) inside a value</source>
        <translation>un marcador de documento (--- o ...) dentro de un valor</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value</source>
        <translation>el archivo termina dentro de un valor entre comillas</translation>
    </message>
    <message>
        <source>illegal character in a value</source>
        <translation>carácter no permitido en un valor</translation>
    </message>
    <message>
        <source>a tab used for indentation</source>
        <translation>un tabulador usado como sangría</translation>
    </message>
    <message>
        <source>a ] or } that closes nothing</source>
        <translation>un ] o } que no cierra nada</translation>
    </message>
    <message>
        <source>a list entry (-) where none can go</source>
        <translation>una entrada de lista (-) donde no puede ir ninguna</translation>
    </message>
    <message>
        <source>a key where none can go</source>
        <translation>una clave donde no puede ir ninguna</translation>
    </message>
    <message>
        <source>a value where none can go</source>
        <translation>un valor donde no puede ir ninguno</translation>
    </message>
    <message>
        <source>no name after *</source>
        <translation>falta el nombre tras *</translation>
    </message>
    <message>
        <source>no name after &amp;</source>
        <translation>falta el nombre tras &amp;</translation>
    </message>
    <message>
        <source>illegal character in an alias name</source>
        <translation>carácter no permitido en el nombre de un alias</translation>
    </message>
    <message>
        <source>illegal character in an anchor name</source>
        <translation>carácter no permitido en el nombre de un anclaje</translation>
    </message>
    <message>
        <source>a block text (| or &gt;) with zero indentation</source>
        <translation>un texto en bloque (| o &gt;) con sangría cero</translation>
    </message>
    <message>
        <source>unexpected character in a block text (| or &gt;)</source>
        <translation>carácter inesperado en un texto en bloque (| o &gt;)</translation>
    </message>
    <message>
        <source>the same anchor name is used twice</source>
        <translation>el mismo nombre de anclaje se usa dos veces</translation>
    </message>
    <message>
        <source>the alias refers to no anchor above it</source>
        <translation>el alias no remite a ningún anclaje anterior</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>key not found</source>
        <translation>clave no encontrada</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>un valor del tipo equivocado</translation>
    </message>
    <message>
        <source>a list entry (-) is not allowed here</source>
        <translation>aquí no se admite una entrada de lista (-)</translation>
    </message>
    <message>
        <source>a key is not allowed here</source>
        <translation>aquí no se admite una clave</translation>
    </message>
</context>
</TS>
