<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SniDoctor::AccessLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
</context>
<context>
    <name>SniDoctor::AccessLogPage</name>
    <message>
        <source>Open ingress access logs</source>
        <translation>Open ingress access logs</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.gz *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>Logs (*.log *.txt *.json *.gz *.xz *.bz2 *.zst);;All files (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n line(s).</source>
        <translation>
            <numerusform>Read %n line.</numerusform>
            <numerusform>Read %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or drop the log files here, or paste the text.</source>
        <translation>Open or drop the log files here, or paste the text.</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
    <message>
        <source>Refused: no SNI</source>
        <translation>Refused: no SNI</translation>
    </message>
    <message>
        <source>Refused: unknown SNI</source>
        <translation>Refused: unknown SNI</translation>
    </message>
    <message>
        <source>First refused</source>
        <translation>First refused</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Last refused</translation>
    </message>
    <message>
        <source>SNI host</source>
        <translation>SNI host</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Import a log to get a verdict.</source>
        <translation>Import a log to get a verdict.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n record from %1 to %2.</numerusform>
            <numerusform>%n records from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Not a record: %1</source>
        <translation>Not a record: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No sample line matches.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No sample line matches.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Step 2: Find refused clients in the ingress access logs</source>
        <translation>Step 2: Find refused clients in the ingress access logs</translation>
    </message>
    <message>
        <source>The ingress gateway logs every connection; a client refused for lack of SNI shows as &quot;sni_host&quot;: null with &quot;filter_chain_not_found&quot;.</source>
        <translation>The ingress gateway logs every connection; a client refused for lack of SNI shows as &quot;sni_host&quot;: null with &quot;filter_chain_not_found&quot;.</translation>
    </message>
    <message>
        <source>Fetch the logs of the apigee-ingressgateway pods with the commands below, then open the files (plain or compressed), drop them on this page, or paste the text. SNI Doctor reads them without loading them into memory and lists the clients that were refused, since when and how often.</source>
        <translation>Fetch the logs of the apigee-ingressgateway pods with the commands below, then open the files (plain or compressed), drop them on this page, or paste the text. SNI Doctor reads them without loading them into memory and lists the clients that were refused, since when and how often.</translation>
    </message>
    <message>
        <source>Apigee namespace</source>
        <translation>Apigee namespace</translation>
    </message>
    <message>
        <source>&amp;Open log files…</source>
        <translation>&amp;Open log files…</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Open log files</translation>
    </message>
    <message>
        <source>P&amp;aste text…</source>
        <translation>P&amp;aste text…</translation>
    </message>
    <message>
        <source>Paste log text</source>
        <translation>Paste log text</translation>
    </message>
    <message>
        <source>Paste the output of kubectl logs here.</source>
        <translation>Paste the output of kubectl logs here.</translation>
    </message>
    <message>
        <source>Pasted log text</source>
        <translation>Pasted log text</translation>
    </message>
    <message>
        <source>Anal&amp;yze pasted text</source>
        <translation>Anal&amp;yze pasted text</translation>
    </message>
    <message>
        <source>Analyze pasted text</source>
        <translation>Analyze pasted text</translation>
    </message>
    <message>
        <source>Stop reading the logs</source>
        <translation>Stop reading the logs</translation>
    </message>
    <message>
        <source>Refused clients</source>
        <translation>Refused clients</translation>
    </message>
    <message>
        <source>SNI hosts</source>
        <translation>SNI hosts</translation>
    </message>
    <message>
        <source>Sample lines</source>
        <translation>Sample lines</translation>
    </message>
    <message>
        <source>Filter the sample lines</source>
        <translation>Filter the sample lines</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Kind of line</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Not records</source>
        <translation>Not records</translation>
    </message>
    <message>
        <source>Reading the ingress pods&apos; logs from the cluster…</source>
        <translation>Reading the ingress pods&apos; logs from the cluster…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Not connected: the credential plugin was not run.</translation>
    </message>
    <message>
        <source>Fetch from the cl&amp;uster</source>
        <translation>Fetch from the cl&amp;uster</translation>
    </message>
    <message>
        <source>Fetch the ingress pods&apos; logs from the cluster</source>
        <translation>Fetch the ingress pods&apos; logs from the cluster</translation>
    </message>
    <message>
        <source>Uses the kubeconfig and context of step 5 (else kubectl&apos;s), and the namespace above.</source>
        <translation>Uses the kubeconfig and context of step 5 (else kubectl&apos;s), and the namespace above.</translation>
    </message>
    <message>
        <source>Apigee na&amp;mespace:</source>
        <translation>Apigee na&amp;mespace:</translation>
    </message>
    <message numerus="yes">
        <source>Also read the pre&amp;vious logs of the %n restarted pod(s)</source>
        <translation>
            <numerusform>Also read the pre&amp;vious logs of the %n restarted pod</numerusform>
            <numerusform>Also read the pre&amp;vious logs of the %n restarted pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Also read the previous logs of restarted pods</source>
        <translation>Also read the previous logs of restarted pods</translation>
    </message>
</context>
<context>
    <name>SniDoctor::AccessLogText</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Refused: no SNI</source>
        <translation>Refused: no SNI</translation>
    </message>
    <message>
        <source>Refused: unknown SNI</source>
        <translation>Refused: unknown SNI</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Other error</source>
        <translation>Other error</translation>
    </message>
    <message>
        <source>not a JSON object (start-up text or a stack trace)</source>
        <translation>not a JSON object (start-up text or a stack trace)</translation>
    </message>
    <message>
        <source>the JSON object is cut short</source>
        <translation>the JSON object is cut short</translation>
    </message>
    <message>
        <source>a JSON syntax error</source>
        <translation>a JSON syntax error</translation>
    </message>
    <message>
        <source>JSON, but not an access-log record</source>
        <translation>JSON, but not an access-log record</translation>
    </message>
    <message>
        <source>a line longer than 1 MiB</source>
        <translation>a line longer than 1 MiB</translation>
    </message>
    <message>
        <source>Clients without SNI are being refused</source>
        <translation>Clients without SNI are being refused</translation>
    </message>
    <message>
        <source>Clients send host names that no route serves</source>
        <translation>Clients send host names that no route serves</translation>
    </message>
    <message>
        <source>No refused connections in these logs</source>
        <translation>No refused connections in these logs</translation>
    </message>
    <message>
        <source>No access-log records found</source>
        <translation>No access-log records found</translation>
    </message>
    <message>
        <source>Some lines are not access-log records</source>
        <translation>Some lines are not access-log records</translation>
    </message>
    <message>
        <source>A file could not be read to its end</source>
        <translation>A file could not be read to its end</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) arrived without SNI and found no filter chain (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, flag NR): the ingress reset them.</source>
        <translation>
            <numerusform>%n connection arrived without SNI and found no filter chain (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, flag NR): the ingress reset it.</numerusform>
            <numerusform>%n connections arrived without SNI and found no filter chain (&quot;sni_host&quot;: null, &quot;status_details&quot;: &quot;filter_chain_not_found&quot;, flag NR): the ingress reset them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client address(es), most refused first: %1. From %2 to %3.</source>
        <translation>
            <numerusform>%n client address: %1. From %2 to %3.</numerusform>
            <numerusform>%n client addresses, most refused first: %1. From %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) sent an SNI that no filter chain serves: %1. This is not the non-SNI problem: compare these names with the hostnames of your environment groups.</source>
        <translation>
            <numerusform>%n connection sent an SNI that no filter chain serves: %1. This is not the non-SNI problem: compare this name with the hostnames of your environment groups.</numerusform>
            <numerusform>%n connections sent an SNI that no filter chain serves: %1. This is not the non-SNI problem: compare these names with the hostnames of your environment groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 to %2, and none was refused for lack of SNI or for an unknown name.</source>
        <translation>
            <numerusform>%n record from %1 to %2, and it was not refused for lack of SNI or for an unknown name.</numerusform>
            <numerusform>%n records from %1 to %2, and none was refused for lack of SNI or for an unknown name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n line(s) of %1 is an ingress access-log record. Fetch the log of an apigee-ingressgateway pod (kubectl -n apigee logs POD).</source>
        <translation>
            <numerusform>The only line of %1 is not an ingress access-log record. Fetch the log of an apigee-ingressgateway pod (kubectl -n apigee logs POD).</numerusform>
            <numerusform>None of the %n lines of %1 is an ingress access-log record. Fetch the log of an apigee-ingressgateway pod (kubectl -n apigee logs POD).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read as access-log records and were skipped; the first is %3 line %4, byte %5: %6.</source>
        <translation>%1 of %2 lines could not be read as access-log records and were skipped; the first is %3 line %4, byte %5: %6.</translation>
    </message>
    <message>
        <source>%1 stopped after %2 bytes (%3); the lines before were analyzed.</source>
        <translation>%1 stopped after %2 bytes (%3); the lines before were analyzed.</translation>
    </message>
    <message>
        <source>The analysis was canceled: the figures cover only what was read.</source>
        <translation>The analysis was canceled: the figures cover only what was read.</translation>
    </message>
    <message>
        <source>Nothing to analyze: the input is empty.</source>
        <translation>Nothing to analyze: the input is empty.</translation>
    </message>
    <message numerus="yes">
        <source>Clients without SNI are being refused: %n connection(s) reset for lack of a filter chain.</source>
        <translation>
            <numerusform>Clients without SNI are being refused: %n connection reset for lack of a filter chain.</numerusform>
            <numerusform>Clients without SNI are being refused: %n connections reset for lack of a filter chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm it with the probe (step 4), then check the Apigee routes (step 5) for a wildcard route with enableNonSniClient: true.</source>
        <translation>Confirm it with the probe (step 4), then check the Apigee routes (step 5) for a wildcard route with enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>Compare the names with the environment groups&apos; hostnames (step 5); clients without SNI are a different problem.</source>
        <translation>Compare the names with the environment groups&apos; hostnames (step 5); clients without SNI are a different problem.</translation>
    </message>
    <message>
        <source>If a client is still reset, its connections may reach another ingress pod: fetch the logs of every apigee-ingressgateway pod, or probe the endpoint (step 4).</source>
        <translation>If a client is still reset, its connections may reach another ingress pod: fetch the logs of every apigee-ingressgateway pod, or probe the endpoint (step 4).</translation>
    </message>
    <message>
        <source>Fetch the log of an apigee-ingressgateway pod with the commands above and import it.</source>
        <translation>Fetch the log of an apigee-ingressgateway pod with the commands above and import it.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ApigeeRoute</name>
    <message>
        <source>%1, line %2, column %3: %4 (expected the YAML or JSON that kubectl get apigeeroutes -o yaml prints)</source>
        <translation>%1, line %2, column %3: %4 (expected the YAML or JSON that kubectl get apigeeroutes -o yaml prints)</translation>
    </message>
    <message>
        <source>%1 holds no ApigeeRoute object. Save the routes with: kubectl -n apigee get apigeeroutes -o yaml &gt; routes.yaml</source>
        <translation>%1 holds no ApigeeRoute object. Save the routes with: kubectl -n apigee get apigeeroutes -o yaml &gt; routes.yaml</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not what kubectl get apigeeroutes prints. Open the saved routes.</source>
        <translation>%1 is larger than %2 MiB: not what kubectl get apigeeroutes prints. Open the saved routes.</translation>
    </message>
    <message>
        <source>%1 nests too deeply or expands to more than %2 values (aliases inside aliases?): not what kubectl get apigeeroutes prints. Open the saved routes.</source>
        <translation>%1 nests too deeply or expands to more than %2 values (aliases inside aliases?): not what kubectl get apigeeroutes prints. Open the saved routes.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::BundlePage</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Save the support bundle</translation>
    </message>
    <message>
        <source>tar.gz archives (*.tar.gz)</source>
        <translation>tar.gz archives (*.tar.gz)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n file(s)). Send it to support with the case number.</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n file). Send it to support with the case number.</numerusform>
            <numerusform>Wrote %1 (%2, %n files). Send it to support with the case number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 7: Support bundle</source>
        <translation>Step 7: Support bundle</translation>
    </message>
    <message>
        <source>If the problem persists, send support everything the runbook asks for, in one file.</source>
        <translation>If the problem persists, send support everything the runbook asks for, in one file.</translation>
    </message>
    <message>
        <source>The bundle holds the report, overrides.yaml and its problems, the routes with their events, the ingress pods, the environment groups, and each step&apos;s results, with a manifest of checksums. Private keys, tokens and passwords are redacted first; certificates stay.</source>
        <translation>The bundle holds the report, overrides.yaml and its problems, the routes with their events, the ingress pods, the environment groups, and each step&apos;s results, with a manifest of checksums. Private keys, tokens and passwords are redacted first; certificates stay.</translation>
    </message>
    <message>
        <source>&amp;Environment groups affected:</source>
        <translation>&amp;Environment groups affected:</translation>
    </message>
    <message>
        <source>e.g. dev-grp, test-grp</source>
        <translation>e.g. dev-grp, test-grp</translation>
    </message>
    <message>
        <source>Environment groups affected, separated by commas</source>
        <translation>Environment groups affected, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Contents (untick what should not go):</source>
        <translation>&amp;Contents (untick what should not go):</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Files of the bundle</source>
        <translation>Files of the bundle</translation>
    </message>
    <message>
        <source>&amp;Notes for support:</source>
        <translation>&amp;Notes for support:</translation>
    </message>
    <message>
        <source>Notes for support</source>
        <translation>Notes for support</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Archive format</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the support bundle</source>
        <translation>Export the support bundle</translation>
    </message>
    <message>
        <source>Stop exporting</source>
        <translation>Stop exporting</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Large: %1. Support may not need the capture itself; its analysis is in the bundle anyway.</source>
        <translation>Large: %1. Support may not need the capture itself; its analysis is in the bundle anyway.</translation>
    </message>
    <message>
        <source>%1 in %2, line %3</source>
        <translation>%1 in %2, line %3</translation>
    </message>
    <message>
        <source>Redaction: no secret found in these files.</source>
        <translation>Redaction: no secret found in these files.</translation>
    </message>
    <message numerus="yes">
        <source>Redaction: %n secret(s) will be replaced by REDACTED: %1%2.</source>
        <translation>
            <numerusform>Redaction: %n secret will be replaced by REDACTED: %1%2.</numerusform>
            <numerusform>Redaction: %n secrets will be replaced by REDACTED: %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: export the collected case again, with your notes for support.</source>
        <translation>Review: export the collected case again, with your notes for support.</translation>
    </message>
    <message>
        <source>Your own file: its secrets are redacted as it is written into the bundle.</source>
        <translation>Your own file: its secrets are redacted as it is written into the bundle.</translation>
    </message>
    <message>
        <source>Pre&amp;view, as the archive will hold it:</source>
        <translation>Pre&amp;view, as the archive will hold it:</translation>
    </message>
    <message>
        <source>Preview of the selected file, redacted</source>
        <translation>Preview of the selected file, redacted</translation>
    </message>
    <message>
        <source>A capture goes in reduced: every frame with its headers, and of its payload only the TLS handshake up to the server&apos;s first answer on each connection. No application data, no plaintext. A capture without TLS is left out.</source>
        <translation>A capture goes in reduced: every frame with its headers, and of its payload only the TLS handshake up to the server&apos;s first answer on each connection. No application data, no plaintext. A capture without TLS is left out.</translation>
    </message>
    <message>
        <source>A binary file of %1.</source>
        <translation>A binary file of %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>(the first %1 only)</source>
        <translation>(the first %1 only)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::BundleText</name>
    <message>
        <source>Created by SNI Doctor %1 on %2 (UTC).</source>
        <translation>Created by SNI Doctor %1 on %2 (UTC).</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Confidence: %1.</source>
        <translation>Confidence: %1.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence that says otherwise</source>
        <translation>Evidence that says otherwise</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <source>The wildcard route (remediation/%1.yaml):</source>
        <translation>The wildcard route (remediation/%1.yaml):</translation>
    </message>
    <message>
        <source>The overrides.yaml change (remediation/overrides.diff):</source>
        <translation>The overrides.yaml change (remediation/overrides.diff):</translation>
    </message>
    <message>
        <source>Commands (a dry run first):</source>
        <translation>Commands (a dry run first):</translation>
    </message>
    <message>
        <source>Environment groups affected</source>
        <translation>Environment groups affected</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI sent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SNI Doctor report: %1</source>
        <translation>SNI Doctor report: %1</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>The bundle %1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name or confirm replacing it.</source>
        <translation>%1 exists already: choose another name or confirm replacing it.</translation>
    </message>
    <message>
        <source>Canceled: no bundle was written.</source>
        <translation>Canceled: no bundle was written.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
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
        <translation>Before the fix</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>After the fix</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Every host through every ingress</source>
        <translation>Every host through every ingress</translation>
    </message>
    <message>
        <source>Create the wildcard ApigeeRoute %1 (hostnames [&quot;*&quot;], enableNonSniClient: true).</source>
        <translation>Create the wildcard ApigeeRoute %1 (hostnames [&quot;*&quot;], enableNonSniClient: true).</translation>
    </message>
    <message>
        <source>The wildcard ApigeeRoute %1 exists with enableNonSniClient: true.</source>
        <translation>The wildcard ApigeeRoute %1 exists with enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>List %1 in the additionalGateways of every virtual host in overrides.yaml, then apply it.</source>
        <translation>List %1 in the additionalGateways of every virtual host in overrides.yaml, then apply it.</translation>
    </message>
    <message>
        <source>Edit the virtual host %1 by hand.</source>
        <translation>Edit the virtual host %1 by hand.</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>What the fix changes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Not collected (ask the admin for these)</source>
        <translation>Not collected (ask the admin for these)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Capture</name>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>Cannot read the capture %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>%1 (expected a pcap or pcapng file, as tcpdump -w writes)</source>
        <translation>%1 (expected a pcap or pcapng file, as tcpdump -w writes)</translation>
    </message>
    <message>
        <source>The capture %1 has link type %2 (%3), which SNI Doctor cannot read. Capture with tcpdump -i any or on an Ethernet interface.</source>
        <translation>The capture %1 has link type %2 (%3), which SNI Doctor cannot read. Capture with tcpdump -i any or on an Ethernet interface.</translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation>unknown file format</translation>
    </message>
    <message>
        <source>cut short: %1 of its %2 bytes are in the file</source>
        <translation>cut short: %1 of its %2 bytes are in the file</translation>
    </message>
    <message>
        <source>damaged: it claims %1 bytes</source>
        <translation>damaged: it claims %1 bytes</translation>
    </message>
    <message>
        <source>damaged pcapng block (type 0x%1)</source>
        <translation>damaged pcapng block (type 0x%1)</translation>
    </message>
    <message>
        <source>it names interface %1, which no Interface Description Block describes</source>
        <translation>it names interface %1, which no Interface Description Block describes</translation>
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
        <translation>Frame %1, %2
%3 → %4
SNI: %5
Versions: %6
ALPN: %7
Cipher suites: %8
JA4: %9
Answer: %10</translation>
    </message>
    <message>
        <source>(none: no server_name extension)</source>
        <translation>(none: no server_name extension)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Open a packet capture</source>
        <translation>Open a packet capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n packet(s).</source>
        <translation>
            <numerusform>%1: %n packet.</numerusform>
            <numerusform>%1: %n packets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or drop a capture file (pcap or pcapng) here.</source>
        <translation>Open or drop a capture file (pcap or pcapng) here.</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Server&apos;s answer</translation>
    </message>
    <message>
        <source>Answer frame</source>
        <translation>Answer frame</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Delay (ms)</translation>
    </message>
    <message>
        <source>Import a capture to get a verdict.</source>
        <translation>Import a capture to get a verdict.</translation>
    </message>
    <message>
        <source>(incomplete: %1)</source>
        <translation>(incomplete: %1)</translation>
    </message>
    <message>
        <source>One ClientHello with SNI and one without, side by side:</source>
        <translation>One ClientHello with SNI and one without, side by side:</translation>
    </message>
    <message>
        <source>Step 3: Read a packet capture</source>
        <translation>Step 3: Read a packet capture</translation>
    </message>
    <message>
        <source>The most precise evidence: each ClientHello shows whether the client sent SNI, and the next packet shows what the ingress did about it.</source>
        <translation>The most precise evidence: each ClientHello shows whether the client sent SNI, and the next packet shows what the ingress did about it.</translation>
    </message>
    <message>
        <source>Capture the client&apos;s traffic where it reaches the ingress, then open the file here. SNI Doctor finds every TLS ClientHello (whatever the port), puts together those split over several packets, and tells which carry no server name and whether the ingress answered with a certificate or a TCP reset.</source>
        <translation>Capture the client&apos;s traffic where it reaches the ingress, then open the file here. SNI Doctor finds every TLS ClientHello (whatever the port), puts together those split over several packets, and tells which carry no server name and whether the ingress answered with a certificate or a TCP reset.</translation>
    </message>
    <message>
        <source>Where: on the node that runs the apigee-ingressgateway pod (the NODE column of the first command). On GKE, connect with gcloud compute ssh and run tcpdump inside toolbox. Stop it with Ctrl+C after the client has failed once, and copy the file to this machine.</source>
        <translation>Where: on the node that runs the apigee-ingressgateway pod (the NODE column of the first command). On GKE, connect with gcloud compute ssh and run tcpdump inside toolbox. Stop it with Ctrl+C after the client has failed once, and copy the file to this machine.</translation>
    </message>
    <message>
        <source>Client &amp;IP address:</source>
        <translation>Client &amp;IP address:</translation>
    </message>
    <message>
        <source>e.g. 10.138.0.28</source>
        <translation>e.g. 10.138.0.28</translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation>Client IP address</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>&amp;Open capture…</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Open a capture file</translation>
    </message>
    <message>
        <source>Stop reading the capture</source>
        <translation>Stop reading the capture</translation>
    </message>
    <message>
        <source>ClientHellos in the capture</source>
        <translation>ClientHellos in the capture</translation>
    </message>
    <message>
        <source>A ClientHello with SNI</source>
        <translation>A ClientHello with SNI</translation>
    </message>
    <message>
        <source>A ClientHello without SNI</source>
        <translation>A ClientHello without SNI</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All ClientHellos</source>
        <translation>All ClientHellos</translation>
    </message>
    <message>
        <source>Without SNI</source>
        <translation>Without SNI</translation>
    </message>
    <message>
        <source>Reset by the server</source>
        <translation>Reset by the server</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Warning: no TLS connection of %1 is in this capture. Capture on the node of the ingress pod that client reaches, while it fails, with the tcpdump command above.</source>
        <translation>Warning: no TLS connection of %1 is in this capture. Capture on the node of the ingress pod that client reaches, while it fails, with the tcpdump command above.</translation>
    </message>
    <message>
        <source>Wireshark &amp;display filter:</source>
        <translation>Wireshark &amp;display filter:</translation>
    </message>
    <message>
        <source>Wireshark display filter for ClientHellos without SNI</source>
        <translation>Wireshark display filter for ClientHellos without SNI</translation>
    </message>
    <message>
        <source>Copy fil&amp;ter</source>
        <translation>Copy fil&amp;ter</translation>
    </message>
    <message>
        <source>Copy the Wireshark display filter</source>
        <translation>Copy the Wireshark display filter</translation>
    </message>
    <message>
        <source>Copy the display filter to the clipboard, to paste it into Wireshark&apos;s filter bar</source>
        <translation>Copy the display filter to the clipboard, to paste it into Wireshark&apos;s filter bar</translation>
    </message>
    <message>
        <source>Warning: no TLS connection of %1 is in this capture. Ask the admin for a capture taken on the node of the ingress pod that client reaches, while it fails.</source>
        <translation>Warning: no TLS connection of %1 is in this capture. Ask the admin for a capture taken on the node of the ingress pod that client reaches, while it fails.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CaptureText</name>
    <message>
        <source>the capture&apos;s snap length cut it (capture with -s 0)</source>
        <translation>the capture&apos;s snap length cut it (capture with -s 0)</translation>
    </message>
    <message>
        <source>the capture ends before it does</source>
        <translation>the capture ends before it does</translation>
    </message>
    <message>
        <source>the connection closed before it was complete</source>
        <translation>the connection closed before it was complete</translation>
    </message>
    <message>
        <source>its bytes are not a valid ClientHello</source>
        <translation>its bytes are not a valid ClientHello</translation>
    </message>
    <message>
        <source>no answer seen</source>
        <translation>no answer seen</translation>
    </message>
    <message>
        <source>ServerHello (%1)</source>
        <translation>ServerHello (%1)</translation>
    </message>
    <message>
        <source>TLS alert %1</source>
        <translation>TLS alert %1</translation>
    </message>
    <message>
        <source>TCP reset (RST)</source>
        <translation>TCP reset (RST)</translation>
    </message>
    <message>
        <source>closed (FIN)</source>
        <translation>closed (FIN)</translation>
    </message>
    <message>
        <source>data that is not TLS</source>
        <translation>data that is not TLS</translation>
    </message>
    <message>
        <source>Clients send ClientHellos without SNI</source>
        <translation>Clients send ClientHellos without SNI</translation>
    </message>
    <message>
        <source>The server resets connections right after the ClientHello</source>
        <translation>The server resets connections right after the ClientHello</translation>
    </message>
    <message>
        <source>Every client sends SNI</source>
        <translation>Every client sends SNI</translation>
    </message>
    <message>
        <source>Some ClientHellos could not be read whole</source>
        <translation>Some ClientHellos could not be read whole</translation>
    </message>
    <message>
        <source>No TLS ClientHello in this capture</source>
        <translation>No TLS ClientHello in this capture</translation>
    </message>
    <message>
        <source>The capture file is cut short</source>
        <translation>The capture file is cut short</translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) carry no server_name extension, from %1 client(s): %2. Client software (JA4): %3. The first is frame %4.</source>
        <translation>
            <numerusform>%n ClientHello carries no server_name extension, from %1 client: %2. Client software (JA4): %3. It is frame %4.</numerusform>
            <numerusform>%n ClientHellos carry no server_name extension, from %1 client(s): %2. Client software (JA4): %3. The first is frame %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answered %n ClientHello(s) with a TCP RST instead of a ServerHello (%1 of them without SNI): the runbook&apos;s signature of an ingress with no filter chain for the client. The first RST is frame %2.</source>
        <translation>
            <numerusform>The server answered %n ClientHello with a TCP RST instead of a ServerHello (%1 of them without SNI): the runbook&apos;s signature of an ingress with no filter chain for the client. The RST is frame %2.</numerusform>
            <numerusform>The server answered %n ClientHellos with a TCP RST instead of a ServerHello (%1 of them without SNI): the runbook&apos;s signature of an ingress with no filter chain for the client. The first RST is frame %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n complete ClientHello(s) name a server: %1. The clients in this capture are not the non-SNI kind.</source>
        <translation>
            <numerusform>The only complete ClientHello names a server: %1. The client in this capture is not the non-SNI kind.</numerusform>
            <numerusform>All %n complete ClientHellos name a server: %1. The clients in this capture are not the non-SNI kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) are incomplete, the first at frame %1 because %2. They are neither counted with nor without SNI.</source>
        <translation>
            <numerusform>%n ClientHello is incomplete, at frame %1 because %2. It is counted neither with nor without SNI.</numerusform>
            <numerusform>%n ClientHellos are incomplete, the first at frame %1 because %2. They are neither counted with nor without SNI.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 packets, %2 of them TCP, and not one TLS ClientHello. Check the capture filter (host IP_ADDRESS) and that the client connected while tcpdump ran.</source>
        <translation>%1 packets, %2 of them TCP, and not one TLS ClientHello. Check the capture filter (host IP_ADDRESS) and that the client connected while tcpdump ran.</translation>
    </message>
    <message>
        <source>Reading stopped at frame %2: %1. Everything before it was analyzed.</source>
        <translation>Reading stopped at frame %2: %1. Everything before it was analyzed.</translation>
    </message>
    <message>
        <source>The analysis was canceled: the figures cover only the packets read.</source>
        <translation>The analysis was canceled: the figures cover only the packets read.</translation>
    </message>
    <message numerus="yes">
        <source>Clients without SNI are reset: %1 of %n ClientHello(s) without SNI got a TCP RST from the server.</source>
        <translation>
            <numerusform>Clients without SNI are reset: %1 of %n ClientHello without SNI got a TCP RST from the server.</numerusform>
            <numerusform>Clients without SNI are reset: %1 of %n ClientHellos without SNI got a TCP RST from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to analyze.</source>
        <translation>Nothing to analyze.</translation>
    </message>
    <message>
        <source>These clients need a wildcard route: probe the endpoint without SNI (step 4) and check the Apigee routes (step 5).</source>
        <translation>These clients need a wildcard route: probe the endpoint without SNI (step 4) and check the Apigee routes (step 5).</translation>
    </message>
    <message>
        <source>The clients send SNI but are reset anyway: compare the names with the environment groups&apos; hostnames (step 5).</source>
        <translation>The clients send SNI but are reset anyway: compare the names with the environment groups&apos; hostnames (step 5).</translation>
    </message>
    <message>
        <source>The clients in this capture send SNI. If one is still reset, capture its own traffic: tcpdump -n -i any -s 0 &apos;host ITS_IP&apos;.</source>
        <translation>The clients in this capture send SNI. If one is still reset, capture its own traffic: tcpdump -n -i any -s 0 &apos;host ITS_IP&apos;.</translation>
    </message>
    <message>
        <source>Capture again on the node of the ingress pod while the client connects.</source>
        <translation>Capture again on the node of the ingress pod while the client connects.</translation>
    </message>
    <message>
        <source>In Wireshark: open the file, go to frame %1 (Ctrl+G), and look under Handshake Protocol: Client Hello: there is no &quot;Extension: server_name&quot;. Display filter for all of them: tls.handshake.type == 1 &amp;&amp; !tls.handshake.extensions_server_name</source>
        <translation>In Wireshark: open the file, go to frame %1 (Ctrl+G), and look under Handshake Protocol: Client Hello: there is no &quot;Extension: server_name&quot;. Display filter for all of them: tls.handshake.type == 1 &amp;&amp; !tls.handshake.extensions_server_name</translation>
    </message>
    <message>
        <source>A capture in this bundle is reduced: every frame is kept with its headers, but of its payload only the TLS handshake up to the server&apos;s first answer on each connection (no application data, no plaintext). A capture without TLS is left out.</source>
        <translation>A capture in this bundle is reduced: every frame is kept with its headers, but of its payload only the TLS handshake up to the server&apos;s first answer on each connection (no application data, no plaintext). A capture without TLS is left out.</translation>
    </message>
    <message>
        <source>HelloRetryRequest (the client is asked for another key share)</source>
        <translation>HelloRetryRequest (the client is asked for another key share)</translation>
    </message>
    <message>
        <source>Most ClientHellos were cut by the capture&apos;s snap length</source>
        <translation>Most ClientHellos were cut by the capture&apos;s snap length</translation>
    </message>
    <message>
        <source>Legacy clients send SSLv2-format ClientHellos</source>
        <translation>Legacy clients send SSLv2-format ClientHellos</translation>
    </message>
    <message>
        <source>Some traffic is tunnelled or encrypted in a way that cannot be read</source>
        <translation>Some traffic is tunnelled or encrypted in a way that cannot be read</translation>
    </message>
    <message>
        <source>%1 of %2 ClientHellos were cut short by the snap length, so whether they carry SNI is unknown; only %3 could be read whole, too few to conclude from. Capture again with the whole packets: tcpdump -s 0.</source>
        <translation>%1 of %2 ClientHellos were cut short by the snap length, so whether they carry SNI is unknown; only %3 could be read whole, too few to conclude from. Capture again with the whole packets: tcpdump -s 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n ClientHello(s) use the SSLv2-compatible format of old clients (old Java and OpenSSL versions), from %1. That format has no extensions: such a client can never send SNI and always needs the wildcard route, or an upgrade. The first is frame %2.</source>
        <translation>
            <numerusform>%n ClientHello uses the SSLv2-compatible format of old clients (old Java and OpenSSL versions), from %1. That format has no extensions: such a client can never send SNI and always needs the wildcard route, or an upgrade. It is frame %2.</numerusform>
            <numerusform>%n ClientHellos use the SSLv2-compatible format of old clients (old Java and OpenSSL versions), from %1. That format has no extensions: such a client can never send SNI and always needs the wildcard route, or an upgrade. The first is frame %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 packets could not be opened: %2. ClientHellos inside them are not counted. Capture where the traffic is plain: on the ingress pod&apos;s own interface (kubectl debug, or nsenter into its network namespace) rather than on the node&apos;s tunnel or encrypted interface.</source>
        <translation>%1 packets could not be opened: %2. ClientHellos inside them are not counted. Capture where the traffic is plain: on the ingress pod&apos;s own interface (kubectl debug, or nsenter into its network namespace) rather than on the node&apos;s tunnel or encrypted interface.</translation>
    </message>
    <message numerus="yes">
        <source>The capture cannot tell: %1 of %n ClientHello(s) were cut by its snap length. Capture again with tcpdump -s 0.</source>
        <translation>
            <numerusform>The capture cannot tell: %1 of %n ClientHello was cut by its snap length. Capture again with tcpdump -s 0.</numerusform>
            <numerusform>The capture cannot tell: %1 of %n ClientHellos were cut by its snap length. Capture again with tcpdump -s 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture again without a snap length, on the node of the ingress pod while the client connects: tcpdump -n -i any -s 0 -w capture.pcap &apos;tcp port 443&apos;.</source>
        <translation>Capture again without a snap length, on the node of the ingress pod while the client connects: tcpdump -n -i any -s 0 -w capture.pcap &apos;tcp port 443&apos;.</translation>
    </message>
    <message>
        <source>The traffic here is tunnelled or encrypted: capture on the ingress pod&apos;s own interface instead, where its connections are plain TCP.</source>
        <translation>The traffic here is tunnelled or encrypted: capture on the ingress pod&apos;s own interface instead, where its connections are plain TCP.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ClusterFetch</name>
    <message>
        <source>the pod has no container &quot;%1&quot; (it has: %2)</source>
        <translation>the pod has no container &quot;%1&quot; (it has: %2)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CommandBox</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>&amp;Equivalent commands, to run them yourself:</source>
        <translation>&amp;Equivalent commands, to run them yourself:</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Copy the commands to the clipboard</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copy commands</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Equivalent commands</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Not collected: ask the &amp;admin for the output of these commands:</source>
        <translation>Not collected: ask the &amp;admin for the output of these commands:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CommandLine</name>
    <message>
        <source>Probing %1 port %2 (connecting to %3)</source>
        <translation>Probing %1 port %2 (connecting to %3)</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI sent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Sent/received</source>
        <translation>Sent/received</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <translation>Certificate with SNI %1: %2, issued by %3, valid until %4</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Names: %1</translation>
    </message>
    <message>
        <source>Verification: OK</source>
        <translation>Verification: OK</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
    <message>
        <source>Error with SNI %1: %2</source>
        <translation>Error with SNI %1: %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>What it means: %1</translation>
    </message>
    <message>
        <source>Equivalent commands:</source>
        <translation>Equivalent commands:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try sni-doctor --help.</source>
        <translation>Unknown command &quot;%1&quot;. Try sni-doctor --help.</translation>
    </message>
    <message>
        <source>Probes an endpoint with and without SNI.</source>
        <translation>Probes an endpoint with and without SNI.</translation>
    </message>
    <message>
        <source>The API host name and port (443 by default).</source>
        <translation>The API host name and port (443 by default).</translation>
    </message>
    <message>
        <source>Connect to ADDRESS instead of the host&apos;s address (like curl --resolve).</source>
        <translation>Connect to ADDRESS instead of the host&apos;s address (like curl --resolve).</translation>
    </message>
    <message>
        <source>Seconds per attempt (10 by default).</source>
        <translation>Seconds per attempt (10 by default).</translation>
    </message>
    <message>
        <source>PEM file of CA certificates to verify against (system CAs by default).</source>
        <translation>PEM file of CA certificates to verify against (system CAs by default).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>This help.</source>
        <translation>This help.</translation>
    </message>
    <message>
        <source>Give exactly one HOST[:PORT]. Try sni-doctor probe --help.</source>
        <translation>Give exactly one HOST[:PORT]. Try sni-doctor probe --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST, HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.</source>
        <translation>&quot;%1&quot; is not HOST, HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600, not &quot;%1&quot;.</source>
        <translation>--timeout takes seconds from 1 to 600, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Starts a local TLS endpoint that behaves like the Apigee ingress.</source>
        <translation>Starts a local TLS endpoint that behaves like the Apigee ingress.</translation>
    </message>
    <message>
        <source>Port to listen on (8443 by default; 0 picks a free one).</source>
        <translation>Port to listen on (8443 by default; 0 picks a free one).</translation>
    </message>
    <message>
        <source>strict: reset clients without SNI (no wildcard route); wildcard: serve them a default certificate; alert: answer unrecognized_name.</source>
        <translation>strict: reset clients without SNI (no wildcard route); wildcard: serve them a default certificate; alert: answer unrecognized_name.</translation>
    </message>
    <message>
        <source>Address to listen on (127.0.0.1 by default).</source>
        <translation>Address to listen on (127.0.0.1 by default).</translation>
    </message>
    <message>
        <source>A host name the lab serves (repeatable; api-test.mydomain.com and localhost by default).</source>
        <translation>A host name the lab serves (repeatable; api-test.mydomain.com and localhost by default).</translation>
    </message>
    <message>
        <source>Write the lab&apos;s CA certificate to FILE, for probe --ca-file.</source>
        <translation>Write the lab&apos;s CA certificate to FILE, for probe --ca-file.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port takes a number from 0 to 65535, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--mode is strict, wildcard or alert, not &quot;%1&quot;.</source>
        <translation>--mode is strict, wildcard or alert, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Practice lab in %1 mode listening on %2 port %3, serving %4.</source>
        <translation>Practice lab in %1 mode listening on %2 port %3, serving %4.</translation>
    </message>
    <message>
        <source>Try: sni-doctor probe %1:%2 --connect %3</source>
        <translation>Try: sni-doctor probe %1:%2 --connect %3</translation>
    </message>
    <message>
        <source>One access-log line per connection follows; Ctrl+C stops the lab.</source>
        <translation>One access-log line per connection follows; Ctrl+C stops the lab.</translation>
    </message>
    <message>
        <source>No display found, so instead of the wizard SNI Doctor probes its practice lab, which behaves like an Apigee ingress without a wildcard route.</source>
        <translation>No display found, so instead of the wizard SNI Doctor probes its practice lab, which behaves like an Apigee ingress without a wildcard route.</translation>
    </message>
    <message>
        <source>This was the practice lab. Probe your own endpoint with: sni-doctor probe HOST[:PORT] [--connect INGRESS_IP]; start the wizard on a machine with a display.</source>
        <translation>This was the practice lab. Probe your own endpoint with: sni-doctor probe HOST[:PORT] [--connect INGRESS_IP]; start the wizard on a machine with a display.</translation>
    </message>
    <message>
        <source>Read %1 line(s) of %2: %3 access-log record(s), %4 other line(s).</source>
        <translation>Read %1 line(s) of %2: %3 access-log record(s), %4 other line(s).</translation>
    </message>
    <message>
        <source>Time range: %1 to %2</source>
        <translation>Time range: %1 to %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Refused clients:</source>
        <translation>Refused clients:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No SNI</source>
        <translation>No SNI</translation>
    </message>
    <message>
        <source>Unknown SNI</source>
        <translation>Unknown SNI</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>SNI hosts:</source>
        <translation>SNI hosts:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Finds the clients the ingress refused in its access logs.</source>
        <translation>Finds the clients the ingress refused in its access logs.</translation>
    </message>
    <message>
        <source>Output of kubectl logs of an ingress gateway pod; .gz and other compressed files are read as they are; - reads standard input.</source>
        <translation>Output of kubectl logs of an ingress gateway pod; .gz and other compressed files are read as they are; - reads standard input.</translation>
    </message>
    <message>
        <source>Give at least one FILE (or - for standard input). Try sni-doctor logs --help.</source>
        <translation>Give at least one FILE (or - for standard input). Try sni-doctor logs --help.</translation>
    </message>
    <message>
        <source>%1: %2 packets (%3), %4 TCP connections, %5 ClientHellos: %6 without SNI, %7 reset by the server, %8 incomplete.</source>
        <translation>%1: %2 packets (%3), %4 TCP connections, %5 ClientHellos: %6 without SNI, %7 reset by the server, %8 incomplete.</translation>
    </message>
    <message>
        <source>Clients without SNI:</source>
        <translation>Clients without SNI:</translation>
    </message>
    <message>
        <source>Hellos without SNI</source>
        <translation>Hellos without SNI</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reads a packet capture and says which ClientHellos carry no SNI and what the server answered.</source>
        <translation>Reads a packet capture and says which ClientHellos carry no SNI and what the server answered.</translation>
    </message>
    <message>
        <source>A pcap or pcapng file, as tcpdump -w writes it.</source>
        <translation>A pcap or pcapng file, as tcpdump -w writes it.</translation>
    </message>
    <message>
        <source>Print one line per ClientHello (frame, SNI, reaction), for scripts.</source>
        <translation>Print one line per ClientHello (frame, SNI, reaction), for scripts.</translation>
    </message>
    <message>
        <source>Give exactly one capture FILE. Try sni-doctor capture --help.</source>
        <translation>Give exactly one capture FILE. Try sni-doctor capture --help.</translation>
    </message>
    <message>
        <source>Checks the ApigeeRoutes for a wildcard route that serves clients without SNI and is attached to every virtual host.</source>
        <translation>Checks the ApigeeRoutes for a wildcard route that serves clients without SNI and is attached to every virtual host.</translation>
    </message>
    <message>
        <source>The output of kubectl get apigeeroutes -o yaml (or -o json) saved to FILE.</source>
        <translation>The output of kubectl get apigeeroutes -o yaml (or -o json) saved to FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>The kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>The kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</translation>
    </message>
    <message>
        <source>The kubeconfig context (its current-context by default).</source>
        <translation>The kubeconfig context (its current-context by default).</translation>
    </message>
    <message>
        <source>The namespace of the routes (the context&apos;s, else apigee).</source>
        <translation>The namespace of the routes (the context&apos;s, else apigee).</translation>
    </message>
    <message>
        <source>Warning: the cluster&apos;s certificate is not verified (insecure-skip-tls-verify).</source>
        <translation>Warning: the cluster&apos;s certificate is not verified (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>The namespace %1 has no ApigeeRoute: check the namespace (--namespace).</source>
        <translation>The namespace %1 has no ApigeeRoute: check the namespace (--namespace).</translation>
    </message>
    <message>
        <source>Lists the ingress gateway pods, and reads their access logs.</source>
        <translation>Lists the ingress gateway pods, and reads their access logs.</translation>
    </message>
    <message>
        <source>The namespace of the pods (the context&apos;s, else apigee).</source>
        <translation>The namespace of the pods (the context&apos;s, else apigee).</translation>
    </message>
    <message>
        <source>Read each pod&apos;s access log and analyze it.</source>
        <translation>Read each pod&apos;s access log and analyze it.</translation>
    </message>
    <message>
        <source>Read only the last N lines of each log (all by default).</source>
        <translation>Read only the last N lines of each log (all by default).</translation>
    </message>
    <message>
        <source>--tail takes a number of lines, not &quot;%1&quot;.</source>
        <translation>--tail takes a number of lines, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Events of %1:</source>
        <translation>Events of %1:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways. The routes come from --wildcard-route, --routes-from, or the cluster when --kubeconfig or --context is given.</source>
        <translation>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways. The routes come from --wildcard-route, --routes-from, or the cluster when --kubeconfig or --context is given.</translation>
    </message>
    <message>
        <source>The overrides.yaml to check.</source>
        <translation>The overrides.yaml to check.</translation>
    </message>
    <message>
        <source>The name of the wildcard (non-SNI) route.</source>
        <translation>The name of the wildcard (non-SNI) route.</translation>
    </message>
    <message>
        <source>Saved kubectl get apigeeroutes -o yaml (or -o json) output.</source>
        <translation>Saved kubectl get apigeeroutes -o yaml (or -o json) output.</translation>
    </message>
    <message>
        <source>Read the routes from the cluster of this kubeconfig.</source>
        <translation>Read the routes from the cluster of this kubeconfig.</translation>
    </message>
    <message>
        <source>Helm&apos;s apigee-virtualhost chart folder, where relative certificate paths point.</source>
        <translation>Helm&apos;s apigee-virtualhost chart folder, where relative certificate paths point.</translation>
    </message>
    <message>
        <source>Give one overrides.yaml. Try sni-doctor overrides --help.</source>
        <translation>Give one overrides.yaml. Try sni-doctor overrides --help.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sni-doctor [COMMAND] [OPTIONS]</source>
        <translation>Usage: sni-doctor [COMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <source>SNI Doctor finds out why API clients of an Apigee hybrid ingress get &quot;Connection reset by peer&quot; during the TLS handshake.</source>
        <translation>SNI Doctor finds out why API clients of an Apigee hybrid ingress get &quot;Connection reset by peer&quot; during the TLS handshake.</translation>
    </message>
    <message>
        <source>Without a command it opens the wizard (or, without a display, probes the practice lab).</source>
        <translation>Without a command it opens the wizard (or, without a display, probes the practice lab).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Handshake with the host name as SNI, without SNI, and with an unknown name.</source>
        <translation>Handshake with the host name as SNI, without SNI, and with an unknown name.</translation>
    </message>
    <message>
        <source>A local TLS endpoint that behaves like the Apigee ingress.</source>
        <translation>A local TLS endpoint that behaves like the Apigee ingress.</translation>
    </message>
    <message>
        <source>Finds the clients refused for lack of SNI in ingress access logs.</source>
        <translation>Finds the clients refused for lack of SNI in ingress access logs.</translation>
    </message>
    <message>
        <source>Reads a packet capture: which ClientHellos carry no SNI, and what the server answered.</source>
        <translation>Reads a packet capture: which ClientHellos carry no SNI, and what the server answered.</translation>
    </message>
    <message>
        <source>Checks the ApigeeRoutes (from the cluster, or saved kubectl get apigeeroutes -o yaml output) for a wildcard route that serves clients without SNI.</source>
        <translation>Checks the ApigeeRoutes (from the cluster, or saved kubectl get apigeeroutes -o yaml output) for a wildcard route that serves clients without SNI.</translation>
    </message>
    <message>
        <source>Lists the ingress gateway pods; with --logs, reads their access logs for refused clients.</source>
        <translation>Lists the ingress gateway pods; with --logs, reads their access logs for refused clients.</translation>
    </message>
    <message>
        <source>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways.</source>
        <translation>Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host lists the wildcard route in additionalGateways.</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Options for every command:</translation>
    </message>
    <message>
        <source>language of the output</source>
        <translation>language of the output</translation>
    </message>
    <message>
        <source>this help; COMMAND --help for a command&apos;s options</source>
        <translation>this help; COMMAND --help for a command&apos;s options</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>the version</translation>
    </message>
    <message>
        <source>Exit codes: 0 no problem found, 1 a problem found, 2 usage or input error, 3 could not complete (unreachable, timeout, canceled).</source>
        <translation>Exit codes: 0 no problem found, 1 a problem found, 2 usage or input error, 3 could not complete (unreachable, timeout, canceled).</translation>
    </message>
    <message>
        <source>Probe this endpoint with and without SNI.</source>
        <translation>Probe this endpoint with and without SNI.</translation>
    </message>
    <message>
        <source>Connect the probe to this address instead of resolving HOST.</source>
        <translation>Connect the probe to this address instead of resolving HOST.</translation>
    </message>
    <message>
        <source>An ingress access log (kubectl logs output); repeat for more.</source>
        <translation>An ingress access log (kubectl logs output); repeat for more.</translation>
    </message>
    <message>
        <source>A packet capture (pcap or pcapng).</source>
        <translation>A packet capture (pcap or pcapng).</translation>
    </message>
    <message>
        <source>The name of the wildcard route to create (non-sni by default).</source>
        <translation>The name of the wildcard route to create (non-sni by default).</translation>
    </message>
    <message>
        <source>Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm.</source>
        <translation>Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try sni-doctor diagnose --help.</source>
        <translation>Unexpected argument &quot;%1&quot;. Try sni-doctor diagnose --help.</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Verdict: %1 [%2]</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confidence: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Evidence that says otherwise:</source>
        <translation>Evidence that says otherwise:</translation>
    </message>
    <message>
        <source>The wildcard route (save as %1.yaml):</source>
        <translation>The wildcard route (save as %1.yaml):</translation>
    </message>
    <message>
        <source>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</source>
        <translation>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</translation>
    </message>
    <message>
        <source>Replace the placeholder credentialName with the TLS secret of a virtual host first.</source>
        <translation>Replace the placeholder credentialName with the TLS secret of a virtual host first.</translation>
    </message>
    <message>
        <source>The overrides.yaml change:</source>
        <translation>The overrides.yaml change:</translation>
    </message>
    <message>
        <source>Add the route by hand to: %1.</source>
        <translation>Add the route by hand to: %1.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>Apply (a dry run first), then verify:</source>
        <translation>Apply (a dry run first), then verify:</translation>
    </message>
    <message>
        <source>Writes the support bundle: what support asks for, secrets redacted, with a manifest of checksums.</source>
        <translation>Writes the support bundle: what support asks for, secrets redacted, with a manifest of checksums.</translation>
    </message>
    <message>
        <source>Runs the steps it is given, like diagnose, and writes what support asks for into one archive: the report, overrides.yaml and its problems, the routes with their events, the pods, the environment groups, each step&apos;s results, and a manifest with checksums. Secrets are redacted.</source>
        <translation>Runs the steps it is given, like diagnose, and writes what support asks for into one archive: the report, overrides.yaml and its problems, the routes with their events, the pods, the environment groups, each step&apos;s results, and a manifest with checksums. Secrets are redacted.</translation>
    </message>
    <message>
        <source>The bundle to write (.zip, or .tar.gz with --tar-gz).</source>
        <translation>The bundle to write (.zip, or .tar.gz with --tar-gz).</translation>
    </message>
    <message>
        <source>An environment group affected; repeat for more (default: the virtual hosts).</source>
        <translation>An environment group affected; repeat for more (default: the virtual hosts).</translation>
    </message>
    <message>
        <source>Add the full logs (redacted) too.</source>
        <translation>Add the full logs (redacted) too.</translation>
    </message>
    <message>
        <source>Write a .tar.gz instead of a .zip.</source>
        <translation>Write a .tar.gz instead of a .zip.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>Give the bundle to write with --out FILE. Try sni-doctor bundle --help.</source>
        <translation>Give the bundle to write with --out FILE. Try sni-doctor bundle --help.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 files, %3 bytes, %4 secrets redacted.</source>
        <translation>Wrote %1: %2 files, %3 bytes, %4 secrets redacted.</translation>
    </message>
    <message>
        <source>Reviews a bundle, an archive, a folder or files offline: each file recognised by its content, and the verdict as diagnose prints it. Nothing is executed.</source>
        <translation>Reviews a bundle, an archive, a folder or files offline: each file recognised by its content, and the verdict as diagnose prints it. Nothing is executed.</translation>
    </message>
    <message>
        <source>Reviews collected files offline (a support bundle, any zip or tar.gz, folders or single files): recognises each file by its content, verifies a bundle&apos;s checksums, and prints the verdict as diagnose does. Nothing is executed and the network is not used.</source>
        <translation>Reviews collected files offline (a support bundle, any zip or tar.gz, folders or single files): recognises each file by its content, verifies a bundle&apos;s checksums, and prints the verdict as diagnose does. Nothing is executed and the network is not used.</translation>
    </message>
    <message>
        <source>A bundle, an archive, a folder or a file; repeat for more.</source>
        <translation>A bundle, an archive, a folder or a file; repeat for more.</translation>
    </message>
    <message>
        <source>Name at least one bundle, archive, folder or file. Try sni-doctor review --help.</source>
        <translation>Name at least one bundle, archive, folder or file. Try sni-doctor review --help.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Files reviewed (%1):</source>
        <translation>Files reviewed (%1):</translation>
    </message>
    <message>
        <source>used for: %1</source>
        <translation>used for: %1</translation>
    </message>
    <message>
        <source>not used: the step already has a result</source>
        <translation>not used: the step already has a result</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; all %4 files match manifest.json.</source>
        <translation>%1: a bundle of SNI Doctor %2 made %3; all %4 files match manifest.json.</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; only %4 of %5 files match manifest.json: it was changed or damaged after it was made.</source>
        <translation>%1: a bundle of SNI Doctor %2 made %3; only %4 of %5 files match manifest.json: it was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>Not collected (ask the admin for these):</source>
        <translation>Not collected (ask the admin for these):</translation>
    </message>
    <message>
        <source>Notes in the bundle:</source>
        <translation>Notes in the bundle:</translation>
    </message>
    <message>
        <source>Check overrides.yaml as this Apigee hybrid release (1.2 to 1.16) instead of the one its keys suggest.</source>
        <translation>Check overrides.yaml as this Apigee hybrid release (1.2 to 1.16) instead of the one its keys suggest.</translation>
    </message>
    <message>
        <source>How it is installed: helm or apigeectl (default: from the file).</source>
        <translation>How it is installed: helm or apigeectl (default: from the file).</translation>
    </message>
    <message>
        <source>--hybrid-version %1 is not an Apigee hybrid release: give one from 1.1 to 1.16, such as 1.12.</source>
        <translation>--hybrid-version %1 is not an Apigee hybrid release: give one from 1.1 to 1.16, such as 1.12.</translation>
    </message>
    <message>
        <source>--layout is helm or apigeectl, not %1.</source>
        <translation>--layout is helm or apigeectl, not %1.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name, or add --force to replace it.</source>
        <translation>%1 exists already: choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Add the capture too, reduced to its frame headers and TLS handshakes (no application data).</source>
        <translation>Add the capture too, reduced to its frame headers and TLS handshakes (no application data).</translation>
    </message>
    <message>
        <source>Act as this user (kubectl&apos;s impersonation, over the kubeconfig&apos;s as).</source>
        <translation>Act as this user (kubectl&apos;s impersonation, over the kubeconfig&apos;s as).</translation>
    </message>
    <message>
        <source>Act as a member of this group (repeat for several).</source>
        <translation>Act as a member of this group (repeat for several).</translation>
    </message>
    <message>
        <source>Act as this user UID.</source>
        <translation>Act as this user UID.</translation>
    </message>
    <message>
        <source>How long one request to the cluster may take, as kubectl: 30s, 2m, 1h or seconds; 0 for no limit (default: 30s, and none while following logs).</source>
        <translation>How long one request to the cluster may take, as kubectl: 30s, 2m, 1h or seconds; 0 for no limit (default: 30s, and none while following logs).</translation>
    </message>
    <message>
        <source>Warning: the ApigeeRoutes&apos; events could not be listed, so they are shown without them: %1</source>
        <translation>Warning: the ApigeeRoutes&apos; events could not be listed, so they are shown without them: %1</translation>
    </message>
    <message>
        <source>The ingress pods&apos; label selector, as kubectl -l (default app=apigee-ingressgateway; older layouts: app=istio-ingressgateway -n istio-system).</source>
        <translation>The ingress pods&apos; label selector, as kubectl -l (default app=apigee-ingressgateway; older layouts: app=istio-ingressgateway -n istio-system).</translation>
    </message>
    <message>
        <source>Read this container&apos;s log in every pod (default: the pod&apos;s default container, else the one that holds the access log).</source>
        <translation>Read this container&apos;s log in every pod (default: the pod&apos;s default container, else the one that holds the access log).</translation>
    </message>
    <message>
        <source>Also read the previous instance of containers that restarted.</source>
        <translation>Also read the previous instance of containers that restarted.</translation>
    </message>
    <message>
        <source>Read only lines newer than this, as kubectl: 30s, 5m, 1h.</source>
        <translation>Read only lines newer than this, as kubectl: 30s, 5m, 1h.</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--since takes a duration such as 30s, 5m or 1h, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Runs the steps it is given and prints one verdict with its evidence, and the fix; with --cluster, every step from the kubeconfig context alone.</source>
        <translation>Runs the steps it is given and prints one verdict with its evidence, and the fix; with --cluster, every step from the kubeconfig context alone.</translation>
    </message>
    <message>
        <source>Every host through every ingress (at most %1 connections at once, %2 s):</source>
        <translation>Every host through every ingress (at most %1 connections at once, %2 s):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2:%3 (%4)</source>
        <translation>%1 at %2:%3 (%4)</translation>
    </message>
    <message>
        <source>--cluster reads every step from the cluster: it does not take --%1.</source>
        <translation>--cluster reads every step from the cluster: it does not take --%1.</translation>
    </message>
    <message>
        <source>--max-connections takes a number from 3 to 300.</source>
        <translation>--max-connections takes a number from 3 to 300.</translation>
    </message>
    <message>
        <source>Step 2 skipped: %1</source>
        <translation>Step 2 skipped: %1</translation>
    </message>
    <message>
        <source>The ingress Services could not be listed: %1</source>
        <translation>The ingress Services could not be listed: %1</translation>
    </message>
    <message>
        <source>Runs the runbook steps it is given (any of them) and prints one verdict with its evidence, the wildcard route and overrides.yaml change that fix it, and the commands to apply and verify them. With --cluster, the kubeconfig context alone: the routes, pods, logs and ingress Services from the cluster, and every host probed through every ingress.</source>
        <translation>Runs the runbook steps it is given (any of them) and prints one verdict with its evidence, the wildcard route and overrides.yaml change that fix it, and the commands to apply and verify them. With --cluster, the kubeconfig context alone: the routes, pods, logs and ingress Services from the cluster, and every host probed through every ingress.</translation>
    </message>
    <message>
        <source>Diagnose automatically from the kubeconfig context alone.</source>
        <translation>Diagnose automatically from the kubeconfig context alone.</translation>
    </message>
    <message>
        <source>With --cluster: at most this many probe connections at once (24).</source>
        <translation>With --cluster: at most this many probe connections at once (24).</translation>
    </message>
    <message>
        <source>Follows every ingress pod&apos;s access log and prints each refused or failed connection as it happens.</source>
        <translation>Follows every ingress pod&apos;s access log and prints each refused or failed connection as it happens.</translation>
    </message>
    <message>
        <source>Follows the access log of every ingress gateway pod and prints each refused or failed connection as it happens, until --for ends or Ctrl+C. Exit code 1 when a refusal was seen.</source>
        <translation>Follows the access log of every ingress gateway pod and prints each refused or failed connection as it happens, until --for ends or Ctrl+C. Exit code 1 when a refusal was seen.</translation>
    </message>
    <message>
        <source>Print only this client&apos;s connections.</source>
        <translation>Print only this client&apos;s connections.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: Ctrl+C).</source>
        <translation>Stop after this many seconds (default: Ctrl+C).</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Print one JSON object per line.</translation>
    </message>
    <message>
        <source>--for takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--for takes a number of seconds, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--client takes an IP address, not &quot;%1&quot;.</source>
        <translation>--client takes an IP address, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>SNI none</source>
        <translation>SNI none</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>Following the log of %1.</source>
        <translation>Following the log of %1.</translation>
    </message>
    <message>
        <source>%1 left; its log is no longer followed.</source>
        <translation>%1 left; its log is no longer followed.</translation>
    </message>
    <message numerus="yes">
        <source>Watching the ingress pods in %1 for %n second(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Watching the ingress pods in %1 for %n second; Ctrl+C stops.</numerusform>
            <numerusform>Watching the ingress pods in %1 for %n seconds; Ctrl+C stops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching the ingress pods in %1; Ctrl+C stops.</source>
        <translation>Watching the ingress pods in %1; Ctrl+C stops.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused or failed connection(s) in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</source>
        <translation>
            <numerusform>%n refused or failed connection in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</numerusform>
            <numerusform>%n refused or failed connections in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused or failed connection(s) of %4 in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</source>
        <translation>
            <numerusform>%n refused or failed connection of %4 in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</numerusform>
            <numerusform>%n refused or failed connections of %4 in %1 s, %2 of them refused during the handshake; ingress pods followed: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing through a port-forward to pod %1, port %2, in namespace %3 (context %4).</source>
        <translation>Probing through a port-forward to pod %1, port %2, in namespace %3 (context %4).</translation>
    </message>
    <message>
        <source>Or let sni-doctor run kubectl port-forward for this probe and stop it afterwards: add --kubectl-port-forward.</source>
        <translation>Or let sni-doctor run kubectl port-forward for this probe and stop it afterwards: add --kubectl-port-forward.</translation>
    </message>
    <message>
        <source>kubectl is not installed (not found in PATH): install it, or run the command above on a machine that has it.</source>
        <translation>kubectl is not installed (not found in PATH): install it, or run the command above on a machine that has it.</translation>
    </message>
    <message>
        <source>Started %1; it forwards 127.0.0.1:%2 and stops after the probe.</source>
        <translation>Started %1; it forwards 127.0.0.1:%2 and stops after the probe.</translation>
    </message>
    <message>
        <source>Probe through a port-forward to this ingress gateway pod, by the Kubernetes API (when the ingress address cannot be reached from here).</source>
        <translation>Probe through a port-forward to this ingress gateway pod, by the Kubernetes API (when the ingress address cannot be reached from here).</translation>
    </message>
    <message>
        <source>The pod&apos;s port to forward to with --through-pod (443 by default).</source>
        <translation>The pod&apos;s port to forward to with --through-pod (443 by default).</translation>
    </message>
    <message>
        <source>When the API server does not support the WebSocket port-forward, run kubectl port-forward for the probe (and stop it afterwards).</source>
        <translation>When the API server does not support the WebSocket port-forward, run kubectl port-forward for the probe (and stop it afterwards).</translation>
    </message>
    <message>
        <source>With --through-pod: the kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>With --through-pod: the kubeconfig to use (else KUBECONFIG, else ~/.kube/config).</translation>
    </message>
    <message>
        <source>With --through-pod: the pod&apos;s namespace (the context&apos;s, else apigee).</source>
        <translation>With --through-pod: the pod&apos;s namespace (the context&apos;s, else apigee).</translation>
    </message>
    <message>
        <source>--kubeconfig, --context, -n, --pod-port and --kubectl-port-forward go with --through-pod POD.</source>
        <translation>--kubeconfig, --context, -n, --pod-port and --kubectl-port-forward go with --through-pod POD.</translation>
    </message>
    <message>
        <source>--connect and --through-pod exclude each other: the port-forward is where the probe connects.</source>
        <translation>--connect and --through-pod exclude each other: the port-forward is where the probe connects.</translation>
    </message>
    <message>
        <source>--pod-port takes a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--pod-port takes a port from 1 to 65535, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>kubectl port-forward stopped during the probe, so later attempts may show its failure rather than the ingress&apos;s: %1</source>
        <translation>kubectl port-forward stopped during the probe, so later attempts may show its failure rather than the ingress&apos;s: %1</translation>
    </message>
    <message>
        <source>The port-forward ends with this probe. To run the commands above by hand, start one on the same port first: %1</source>
        <translation>The port-forward ends with this probe. To run the commands above by hand, start one on the same port first: %1</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached from this machine (an internal load balancer, a private cluster?). Probe it through the Kubernetes API instead: sni-doctor probe --through-pod POD %1 (list the pods with sni-doctor pods).</source>
        <translation>The endpoint cannot be reached from this machine (an internal load balancer, a private cluster?). Probe it through the Kubernetes API instead: sni-doctor probe --through-pod POD %1 (list the pods with sni-doctor pods).</translation>
    </message>
    <message>
        <source>With --cluster: the ingress pods&apos; and Services&apos; label selector, as kubectl -l (default app=apigee-ingressgateway).</source>
        <translation>With --cluster: the ingress pods&apos; and Services&apos; label selector, as kubectl -l (default app=apigee-ingressgateway).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::CoreText</name>
    <message>
        <source>Canceled: no result.</source>
        <translation>Canceled: no result.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::DiagnosisText</name>
    <message>
        <source>the cluster</source>
        <translation>the cluster</translation>
    </message>
    <message>
        <source>Clients without SNI are reset: no wildcard route serves them</source>
        <translation>Clients without SNI are reset: no wildcard route serves them</translation>
    </message>
    <message>
        <source>The wildcard route exists but does not enable clients without SNI</source>
        <translation>The wildcard route exists but does not enable clients without SNI</translation>
    </message>
    <message>
        <source>The wildcard route is not attached to every virtual host</source>
        <translation>The wildcard route is not attached to every virtual host</translation>
    </message>
    <message>
        <source>Clients send a server name that no route serves</source>
        <translation>Clients send a server name that no route serves</translation>
    </message>
    <message>
        <source>Clients without SNI are served: the resets have another cause</source>
        <translation>Clients without SNI are served: the resets have another cause</translation>
    </message>
    <message>
        <source>Not enough evidence for a verdict yet</source>
        <translation>Not enough evidence for a verdict yet</translation>
    </message>
    <message>
        <source>Clients connect without sending a server name (SNI) and no ApigeeRoute with hostnames [&quot;*&quot;] serves them, so the ingress finds no filter chain and resets the connection. Create the wildcard route below with enableNonSniClient: true and add it to additionalGateways of every virtual host.</source>
        <translation>Clients connect without sending a server name (SNI) and no ApigeeRoute with hostnames [&quot;*&quot;] serves them, so the ingress finds no filter chain and resets the connection. Create the wildcard route below with enableNonSniClient: true and add it to additionalGateways of every virtual host.</translation>
    </message>
    <message>
        <source>A route with hostnames [&quot;*&quot;] exists, but enableNonSniClient is not true, so clients without SNI are still reset. Apply the route below, which sets it to true.</source>
        <translation>A route with hostnames [&quot;*&quot;] exists, but enableNonSniClient is not true, so clients without SNI are still reset. Apply the route below, which sets it to true.</translation>
    </message>
    <message>
        <source>The wildcard route exists, but some virtual hosts do not list it in additionalGateways, so their ingress has no chain for clients without SNI. Apply the overrides.yaml change below and the virtual hosts.</source>
        <translation>The wildcard route exists, but some virtual hosts do not list it in additionalGateways, so their ingress has no chain for clients without SNI. Apply the overrides.yaml change below and the virtual hosts.</translation>
    </message>
    <message>
        <source>Clients do send SNI, but a host name that no route lists, so the ingress refuses them. Add the name to the environment group&apos;s host names, or correct the client&apos;s URL.</source>
        <translation>Clients do send SNI, but a host name that no route lists, so the ingress refuses them. Add the name to the environment group&apos;s host names, or correct the client&apos;s URL.</translation>
    </message>
    <message>
        <source>A client without SNI gets a certificate, so the wildcard route works. If connections are still reset, look at the evidence below: the client may reach another ingress or address, or fail later in the handshake.</source>
        <translation>A client without SNI gets a certificate, so the wildcard route works. If connections are still reset, look at the evidence below: the client may reach another ingress or address, or fail later in the handshake.</translation>
    </message>
    <message>
        <source>The steps run so far do not show why clients are reset.</source>
        <translation>The steps run so far do not show why clients are reset.</translation>
    </message>
    <message>
        <source>%1 would decide it.</source>
        <translation>%1 would decide it.</translation>
    </message>
    <message>
        <source>Some evidence says otherwise: see below.</source>
        <translation>Some evidence says otherwise: see below.</translation>
    </message>
    <message>
        <source>%1 connections without SNI were served (a wildcard route at work).</source>
        <translation>%1 connections without SNI were served (a wildcard route at work).</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Fixed: clients without SNI are served now</source>
        <translation>Fixed: clients without SNI are served now</translation>
    </message>
    <message>
        <source>Verify probed the endpoint again after the other steps were read, and a client without SNI got a certificate: the fix works. What those steps found is from before the fix (below). Read the routes and overrides.yaml again to record the state after it.</source>
        <translation>Verify probed the endpoint again after the other steps were read, and a client without SNI got a certificate: the fix works. What those steps found is from before the fix (below). Read the routes and overrides.yaml again to record the state after it.</translation>
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
        <translation>1. Start</translation>
    </message>
    <message>
        <source>7. Resolution and bundle</source>
        <translation>7. Resolution and bundle</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Runbook steps</translation>
    </message>
    <message>
        <source>What the tool does and how you want to work.</source>
        <translation>What the tool does and how you want to work.</translation>
    </message>
    <message>
        <source>One verdict from all the evidence, and the fix.</source>
        <translation>One verdict from all the evidence, and the fix.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>F&amp;inish</translation>
    </message>
    <message>
        <source>the case&apos;s results and notes are not saved as a session</source>
        <translation>the case&apos;s results and notes are not saved as a session</translation>
    </message>
</context>
<context>
    <name>SniDoctor::EndpointInput</name>
    <message>
        <source>Enter the host name your clients call.</source>
        <translation>Enter the host name your clients call.</translation>
    </message>
    <message>
        <source>An IPv6 address is written in brackets: [2001:db8::1]:443.</source>
        <translation>An IPv6 address is written in brackets: [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [2001:db8::1]:443.</source>
        <translation>After ] comes :PORT, as in [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>A port from 1 to 65535 comes after the colon.</source>
        <translation>A port from 1 to 65535 comes after the colon.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1.</source>
        <translation>The port must be a number from 1 to 65535, not %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (api-test.mydomain.com) or an IP address.</source>
        <translation>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (api-test.mydomain.com) or an IP address.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Exec</name>
    <message>
        <source>The credential plugin %1 was not found on this machine&apos;s PATH. Install it, or give its full path.</source>
        <translation>The credential plugin %1 was not found on this machine&apos;s PATH. Install it, or give its full path.</translation>
    </message>
    <message>
        <source>The credential plugin %1 could not start: %2</source>
        <translation>The credential plugin %1 could not start: %2</translation>
    </message>
    <message>
        <source>The credential plugin %1 did not answer within %2 s.</source>
        <translation>The credential plugin %1 did not answer within %2 s.</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed (exit %2): %3</source>
        <translation>The credential plugin %1 failed (exit %2): %3</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed no ExecCredential with a token or a client certificate.</source>
        <translation>The credential plugin %1 printed no ExecCredential with a token or a client certificate.</translation>
    </message>
    <message>
        <source>The credential plugin %1 must ask you to sign in (interactiveMode: Always), but there is no terminal to ask on: run the command in a terminal, or sign in with the plugin there first.</source>
        <translation>The credential plugin %1 must ask you to sign in (interactiveMode: Always), but there is no terminal to ask on: run the command in a terminal, or sign in with the plugin there first.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::IngressPods</name>
    <message>
        <source>The cluster&apos;s answer is not a PodList (%1).</source>
        <translation>The cluster&apos;s answer is not a PodList (%1).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::KubeClient</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named %1.</source>
        <translation>The kubeconfig has no context named %1.</translation>
    </message>
    <message>
        <source>certificate-authority-data of cluster %1</source>
        <translation>certificate-authority-data of cluster %1</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>the system&apos;s CAs</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>Access denied by the cluster&apos;s RBAC (403): %1</source>
        <translation>Access denied by the cluster&apos;s RBAC (403): %1</translation>
    </message>
    <message>
        <source>Not found (404): %1</source>
        <translation>Not found (404): %1</translation>
    </message>
    <message>
        <source>The cluster answered %1: %2</source>
        <translation>The cluster answered %1: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate was checked against %3.</source>
        <translation>The TLS connection to %1 failed: %2. The server&apos;s certificate was checked against %3.</translation>
    </message>
    <message>
        <source>The proxy %1 failed: %2</source>
        <translation>The proxy %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>The cluster of context %1 has no ApigeeRoute resource (404): it is not an Apigee hybrid cluster, or this is the wrong context or namespace (%2).</source>
        <translation>The cluster of context %1 has no ApigeeRoute resource (404): it is not an Apigee hybrid cluster, or this is the wrong context or namespace (%2).</translation>
    </message>
    <message>
        <source>The user %1 gets its credentials by running %2.</source>
        <translation>The user %1 gets its credentials by running %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they require a client certificate: user %2 has none (client-certificate and client-key).</source>
        <translation>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they require a client certificate: user %2 has none (client-certificate and client-key).</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they do not trust the client certificate: check client-certificate of user %2 (%3).</source>
        <translation>%1 closed the connection right after the TLS handshake, without an answer. API servers do this when they do not trust the client certificate: check client-certificate of user %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy-url of cluster %1 (%2) is not an http://, https:// or socks5:// address with a host.</source>
        <translation>The proxy-url of cluster %1 (%2) is not an http://, https:// or socks5:// address with a host.</translation>
    </message>
    <message>
        <source>TLS to the proxy: %1</source>
        <translation>TLS to the proxy: %1</translation>
    </message>
    <message>
        <source>--request-timeout takes seconds or a duration such as 30s, 2m or 1h (0 for no limit, at most 24h).</source>
        <translation>--request-timeout takes seconds or a duration such as 30s, 2m or 1h (0 for no limit, at most 24h).</translation>
    </message>
    <message>
        <source>--as-group and --as-uid need --as (the user to act as), as in kubectl.</source>
        <translation>--as-group and --as-uid need --as (the user to act as), as in kubectl.</translation>
    </message>
    <message>
        <source>The kubeconfig defines no context and sets no current-context: get one for the cluster (for example with gcloud container clusters get-credentials) or pass --kubeconfig.</source>
        <translation>The kubeconfig defines no context and sets no current-context: get one for the cluster (for example with gcloud container clusters get-credentials) or pass --kubeconfig.</translation>
    </message>
    <message>
        <source>The kubeconfig sets no current-context: pass --context with one of %1 (or run kubectl config use-context NAME).</source>
        <translation>The kubeconfig sets no current-context: pass --context with one of %1 (or run kubectl config use-context NAME).</translation>
    </message>
    <message>
        <source>Sign in again (gcloud auth login) or get new credentials with gcloud container clusters get-credentials.</source>
        <translation>Sign in again (gcloud auth login) or get new credentials with gcloud container clusters get-credentials.</translation>
    </message>
    <message>
        <source>Sign in to AWS again (aws sso login, or refresh your keys) or run aws eks update-kubeconfig; check that your IAM identity is mapped in the cluster (access entries or the aws-auth ConfigMap).</source>
        <translation>Sign in to AWS again (aws sso login, or refresh your keys) or run aws eks update-kubeconfig; check that your IAM identity is mapped in the cluster (access entries or the aws-auth ConfigMap).</translation>
    </message>
    <message>
        <source>Sign in again (az login, or kubelogin) or run az aks get-credentials.</source>
        <translation>Sign in again (az login, or kubelogin) or run az aks get-credentials.</translation>
    </message>
    <message>
        <source>The OIDC id-token has expired or is not accepted: sign in again with your identity provider&apos;s login helper.</source>
        <translation>The OIDC id-token has expired or is not accepted: sign in again with your identity provider&apos;s login helper.</translation>
    </message>
    <message>
        <source>The credential plugin&apos;s token was not accepted: sign in again with the tool the plugin belongs to.</source>
        <translation>The credential plugin&apos;s token was not accepted: sign in again with the tool the plugin belongs to.</translation>
    </message>
    <message>
        <source>The client certificate was not accepted: it has expired, was revoked, or is not from the cluster&apos;s CA. Ask for a new one.</source>
        <translation>The client certificate was not accepted: it has expired, was revoked, or is not from the cluster&apos;s CA. Ask for a new one.</translation>
    </message>
    <message>
        <source>The user entry holds no credentials: add a token, a client certificate or a credential plugin to it.</source>
        <translation>The user entry holds no credentials: add a token, a client certificate or a credential plugin to it.</translation>
    </message>
    <message>
        <source>The token has expired or was revoked: ask for a new one.</source>
        <translation>The token has expired or was revoked: ask for a new one.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of user %2 (401 Unauthorized). %3</source>
        <translation>%1 refused the credentials of user %2 (401 Unauthorized). %3</translation>
    </message>
    <message>
        <source>(user entry in %1)</source>
        <translation>(user entry in %1)</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2 s (the request timeout; change it with --request-timeout).</source>
        <translation>%1 did not finish its answer within %2 s (the request timeout; change it with --request-timeout).</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB of HTTP headers: stopped reading. That is not an API server.</source>
        <translation>%1 sent more than %2 MiB of HTTP headers: stopped reading. That is not an API server.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB: stopped reading.</source>
        <translation>%1 sent an answer larger than %2 MiB: stopped reading.</translation>
    </message>
    <message>
        <source>%1 did not answer as an API server does: %2.</source>
        <translation>%1 did not answer as an API server does: %2.</translation>
    </message>
    <message>
        <source>the client certificate or key of user %1 (in %2) cannot be read as PEM</source>
        <translation>the client certificate or key of user %1 (in %2) cannot be read as PEM</translation>
    </message>
    <message>
        <source>the client certificate of user %1 (%2, in %3) expired on %4: get a new one from whoever issued this kubeconfig</source>
        <translation>the client certificate of user %1 (%2, in %3) expired on %4: get a new one from whoever issued this kubeconfig</translation>
    </message>
    <message>
        <source>the client key of user %1 (%2) does not belong to its client certificate (%3), in %4</source>
        <translation>the client key of user %1 (%2) does not belong to its client certificate (%3), in %4</translation>
    </message>
    <message>
        <source>(cluster entry %1 in %2)</source>
        <translation>(cluster entry %1 in %2)</translation>
    </message>
    <message>
        <source>the OIDC id-token of user %1 (in %2) has expired%3 and there is no refresh-token (with idp-issuer-url) to renew it: sign in again with your identity provider&apos;s tool; kubectl 1.26 and later need the kubelogin plugin (kubectl oidc-login) instead of auth-provider: oidc</source>
        <translation>the OIDC id-token of user %1 (in %2) has expired%3 and there is no refresh-token (with idp-issuer-url) to renew it: sign in again with your identity provider&apos;s tool; kubectl 1.26 and later need the kubelogin plugin (kubectl oidc-login) instead of auth-provider: oidc</translation>
    </message>
    <message>
        <source>the OIDC id-token of user %1 (in %2) has expired and %3 did not renew it: %4</source>
        <translation>the OIDC id-token of user %1 (in %2) has expired and %3 did not renew it: %4</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Kubeconfig</name>
    <message>
        <source>The kubeconfig %1 does not exist.</source>
        <translation>The kubeconfig %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation>Cannot read the kubeconfig %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4 (expected a kubeconfig in YAML)</source>
        <translation>%1, line %2, column %3: %4 (expected a kubeconfig in YAML)</translation>
    </message>
    <message>
        <source>%1 is not a kubeconfig: expected a map with clusters, users and contexts.</source>
        <translation>%1 is not a kubeconfig: expected a map with clusters, users and contexts.</translation>
    </message>
    <message>
        <source>certificate-authority-data of cluster %1 is not base64</source>
        <translation>certificate-authority-data of cluster %1 is not base64</translation>
    </message>
    <message>
        <source>the client certificate or key data of user %1 is not base64</source>
        <translation>the client certificate or key data of user %1 is not base64</translation>
    </message>
    <message>
        <source>No kubeconfig found (looked for %1). Get one with gcloud container clusters get-credentials, or choose the file.</source>
        <translation>No kubeconfig found (looked for %1). Get one with gcloud container clusters get-credentials, or choose the file.</translation>
    </message>
    <message>
        <source>context %1 names the cluster &quot;%2&quot;, which no kubeconfig defines</source>
        <translation>context %1 names the cluster &quot;%2&quot;, which no kubeconfig defines</translation>
    </message>
    <message>
        <source>the cluster %1 has no server address</source>
        <translation>the cluster %1 has no server address</translation>
    </message>
    <message>
        <source>context %1 names the user &quot;%2&quot;, which no kubeconfig defines</source>
        <translation>context %1 names the user &quot;%2&quot;, which no kubeconfig defines</translation>
    </message>
    <message>
        <source>the user %1 uses auth-provider gcp, which kubectl 1.26 removed: install gke-gcloud-auth-plugin (apt-get install google-cloud-cli-gke-gcloud-auth-plugin) and run gcloud container clusters get-credentials again</source>
        <translation>the user %1 uses auth-provider gcp, which kubectl 1.26 removed: install gke-gcloud-auth-plugin (apt-get install google-cloud-cli-gke-gcloud-auth-plugin) and run gcloud container clusters get-credentials again</translation>
    </message>
    <message>
        <source>the user %1 uses auth-provider azure, which kubectl 1.26 removed: install kubelogin and run az aks get-credentials, then kubelogin convert-kubeconfig -l azurecli</source>
        <translation>the user %1 uses auth-provider azure, which kubectl 1.26 removed: install kubelogin and run az aks get-credentials, then kubelogin convert-kubeconfig -l azurecli</translation>
    </message>
</context>
<context>
    <name>SniDoctor::MainWindow</name>
    <message>
        <source>About SNI Doctor</source>
        <translation>About SNI Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SNI Doctor %1&lt;/h3&gt;&lt;p&gt;Finds out why API clients of an Apigee hybrid ingress are reset during the TLS handshake, following Apigee&apos;s runbook step by step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SNI Doctor %1&lt;/h3&gt;&lt;p&gt;Finds out why API clients of an Apigee hybrid ingress are reset during the TLS handshake, following Apigee&apos;s runbook step by step.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SNI Doctor</source>
        <translation>SNI Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About SNI Doctor</source>
        <translation>&amp;About SNI Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>Open a saved session</translation>
    </message>
    <message>
        <source>SNI Doctor sessions (*.sni-doctor.json *.json);;All files (*)</source>
        <translation>SNI Doctor sessions (*.sni-doctor.json *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>SNI Doctor sessions (*.sni-doctor.json)</source>
        <translation>SNI Doctor sessions (*.sni-doctor.json)</translation>
    </message>
    <message>
        <source>Session saved to %1.</source>
        <translation>Session saved to %1.</translation>
    </message>
    <message>
        <source>&amp;Open saved session…</source>
        <translation>&amp;Open saved session…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Save session…</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>Close SNI Doctor</source>
        <translation>Close SNI Doctor</translation>
    </message>
    <message>
        <source>Closing now would lose work:</source>
        <translation>Closing now would lose work:</translation>
    </message>
    <message>
        <source>Save the session to keep the case (inputs, results and notes).</source>
        <translation>Save the session to keep the case (inputs, results and notes).</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Discard and close</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>&amp;Print the verdict…</source>
        <translation>&amp;Print the verdict…</translation>
    </message>
    <message>
        <source>Save the verdict as P&amp;DF…</source>
        <translation>Save the verdict as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>SniDoctor::OverridesPage</name>
    <message>
        <source>Open overrides.yaml</source>
        <translation>Open overrides.yaml</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes: too large for an overrides.yaml, not opened.</source>
        <translation>%1 has %2 bytes: too large for an overrides.yaml, not opened.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not YAML: not opened.</source>
        <translation>%1 is a binary file, not YAML: not opened.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Open your overrides.yaml (or drop it here) to check it.</source>
        <translation>Open your overrides.yaml (or drop it here) to check it.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>Use Fix for the missing wildcard route, correct the rest, save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>Use Fix for the missing wildcard route, correct the rest, save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</translation>
    </message>
    <message>
        <source>Correct the file, save it, then apply the virtual hosts with the commands below.</source>
        <translation>Correct the file, save it, then apply the virtual hosts with the commands below.</translation>
    </message>
    <message>
        <source>Save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>Save, then apply the virtual hosts with the commands below and probe again without SNI (step 4).</translation>
    </message>
    <message>
        <source>If the cluster does not match the file yet, apply the virtual hosts with the commands below and probe again without SNI (step 4).</source>
        <translation>If the cluster does not match the file yet, apply the virtual hosts with the commands below and probe again without SNI (step 4).</translation>
    </message>
    <message>
        <source>Added %1 to additionalGateways of: %2.</source>
        <translation>Added %1 to additionalGateways of: %2.</translation>
    </message>
    <message>
        <source>Not changed (edit them by hand): %1.</source>
        <translation>Not changed (edit them by hand): %1.</translation>
    </message>
    <message>
        <source>Save overrides.yaml</source>
        <translation>Save overrides.yaml</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>The file changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by another program since SNI Doctor read it. Overwrite those changes with the text shown here?</source>
        <translation>%1 was changed by another program since SNI Doctor read it. Overwrite those changes with the text shown here?</translation>
    </message>
    <message>
        <source>Not saved: the file on disk was left as it is.</source>
        <translation>Not saved: the file on disk was left as it is.</translation>
    </message>
    <message>
        <source>Not saved: the backup %1 could not be written.</source>
        <translation>Not saved: the backup %1 could not be written.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Not saved: %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (the original is kept as %2).</source>
        <translation>Saved %1 (the original is kept as %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source># Helm (hybrid 1.12 and later), in the folder that holds the charts:</source>
        <translation># Helm (hybrid 1.12 and later), in the folder that holds the charts:</translation>
    </message>
    <message>
        <source># apigeectl (hybrid 1.11 and earlier):</source>
        <translation># apigeectl (hybrid 1.11 and earlier):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(modified)</translation>
    </message>
    <message>
        <source>Step 6: Check overrides.yaml</source>
        <translation>Step 6: Check overrides.yaml</translation>
    </message>
    <message>
        <source>Every virtual host must list the wildcard route in additionalGateways, or Apigee keeps refusing clients without SNI after the route exists.</source>
        <translation>Every virtual host must list the wildcard route in additionalGateways, or Apigee keeps refusing clients without SNI after the route exists.</translation>
    </message>
    <message>
        <source>Open the overrides.yaml you install Apigee hybrid with. SNI Doctor checks it as you type, underlines each problem where it is, and can add the wildcard route where it is missing. Saving keeps a copy of the original next to it.</source>
        <translation>Open the overrides.yaml you install Apigee hybrid with. SNI Doctor checks it as you type, underlines each problem where it is, and can add the wildcard route where it is missing. Saving keeps a copy of the original next to it.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open an overrides.yaml</source>
        <translation>Open an overrides.yaml</translation>
    </message>
    <message>
        <source>&amp;Wildcard route:</source>
        <translation>&amp;Wildcard route:</translation>
    </message>
    <message>
        <source>e.g. non-sni</source>
        <translation>e.g. non-sni</translation>
    </message>
    <message>
        <source>Name of the wildcard route</source>
        <translation>Name of the wildcard route</translation>
    </message>
    <message>
        <source>Add the wildcard route to additionalGateways of every virtual host</source>
        <translation>Add the wildcard route to additionalGateways of every virtual host</translation>
    </message>
    <message>
        <source>overrides.yaml text</source>
        <translation>overrides.yaml text</translation>
    </message>
    <message>
        <source>&amp;Problems (click one to go to it):</source>
        <translation>&amp;Problems (click one to go to it):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problems found in overrides.yaml</source>
        <translation>Problems found in overrides.yaml</translation>
    </message>
    <message>
        <source>Fi&amp;x: add it to additionalGateways</source>
        <translation>Fi&amp;x: add it to additionalGateways</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>From %1.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>From the file (%1, %2)</source>
        <translation>From the file (%1, %2)</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Hybrid &amp;release:</source>
        <translation>Hybrid &amp;release:</translation>
    </message>
    <message>
        <source>Apigee hybrid release the file is checked as</source>
        <translation>Apigee hybrid release the file is checked as</translation>
    </message>
    <message>
        <source>The release whose keys and rules apply. From the file: the newest release that reads every key of the file.</source>
        <translation>The release whose keys and rules apply. From the file: the newest release that reads every key of the file.</translation>
    </message>
    <message>
        <source>overrides.yaml was edited and is not saved to a file</source>
        <translation>overrides.yaml was edited and is not saved to a file</translation>
    </message>
    <message>
        <source>%1 was edited and is not saved</source>
        <translation>%1 was edited and is not saved</translation>
    </message>
    <message>
        <source>Note: the routes were not read (step 5), so the default wildcard route %1 was assumed. If yours has another name, type it above.</source>
        <translation>Note: the routes were not read (step 5), so the default wildcard route %1 was assumed. If yours has another name, type it above.</translation>
    </message>
    <message>
        <source>Tab indents with two spaces and Shift+Tab dedents; Ctrl+Tab moves to the next control.</source>
        <translation>Tab indents with two spaces and Shift+Tab dedents; Ctrl+Tab moves to the next control.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::OverridesText</name>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>a map</translation>
    </message>
    <message>
        <source>a boolean (true/false, yes/no, on/off)</source>
        <translation>a boolean (true/false, yes/no, on/off)</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>empty (null)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>a private key</translation>
    </message>
    <message>
        <source>an encryption key</source>
        <translation>an encryption key</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>a password</translation>
    </message>
    <message>
        <source>a hash salt</source>
        <translation>a hash salt</translation>
    </message>
    <message>
        <source>The file has %1 bytes; an overrides.yaml is far smaller (at most %2 are read). Is this the right file?</source>
        <translation>The file has %1 bytes; an overrides.yaml is far smaller (at most %2 are read). Is this the right file?</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte on this line), not YAML text.</source>
        <translation>The file holds binary data (a NUL byte on this line), not YAML text.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels: no overrides.yaml is; the file is damaged or not an overrides file.</source>
        <translation>Nested deeper than %1 levels: no overrides.yaml is; the file is damaged or not an overrides file.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 values (aliases repeated inside aliases?): not read further.</source>
        <translation>The document expands to more than %1 values (aliases repeated inside aliases?): not read further.</translation>
    </message>
    <message>
        <source>A tab indents this line: YAML allows only spaces for indentation. Replace the tab with spaces.</source>
        <translation>A tab indents this line: YAML allows only spaces for indentation. Replace the tab with spaces.</translation>
    </message>
    <message>
        <source>This quoted string is never closed: it runs to the end of the file. Add the closing quote.</source>
        <translation>This quoted string is never closed: it runs to the end of the file. Add the closing quote.</translation>
    </message>
    <message>
        <source>The file holds no YAML document.</source>
        <translation>The file holds no YAML document.</translation>
    </message>
    <message>
        <source>The document is not a map of keys (org, instanceID, virtualhosts, ...).</source>
        <translation>The document is not a map of keys (org, instanceID, virtualhosts, ...).</translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>The required key %1 is missing.</translation>
    </message>
    <message>
        <source>The required key %1 is missing in %2.</source>
        <translation>The required key %1 is missing in %2.</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3.</source>
        <translation>%1 must be %2, but it is %3.</translation>
    </message>
    <message>
        <source>Unknown key %1: did you mean %2?</source>
        <translation>Unknown key %1: did you mean %2?</translation>
    </message>
    <message>
        <source>instanceID has %1 characters; at most 63 are allowed.</source>
        <translation>instanceID has %1 characters; at most 63 are allowed.</translation>
    </message>
    <message>
        <source>The ingress gateway name %1 is not allowed: at most 17 lowercase letters, digits, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>The ingress gateway name %1 is not allowed: at most 17 lowercase letters, digits, &apos;-&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>virtualhosts is empty: each environment group needs an entry.</source>
        <translation>virtualhosts is empty: each environment group needs an entry.</translation>
    </message>
    <message>
        <source>Another virtual host is already named %1: each environment group appears once.</source>
        <translation>Another virtual host is already named %1: each environment group appears once.</translation>
    </message>
    <message>
        <source>selector.ingress_name is %1, but ingressGateways names no gateway.</source>
        <translation>selector.ingress_name is %1, but ingressGateways names no gateway.</translation>
    </message>
    <message>
        <source>selector.ingress_name is %1, but ingressGateways has only: %2.</source>
        <translation>selector.ingress_name is %1, but ingressGateways has only: %2.</translation>
    </message>
    <message>
        <source>The virtual host %1 has no TLS credentials: give sslCertPath and sslKeyPath, or sslSecret.</source>
        <translation>The virtual host %1 has no TLS credentials: give sslCertPath and sslKeyPath, or sslSecret.</translation>
    </message>
    <message>
        <source>%1 is given without %2: both are needed.</source>
        <translation>%1 is given without %2: both are needed.</translation>
    </message>
    <message>
        <source>tlsMode must be SIMPLE or MUTUAL (it is &quot;%1&quot;).</source>
        <translation>tlsMode must be SIMPLE or MUTUAL (it is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No wildcard route is known, so additionalGateways cannot be checked: connect to the cluster in step 5, load its saved routes, or name the route (--wildcard-route).</source>
        <translation>No wildcard route is known, so additionalGateways cannot be checked: connect to the cluster in step 5, load its saved routes, or name the route (--wildcard-route).</translation>
    </message>
    <message>
        <source>The routes have no wildcard route yet, so additionalGateways cannot name it: create the route first (step 5 says how), then add it here.</source>
        <translation>The routes have no wildcard route yet, so additionalGateways cannot name it: create the route first (step 5 says how), then add it here.</translation>
    </message>
    <message>
        <source>The virtual host %1 does not list the wildcard route %2 in additionalGateways: clients without SNI are reset. Add %2 to additionalGateways.</source>
        <translation>The virtual host %1 does not list the wildcard route %2 in additionalGateways: clients without SNI are reset. Add %2 to additionalGateways.</translation>
    </message>
    <message>
        <source>No ApigeeRoute named %1 is known: check the name.</source>
        <translation>No ApigeeRoute named %1 is known: check the name.</translation>
    </message>
    <message>
        <source>This holds %1: SNI Doctor redacts it from every bundle and report.</source>
        <translation>This holds %1: SNI Doctor redacts it from every bundle and report.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key that OpenSSL can read.</source>
        <translation>%1 holds no PEM private key that OpenSSL can read.</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted with a passphrase: the ingress cannot use it.</source>
        <translation>The private key in %1 is encrypted with a passphrase: the ingress cannot use it.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate %2.</source>
        <translation>The private key in %1 does not belong to the certificate %2.</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation>The certificate %1 expired on %2.</translation>
    </message>
    <message>
        <source>The certificate %1 is valid only from %2.</source>
        <translation>The certificate %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>The certificate %1 expires on %2, in %3 days: renew it.</source>
        <translation>The certificate %1 expires on %2, in %3 days: renew it.</translation>
    </message>
    <message>
        <source>The chain is out of order: certificate %1 (%2) is not issued by certificate %3 (%4). Put the server&apos;s certificate first, then each issuer.</source>
        <translation>The chain is out of order: certificate %1 (%2) is not issued by certificate %3 (%4). Put the server&apos;s certificate first, then each issuer.</translation>
    </message>
    <message>
        <source>The certificate does not cover %1 (its names: %2): clients of those hosts get a name mismatch.</source>
        <translation>The certificate does not cover %1 (its names: %2): clients of those hosts get a name mismatch.</translation>
    </message>
    <message>
        <source>Certificate %1, names %2, valid from %3 until %4.</source>
        <translation>Certificate %1, names %2, valid from %3 until %4.</translation>
    </message>
    <message>
        <source>More than %1 problems: the rest is not listed. Is this an overrides.yaml?</source>
        <translation>More than %1 problems: the rest is not listed. Is this an overrides.yaml?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix in this file.</source>
        <translation>
            <numerusform>%n error to fix in this file.</numerusform>
            <numerusform>%n errors to fix in this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to look at.</source>
        <translation>
            <numerusform>No errors; %n warning to look at.</numerusform>
            <numerusform>No errors; %n warnings to look at.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors, but the wildcard route is not known: name it above to check additionalGateways.</source>
        <translation>No errors, but the wildcard route is not known: name it above to check additionalGateways.</translation>
    </message>
    <message>
        <source>The file is valid and every virtual host lists the wildcard route.</source>
        <translation>The file is valid and every virtual host lists the wildcard route.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>the quoted text that starts here is not closed on its line, so YAML reads on to line %1 and fails there. Add the closing quote.</source>
        <translation>the quoted text that starts here is not closed on its line, so YAML reads on to line %1 and fails there. Add the closing quote.</translation>
    </message>
    <message>
        <source>a value where YAML expects none: a second &quot;key: value&quot; on one line, a value after a colon without a space, or a line indented further than its key.</source>
        <translation>a value where YAML expects none: a second &quot;key: value&quot; on one line, a value after a colon without a space, or a line indented further than its key.</translation>
    </message>
    <message>
        <source>the indentation does not match: this line is indented like no key above it. Indent it as far as its siblings, with spaces.</source>
        <translation>the indentation does not match: this line is indented like no key above it. Indent it as far as its siblings, with spaces.</translation>
    </message>
    <message>
        <source>a [ or { opened above is not closed before this point. Close it, or write the list one entry per line.</source>
        <translation>a [ or { opened above is not closed before this point. Close it, or write the list one entry per line.</translation>
    </message>
    <message>
        <source>a character YAML reserves (%, @ or `) starts a value. Put the value in quotes.</source>
        <translation>a character YAML reserves (%, @ or `) starts a value. Put the value in quotes.</translation>
    </message>
    <message>
        <source>a list entry (- ...) where a key is expected: indent the list under its key, or remove the value written after that key.</source>
        <translation>a list entry (- ...) where a key is expected: indent the list under its key, or remove the value written after that key.</translation>
    </message>
    <message>
        <source>an unknown backslash escape inside double quotes (a Windows path?). Use single quotes or forward slashes.</source>
        <translation>an unknown backslash escape inside double quotes (a Windows path?). Use single quotes or forward slashes.</translation>
    </message>
    <message>
        <source>an anchor (&amp;name) or alias (*name) that is malformed or refers to no anchor above it.</source>
        <translation>an anchor (&amp;name) or alias (*name) that is malformed or refers to no anchor above it.</translation>
    </message>
    <message>
        <source>a key where a value is expected: check the indentation and the colons above.</source>
        <translation>a key where a value is expected: check the indentation and the colons above.</translation>
    </message>
    <message>
        <source>a stray character where YAML expects a key (a leftover comma or bracket?).</source>
        <translation>a stray character where YAML expects a key (a leftover comma or bracket?).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here.</source>
        <translation>the text is not valid YAML here.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1 Helm and apigeectl refuse the file. (Parser: %2.)</source>
        <translation>YAML syntax error: %1 Helm and apigeectl refuse the file. (Parser: %2.)</translation>
    </message>
    <message>
        <source>Checked as Apigee hybrid %1 with %2, as chosen.</source>
        <translation>Checked as Apigee hybrid %1 with %2, as chosen.</translation>
    </message>
    <message>
        <source>only %1 reads all of its keys</source>
        <translation>only %1 reads all of its keys</translation>
    </message>
    <message>
        <source>releases %1 to %2 read all of its keys, %2 is the newest</source>
        <translation>releases %1 to %2 read all of its keys, %2 is the newest</translation>
    </message>
    <message>
        <source>%1 needs %2 or later</source>
        <translation>%1 needs %2 or later</translation>
    </message>
    <message>
        <source>%1 is not read after it</source>
        <translation>%1 is not read after it</translation>
    </message>
    <message>
        <source>later releases need %1, which the file lacks</source>
        <translation>later releases need %1, which the file lacks</translation>
    </message>
    <message>
        <source>its selector names the Anthos Service Mesh gateway, used up to 1.8</source>
        <translation>its selector names the Anthos Service Mesh gateway, used up to 1.8</translation>
    </message>
    <message>
        <source>Checked as Apigee hybrid %1 with %2: %3. Choose the release if this is wrong.</source>
        <translation>Checked as Apigee hybrid %1 with %2: %3. Choose the release if this is wrong.</translation>
    </message>
    <message>
        <source>The byte %1 here is not UTF-8 (the file was saved as Latin-1 or Windows-1252?): Helm reads values files as UTF-8. Save the file as UTF-8.</source>
        <translation>The byte %1 here is not UTF-8 (the file was saved as Latin-1 or Windows-1252?): Helm reads values files as UTF-8. Save the file as UTF-8.</translation>
    </message>
    <message>
        <source>Template placeholder not filled in: %1. Helm reads the file as it is, so this text (or an unquoted map) reaches the charts. Put the real value here.</source>
        <translation>Template placeholder not filled in: %1. Helm reads the file as it is, so this text (or an unquoted map) reaches the charts. Put the real value here.</translation>
    </message>
    <message>
        <source>The first YAML document is empty: Helm reads only the first, so it sees no values at all. Remove the --- on line %1 (and what comes before it).</source>
        <translation>The first YAML document is empty: Helm reads only the first, so it sees no values at all. Remove the --- on line %1 (and what comes before it).</translation>
    </message>
    <message>
        <source>The file holds %1 YAML documents (separated by ---): Helm and apigeectl read only the first, and ignore the rest without a word. Keep one document.</source>
        <translation>The file holds %1 YAML documents (separated by ---): Helm and apigeectl read only the first, and ignore the rest without a word. Keep one document.</translation>
    </message>
    <message>
        <source>The key %1 is set twice (lines %2 and %3): Helm uses the last one, on line %3, and ignores the first. Keep one.</source>
        <translation>The key %1 is set twice (lines %2 and %3): Helm uses the last one, on line %3, and ignores the first. Keep one.</translation>
    </message>
    <message>
        <source>Unknown key %1: no Apigee hybrid release reads it, so it is ignored. Check the spelling and where it is indented.</source>
        <translation>Unknown key %1: no Apigee hybrid release reads it, so it is ignored. Check the spelling and where it is indented.</translation>
    </message>
    <message>
        <source>%1 is not in SNI Doctor&apos;s table of hybrid %2 keys (that release&apos;s table is incomplete): check it against Apigee&apos;s reference for %2.</source>
        <translation>%1 is not in SNI Doctor&apos;s table of hybrid %2 keys (that release&apos;s table is incomplete): check it against Apigee&apos;s reference for %2.</translation>
    </message>
    <message>
        <source>%1 is new in hybrid %2: hybrid %3 ignores it. Choose the release this file is for, or remove the key.</source>
        <translation>%1 is new in hybrid %2: hybrid %3 ignores it. Choose the release this file is for, or remove the key.</translation>
    </message>
    <message>
        <source>%1 was last read by hybrid %2 and is ignored by %3: remove it.</source>
        <translation>%1 was last read by hybrid %2 and is ignored by %3: remove it.</translation>
    </message>
    <message>
        <source>%1 is deprecated: Apigee reads %2 instead.</source>
        <translation>%1 is deprecated: Apigee reads %2 instead.</translation>
    </message>
    <message>
        <source>The virtual host %1 has no selector: hybrid %2 gives it %3 (the Anthos Service Mesh gateway). From 1.8 on, name the Apigee ingress gateway.</source>
        <translation>The virtual host %1 has no selector: hybrid %2 gives it %3 (the Anthos Service Mesh gateway). From 1.8 on, name the Apigee ingress gateway.</translation>
    </message>
    <message>
        <source>The virtual host %1 has sslSecret, so the chart uses the Secret %2 and ignores sslCertPath and sslKeyPath: remove them, or remove sslSecret.</source>
        <translation>The virtual host %1 has sslSecret, so the chart uses the Secret %2 and ignores sslCertPath and sslKeyPath: remove them, or remove sslSecret.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be &quot;AUTO&quot;, &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; or &quot;1.3&quot; (in capitals for AUTO).</source>
        <translation>%1 is &quot;%2&quot;; it must be &quot;AUTO&quot;, &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; or &quot;1.3&quot; (in capitals for AUTO).</translation>
    </message>
    <message>
        <source>%1: %2 without quotes is a number, and the %3 chart&apos;s template fails on it (&quot;supported tls protocol are: AUTO, 1.0, 1.1, 1.2 and 1.3&quot;). Write &quot;%2&quot;.</source>
        <translation>%1: %2 without quotes is a number, and the %3 chart&apos;s template fails on it (&quot;supported tls protocol are: AUTO, 1.0, 1.1, 1.2 and 1.3&quot;). Write &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>minTLSProtocolVersion %1 is above maxTLSProtocolVersion %2: the chart refuses it. Swap them.</source>
        <translation>minTLSProtocolVersion %1 is above maxTLSProtocolVersion %2: the chart refuses it. Swap them.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1 (it is &quot;%2&quot;).</source>
        <translation>%1 must be a whole number of seconds, at least 1 (it is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The certificate file %1 is not found (folders searched: %2).</source>
        <translation>The certificate file %1 is not found (folders searched: %2).</translation>
    </message>
    <message>
        <source>The key file %1 is not found (folders searched: %2).</source>
        <translation>The key file %1 is not found (folders searched: %2).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PluginConsent</name>
    <message>
        <source>Run the credential plugin?</source>
        <translation>Run the credential plugin?</translation>
    </message>
    <message>
        <source>To connect, this kubeconfig runs a program that prints your credentials:

%1

Run it now? SNI Doctor will remember your answer for this kubeconfig and this exact command.</source>
        <translation>To connect, this kubeconfig runs a program that prints your credentials:

%1

Run it now? SNI Doctor will remember your answer for this kubeconfig and this exact command.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PluginOutput</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The credential plugin %1 is running and says (it waits for you when it asks you to sign in; Stop ends it):</source>
        <translation>The credential plugin %1 is running and says (it waits for you when it asks you to sign in; Stop ends it):</translation>
    </message>
    <message>
        <source>The credential plugin %1 has ended. It said:</source>
        <translation>The credential plugin %1 has ended. It said:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PortForward</name>
    <message>
        <source>Cannot listen on a loopback port for the port-forward: %1</source>
        <translation>Cannot listen on a loopback port for the port-forward: %1</translation>
    </message>
    <message>
        <source>The API server %1 does not support the WebSocket port-forward (it answered %2: %3). kubectl can forward instead: run %4 and probe 127.0.0.1:8443 with the API host name as SNI.</source>
        <translation>The API server %1 does not support the WebSocket port-forward (it answered %2: %3). kubectl can forward instead: run %4 and probe 127.0.0.1:8443 with the API host name as SNI.</translation>
    </message>
    <message>
        <source>The cluster&apos;s RBAC does not let this user port-forward to pod %2 in namespace %1 (403): the user needs the verbs create and get on the resource pods/portforward (check with kubectl auth can-i create pods/portforward -n %1). The server said: %3</source>
        <translation>The cluster&apos;s RBAC does not let this user port-forward to pod %2 in namespace %1 (403): the user needs the verbs create and get on the resource pods/portforward (check with kubectl auth can-i create pods/portforward -n %1). The server said: %3</translation>
    </message>
    <message>
        <source>There is no pod %2 in namespace %1 to port-forward to (404; list them with sni-doctor pods): %3</source>
        <translation>There is no pod %2 in namespace %1 to port-forward to (404; list them with sni-doctor pods): %3</translation>
    </message>
    <message>
        <source>The TLS handshake of the port-forward&apos;s WebSocket with %1 failed: %2</source>
        <translation>The TLS handshake of the port-forward&apos;s WebSocket with %1 failed: %2</translation>
    </message>
    <message>
        <source>The API server %1 did not upgrade the port-forward&apos;s WebSocket within %2 s.</source>
        <translation>The API server %1 did not upgrade the port-forward&apos;s WebSocket within %2 s.</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the cluster reported: %3</source>
        <translation>Port-forward to pod %1, port %2: the cluster reported: %3</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the stream failed: %3</source>
        <translation>Port-forward to pod %1, port %2: the stream failed: %3</translation>
    </message>
    <message>
        <source>Port-forward to pod %1, port %2: the local client stopped reading (more than %3 bytes waiting); the stream was closed.</source>
        <translation>Port-forward to pod %1, port %2: the local client stopped reading (more than %3 bytes waiting); the stream was closed.</translation>
    </message>
    <message>
        <source>Port-forward canceled.</source>
        <translation>Port-forward canceled.</translation>
    </message>
    <message>
        <source>%1 did not start forwarding: %2</source>
        <translation>%1 did not start forwarding: %2</translation>
    </message>
    <message>
        <source>%1 did not say where it listens within %2 s; it was stopped.</source>
        <translation>%1 did not say where it listens within %2 s; it was stopped.</translation>
    </message>
    <message>
        <source>no WebSocket upgrade in time</source>
        <translation>no WebSocket upgrade in time</translation>
    </message>
    <message>
        <source>no v4.channel.k8s.io subprotocol</source>
        <translation>no v4.channel.k8s.io subprotocol</translation>
    </message>
    <message>
        <source>closed before the port was confirmed</source>
        <translation>closed before the port was confirmed</translation>
    </message>
</context>
<context>
    <name>SniDoctor::PracticeLab</name>
    <message>
        <source>OpenSSL could not create the lab&apos;s certificates.</source>
        <translation>OpenSSL could not create the lab&apos;s certificates.</translation>
    </message>
    <message>
        <source>The lab needs at least one host name.</source>
        <translation>The lab needs at least one host name.</translation>
    </message>
    <message>
        <source>The lab listens on an IP address; &quot;%1&quot; is not one.</source>
        <translation>The lab listens on an IP address; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The lab cannot listen on %1 port %2: %3</source>
        <translation>The lab cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeMatrixText</name>
    <message>
        <source>Ingress %1 refuses clients without SNI</source>
        <translation>Ingress %1 refuses clients without SNI</translation>
    </message>
    <message>
        <source>Ingress %1 serves clients without SNI</source>
        <translation>Ingress %1 serves clients without SNI</translation>
    </message>
    <message>
        <source>Ingress %1 cannot be reached from this machine</source>
        <translation>Ingress %1 cannot be reached from this machine</translation>
    </message>
    <message>
        <source>Ingress %1 refuses some hosts even with SNI</source>
        <translation>Ingress %1 refuses some hosts even with SNI</translation>
    </message>
    <message>
        <source>Virtual host %1 lacks the wildcard route</source>
        <translation>Virtual host %1 lacks the wildcard route</translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), %n host(s) answer with their SNI but a client without SNI gets %3: %4.</source>
        <translation>
            <numerusform>Through ingress %1 (%2), %n host answers with its SNI but a client without SNI gets %3: %4.</numerusform>
            <numerusform>Through ingress %1 (%2), %n hosts answer with their SNI but a client without SNI gets %3: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), a client without SNI gets a certificate for all %n host(s) probed.</source>
        <translation>
            <numerusform>Through ingress %1 (%2), a client without SNI gets a certificate for the %n host probed.</numerusform>
            <numerusform>Through ingress %1 (%2), a client without SNI gets a certificate for all %n hosts probed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingress %1 has no load-balancer address or cluster IP.</source>
        <translation>Ingress %1 has no load-balancer address or cluster IP.</translation>
    </message>
    <message>
        <source>This machine does not reach ingress %1 at %2 (%3): an internal load balancer or a private cluster. Its probes are marked unreachable, not refused.</source>
        <translation>This machine does not reach ingress %1 at %2 (%3): an internal load balancer or a private cluster. Its probes are marked unreachable, not refused.</translation>
    </message>
    <message>
        <source>Forward a local port to one of its pods and probe through it: %1</source>
        <translation>Forward a local port to one of its pods and probe through it: %1</translation>
    </message>
    <message numerus="yes">
        <source>Through ingress %1 (%2), %n host(s) fail the handshake even with their own SNI: %3. Check their environment group&apos;s host names and certificate.</source>
        <translation>
            <numerusform>Through ingress %1 (%2), %n host fails the handshake even with its own SNI: %3. Check its environment group&apos;s host names and certificate.</numerusform>
            <numerusform>Through ingress %1 (%2), %n hosts fail the handshake even with their own SNI: %3. Check their environment group&apos;s host names and certificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual host %1 (%2) has no wildcard route to list: no route has hostnames [&quot;*&quot;].</source>
        <translation>Virtual host %1 (%2) has no wildcard route to list: no route has hostnames [&quot;*&quot;].</translation>
    </message>
    <message>
        <source>Virtual host %1 (%2) does not list the wildcard route %3 in additionalGateways.</source>
        <translation>Virtual host %1 (%2) does not list the wildcard route %3 in additionalGateways.</translation>
    </message>
    <message>
        <source>served without SNI</source>
        <translation>served without SNI</translation>
    </message>
    <message>
        <source>refused without SNI</source>
        <translation>refused without SNI</translation>
    </message>
    <message>
        <source>fails with SNI too</source>
        <translation>fails with SNI too</translation>
    </message>
    <message>
        <source>unreachable from here</source>
        <translation>unreachable from here</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>not probed</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>load balancer</translation>
    </message>
    <message>
        <source>cluster IP</source>
        <translation>cluster IP</translation>
    </message>
    <message>
        <source>port-forward</source>
        <translation>port-forward</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>No host name to probe: the routes list no virtual host.</source>
        <translation>No host name to probe: the routes list no virtual host.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) of every host through every ingress:</source>
        <translation>
            <numerusform>%n probe of every host through every ingress:</numerusform>
            <numerusform>%n probes of every host through every ingress:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused without SNI, %2 served, %3 unreachable.</source>
        <translation>%1 refused without SNI, %2 served, %3 unreachable.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n host and ingress pair(s) refused before now serve clients without SNI.</source>
        <translation>
            <numerusform>Fixed: %n host and ingress pair refused before now serves clients without SNI.</numerusform>
            <numerusform>Fixed: %n host and ingress pairs refused before now serve clients without SNI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed yet: %n host and ingress pair(s) still refuse clients without SNI.</source>
        <translation>
            <numerusform>Not fixed yet: %n host and ingress pair still refuses clients without SNI.</numerusform>
            <numerusform>Not fixed yet: %n host and ingress pairs still refuse clients without SNI.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change in how clients without SNI are served.</source>
        <translation>No change in how clients without SNI are served.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeMatrixView</name>
    <message>
        <source>Every host through every ingress</source>
        <translation>Every host through every ingress</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 at %2:%3</translation>
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
        <translation>Before the fix</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>After the fix</translation>
    </message>
    <message>
        <source>Without SNI</source>
        <translation>Without SNI</translation>
    </message>
    <message>
        <source>This machine does not reach some ingress addresses (an internal load balancer or a private cluster): their probes are marked unreachable, not refused. Forward a local port to a pod and probe through it:</source>
        <translation>This machine does not reach some ingress addresses (an internal load balancer or a private cluster): their probes are marked unreachable, not refused. Forward a local port to a pod and probe through it:</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbePage</name>
    <message>
        <source>Attempt %1 of %2…</source>
        <translation>Attempt %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n attempt(s) against %1.</source>
        <translation>
            <numerusform>Done: %n attempt against %1.</numerusform>
            <numerusform>Done: %n attempts against %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the probe to get a verdict.</source>
        <translation>Run the probe to get a verdict.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Names: %3
Valid: %4 to %5
SHA-256: %6
%7</source>
        <translation>Subject: %1
Issuer: %2
Names: %3
Valid: %4 to %5
SHA-256: %6
%7</translation>
    </message>
    <message>
        <source>Verified against the trusted CAs.</source>
        <translation>Verified against the trusted CAs.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Not verified: %1</translation>
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
        <translation>CA certificates to verify against</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Step 4: Probe the endpoint with and without SNI</source>
        <translation>Step 4: Probe the endpoint with and without SNI</translation>
    </message>
    <message>
        <source>The decisive test of the runbook: does the ingress answer a client that sends no server name?</source>
        <translation>The decisive test of the runbook: does the ingress answer a client that sends no server name?</translation>
    </message>
    <message>
        <source>SNI Doctor opens three TLS connections to the same address: one that sends the host name as SNI, one that sends none, and one that sends a name no route can know. If only the first gets a certificate, clients without SNI are being reset.</source>
        <translation>SNI Doctor opens three TLS connections to the same address: one that sends the host name as SNI, one that sends none, and one that sends a name no route can know. If only the first gets a certificate, clients without SNI are being reset.</translation>
    </message>
    <message>
        <source>api-test.mydomain.com</source>
        <translation>api-test.mydomain.com</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>The API host name your clients call; it is sent as SNI.</source>
        <translation>The API host name your clients call; it is sent as SNI.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds per attempt</source>
        <translation>Timeout in seconds per attempt</translation>
    </message>
    <message>
        <source>Connect &amp;to (optional):</source>
        <translation>Connect &amp;to (optional):</translation>
    </message>
    <message>
        <source>Ingress IP address, e.g. 1.2.3.4</source>
        <translation>Ingress IP address, e.g. 1.2.3.4</translation>
    </message>
    <message>
        <source>Address to connect to</source>
        <translation>Address to connect to</translation>
    </message>
    <message>
        <source>Connect to this address instead of the host name&apos;s, like curl --resolve. Leave empty to use DNS.</source>
        <translation>Connect to this address instead of the host name&apos;s, like curl --resolve. Leave empty to use DNS.</translation>
    </message>
    <message>
        <source>C&amp;A file (optional):</source>
        <translation>C&amp;A file (optional):</translation>
    </message>
    <message>
        <source>System CAs</source>
        <translation>System CAs</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Browse for a CA file</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>&amp;Run probe</translation>
    </message>
    <message>
        <source>Run probe</source>
        <translation>Run probe</translation>
    </message>
    <message>
        <source>Stop the probe</source>
        <translation>Stop the probe</translation>
    </message>
    <message>
        <source>SNI sent</source>
        <translation>SNI sent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Probe results</source>
        <translation>Probe results</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Bytes sent / received</source>
        <translation>Bytes sent / received</translation>
    </message>
    <message>
        <source>H&amp;ost name:</source>
        <translation>H&amp;ost name:</translation>
    </message>
    <message>
        <source>Read as host %1, port %2.</source>
        <translation>Read as host %1, port %2.</translation>
    </message>
    <message>
        <source>Read as host %1, port %2; left out, as a TLS probe does not need them: %3.</source>
        <translation>Read as host %1, port %2; left out, as a TLS probe does not need them: %3.</translation>
    </message>
    <message>
        <source>From the routes of step 5.</source>
        <translation>From the routes of step 5.</translation>
    </message>
    <message numerus="yes">
        <source>From the routes of step 5; %n more host name(s) offered as you type.</source>
        <translation>
            <numerusform>From the routes of step 5; %n more host name offered as you type.</numerusform>
            <numerusform>From the routes of step 5; %n more host names offered as you type.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SniDoctor::ProbeText</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (unknown name)</source>
        <translation>%1 (unknown name)</translation>
    </message>
    <message>
        <source>Handshake OK</source>
        <translation>Handshake OK</translation>
    </message>
    <message>
        <source>Reset by peer (TCP RST)</source>
        <translation>Reset by peer (TCP RST)</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>TLS alert: %1</translation>
    </message>
    <message>
        <source>Closed without alert</source>
        <translation>Closed without alert</translation>
    </message>
    <message>
        <source>No answer (timeout)</source>
        <translation>No answer (timeout)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation>Name not resolved</translation>
    </message>
    <message>
        <source>Not TLS</source>
        <translation>Not TLS</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>a completed handshake</source>
        <translation>a completed handshake</translation>
    </message>
    <message>
        <source>a TCP reset (&quot;Connection reset by peer&quot;, ECONNRESET)</source>
        <translation>a TCP reset (&quot;Connection reset by peer&quot;, ECONNRESET)</translation>
    </message>
    <message>
        <source>a TLS alert %1</source>
        <translation>a TLS alert %1</translation>
    </message>
    <message>
        <source>the connection closed without a certificate</source>
        <translation>the connection closed without a certificate</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>no answer before the timeout</translation>
    </message>
    <message>
        <source>a refused connection (nothing listens on that port)</source>
        <translation>a refused connection (nothing listens on that port)</translation>
    </message>
    <message>
        <source>no route to the address</source>
        <translation>no route to the address</translation>
    </message>
    <message>
        <source>a name that does not resolve</source>
        <translation>a name that does not resolve</translation>
    </message>
    <message>
        <source>an answer that is not TLS (is this an HTTP port?)</source>
        <translation>an answer that is not TLS (is this an HTTP port?)</translation>
    </message>
    <message>
        <source>a canceled attempt</source>
        <translation>a canceled attempt</translation>
    </message>
    <message>
        <source>Clients without SNI are refused</source>
        <translation>Clients without SNI are refused</translation>
    </message>
    <message>
        <source>Clients without SNI get a certificate</source>
        <translation>Clients without SNI get a certificate</translation>
    </message>
    <message>
        <source>Even clients with SNI are refused</source>
        <translation>Even clients with SNI are refused</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached</source>
        <translation>The endpoint cannot be reached</translation>
    </message>
    <message>
        <source>The certificate sent without SNI does not cover the host name</source>
        <translation>The certificate sent without SNI does not cover the host name</translation>
    </message>
    <message>
        <source>With SNI %1 the handshake completes; without SNI it ends in %2. Non-SNI clients are not enabled: no wildcard ApigeeRoute (hostnames [&quot;*&quot;], enableNonSniClient: true) serves this ingress. With an unknown name: %3.</source>
        <translation>With SNI %1 the handshake completes; without SNI it ends in %2. Non-SNI clients are not enabled: no wildcard ApigeeRoute (hostnames [&quot;*&quot;], enableNonSniClient: true) serves this ingress. With an unknown name: %3.</translation>
    </message>
    <message>
        <source>Without SNI the ingress returns the certificate %1, issued by %2 (SHA-256 %3): a wildcard route serves clients that send no SNI.</source>
        <translation>Without SNI the ingress returns the certificate %1, issued by %2 (SHA-256 %3): a wildcard route serves clients that send no SNI.</translation>
    </message>
    <message>
        <source>Unknown host names are served too.</source>
        <translation>Unknown host names are served too.</translation>
    </message>
    <message>
        <source>An unknown host name gets %1.</source>
        <translation>An unknown host name gets %1.</translation>
    </message>
    <message>
        <source>With SNI %1 the handshake ends in %2. This is not the non-SNI problem: check that the host name belongs to an environment group, that its ApigeeRoute is running, and the virtual host&apos;s certificate.</source>
        <translation>With SNI %1 the handshake ends in %2. This is not the non-SNI problem: check that the host name belongs to an environment group, that its ApigeeRoute is running, and the virtual host&apos;s certificate.</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>Connecting to %1 gave %2. Check the host name or address, the port, firewalls, and that the ingress service is exposed. (%3)</source>
        <translation>Connecting to %1 gave %2. Check the host name or address, the port, firewalls, and that the ingress service is exposed. (%3)</translation>
    </message>
    <message>
        <source>Without SNI the ingress sends %2, whose names (%3) do not include %1. Clients that check the host name will reject it: give the wildcard route the credential of a virtual host that covers this name.</source>
        <translation>Without SNI the ingress sends %2, whose names (%3) do not include %1. Clients that check the host name will reject it: give the wildcard route the credential of a virtual host that covers this name.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The probe was canceled before it could decide.</source>
        <translation>The probe was canceled before it could decide.</translation>
    </message>
    <message>
        <source>No conclusion: the probe did not run.</source>
        <translation>No conclusion: the probe did not run.</translation>
    </message>
    <message>
        <source>Non-SNI clients are not enabled: %1 answers a handshake with SNI but ends one without SNI in %2.</source>
        <translation>Non-SNI clients are not enabled: %1 answers a handshake with SNI but ends one without SNI in %2.</translation>
    </message>
    <message>
        <source>Non-SNI clients are enabled: %1 returns a certificate without SNI.</source>
        <translation>Non-SNI clients are enabled: %1 returns a certificate without SNI.</translation>
    </message>
    <message>
        <source>Run the probe to get a verdict.</source>
        <translation>Run the probe to get a verdict.</translation>
    </message>
    <message>
        <source>A wildcard route is in place. If a client is still reset, find its connections in the ingress access logs (step 2) or in a packet capture (step 3): it may reach another ingress, or fail for another reason.</source>
        <translation>A wildcard route is in place. If a client is still reset, find its connections in the ingress access logs (step 2) or in a packet capture (step 3): it may reach another ingress, or fail for another reason.</translation>
    </message>
    <message>
        <source>Fix the handshake with SNI first: compare the host name with the environment group&apos;s hostnames and check the virtual host&apos;s ApigeeRoute (step 5).</source>
        <translation>Fix the handshake with SNI first: compare the host name with the environment group&apos;s hostnames and check the virtual host&apos;s ApigeeRoute (step 5).</translation>
    </message>
    <message>
        <source>Make sure this machine can reach the ingress (same network, VPN, firewall), or enter the ingress IP address in &quot;Connect to&quot;.</source>
        <translation>Make sure this machine can reach the ingress (same network, VPN, firewall), or enter the ingress IP address in &quot;Connect to&quot;.</translation>
    </message>
    <message>
        <source>Check the Apigee routes (step 5): one route must have hostnames [&quot;*&quot;] and enableNonSniClient: true, and every virtual host must list it in additionalGateways in overrides.yaml (step 6).</source>
        <translation>Check the Apigee routes (step 5): one route must have hostnames [&quot;*&quot;] and enableNonSniClient: true, and every virtual host must list it in additionalGateways in overrides.yaml (step 6).</translation>
    </message>
    <message>
        <source>Ended on this side (no alert from the peer)</source>
        <translation>Ended on this side (no alert from the peer)</translation>
    </message>
    <message>
        <source>Ended on this side with the TLS alert %1 (none from the peer)</source>
        <translation>Ended on this side with the TLS alert %1 (none from the peer)</translation>
    </message>
    <message>
        <source>a handshake this machine ended (no alert came from the peer)</source>
        <translation>a handshake this machine ended (no alert came from the peer)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ResolutionPage</name>
    <message>
        <source>Save the ApigeeRoute</source>
        <translation>Save the ApigeeRoute</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Save the overrides.yaml change</source>
        <translation>Save the overrides.yaml change</translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation>Patches (*.patch *.diff);;All files (*)</translation>
    </message>
    <message>
        <source>Run the probe once first (step 4): Verify probes the same endpoint again.</source>
        <translation>Run the probe once first (step 4): Verify probes the same endpoint again.</translation>
    </message>
    <message>
        <source>Probing %1 again with and without SNI…</source>
        <translation>Probing %1 again with and without SNI…</translation>
    </message>
    <message>
        <source>Verified: a client without SNI now gets a certificate from %1. Clients without SNI are served.</source>
        <translation>Verified: a client without SNI now gets a certificate from %1. Clients without SNI are served.</translation>
    </message>
    <message>
        <source>Not fixed yet: %1 still refuses a client without SNI. Check that the route is running and the virtual hosts were applied, then verify again.</source>
        <translation>Not fixed yet: %1 still refuses a client without SNI. Check that the route is running and the virtual hosts were applied, then verify again.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Not saved: %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Step 7: Verdict and fix</source>
        <translation>Step 7: Verdict and fix</translation>
    </message>
    <message>
        <source>One verdict from every step you ran, the evidence behind it, and the change that fixes it.</source>
        <translation>One verdict from every step you ran, the evidence behind it, and the change that fixes it.</translation>
    </message>
    <message>
        <source>SNI Doctor combines what the steps found. The generated route and overrides.yaml change are checked by the same validators as steps 5 and 6. Nothing is applied from here: run the commands yourself, a dry run first, then Verify.</source>
        <translation>SNI Doctor combines what the steps found. The generated route and overrides.yaml change are checked by the same validators as steps 5 and 6. Nothing is applied from here: run the commands yourself, a dry run first, then Verify.</translation>
    </message>
    <message>
        <source>Evidence behind the verdict</source>
        <translation>Evidence behind the verdict</translation>
    </message>
    <message>
        <source>Name of the wildcard route to create</source>
        <translation>Name of the wildcard route to create</translation>
    </message>
    <message>
        <source>Ins&amp;talled with:</source>
        <translation>Ins&amp;talled with:</translation>
    </message>
    <message>
        <source>Helm (hybrid 1.12 and later)</source>
        <translation>Helm (hybrid 1.12 and later)</translation>
    </message>
    <message>
        <source>apigeectl (hybrid 1.11 and earlier)</source>
        <translation>apigeectl (hybrid 1.11 and earlier)</translation>
    </message>
    <message>
        <source>Tool Apigee hybrid was installed with</source>
        <translation>Tool Apigee hybrid was installed with</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the ApigeeRoute</source>
        <translation>Copy the ApigeeRoute</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the ApigeeRoute to a file</source>
        <translation>Save the ApigeeRoute to a file</translation>
    </message>
    <message>
        <source>Copy the overrides.yaml change</source>
        <translation>Copy the overrides.yaml change</translation>
    </message>
    <message>
        <source>Save the overrides.yaml change as a patch</source>
        <translation>Save the overrides.yaml change as a patch</translation>
    </message>
    <message>
        <source>&amp;Verify: probe again without SNI</source>
        <translation>&amp;Verify: probe again without SNI</translation>
    </message>
    <message>
        <source>Probe the endpoint again to verify the fix</source>
        <translation>Probe the endpoint again to verify the fix</translation>
    </message>
    <message>
        <source>Stop verifying</source>
        <translation>Stop verifying</translation>
    </message>
    <message>
        <source>Run some of the steps first.</source>
        <translation>Run some of the steps first.</translation>
    </message>
    <message>
        <source>Confidence: %1. Steps run: %2.</source>
        <translation>Confidence: %1. Steps run: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Says otherwise: %1</source>
        <translation>Says otherwise: %1</translation>
    </message>
    <message>
        <source>ApigeeRoute (%1.yaml)</source>
        <translation>ApigeeRoute (%1.yaml)</translation>
    </message>
    <message>
        <source>ApigeeRoute %1 (no change)</source>
        <translation>ApigeeRoute %1 (no change)</translation>
    </message>
    <message>
        <source>overrides.yaml change</source>
        <translation>overrides.yaml change</translation>
    </message>
    <message>
        <source>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</source>
        <translation>The wildcard route %1 exists and enables clients without SNI: it stays as it is.</translation>
    </message>
    <message>
        <source>Open overrides.yaml in step 6 to get the change to it here.</source>
        <translation>Open overrides.yaml in step 6 to get the change to it here.</translation>
    </message>
    <message>
        <source>overrides.yaml already lists %1 in every virtual host.</source>
        <translation>overrides.yaml already lists %1 in every virtual host.</translation>
    </message>
    <message>
        <source>Checked: the route and the overrides.yaml change pass SNI Doctor&apos;s own validators.</source>
        <translation>Checked: the route and the overrides.yaml change pass SNI Doctor&apos;s own validators.</translation>
    </message>
    <message>
        <source>Check before applying: %1.</source>
        <translation>Check before applying: %1.</translation>
    </message>
    <message>
        <source>credentialName is a placeholder: replace it with the TLS secret of a virtual host (kubectl -n apigee get apigeeroutes -o yaml | grep credentialName).</source>
        <translation>credentialName is a placeholder: replace it with the TLS secret of a virtual host (kubectl -n apigee get apigeeroutes -o yaml | grep credentialName).</translation>
    </message>
    <message>
        <source>Add the route by hand to: %1.</source>
        <translation>Add the route by hand to: %1.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>No evidence yet.</translation>
    </message>
    <message>
        <source>Apply to the cluster</source>
        <translation>Apply to the cluster</translation>
    </message>
    <message>
        <source>Apply the ApigeeRoute %1 to namespace %2 of context %3? This changes the cluster. The virtual hosts still need the overrides.yaml change, applied with your tooling.</source>
        <translation>Apply the ApigeeRoute %1 to namespace %2 of context %3? This changes the cluster. The virtual hosts still need the overrides.yaml change, applied with your tooling.</translation>
    </message>
    <message>
        <source>Dry run on the cluster…</source>
        <translation>Dry run on the cluster…</translation>
    </message>
    <message>
        <source>Applying to the cluster…</source>
        <translation>Applying to the cluster…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Not connected: the credential plugin was not run.</translation>
    </message>
    <message>
        <source>Dry run passed: the API server accepts the route %1. Nothing was changed.</source>
        <translation>Dry run passed: the API server accepts the route %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Applied: the route %1 is in the cluster. Apply the virtual hosts, then Verify.</source>
        <translation>Applied: the route %1 is in the cluster. Apply the virtual hosts, then Verify.</translation>
    </message>
    <message>
        <source>&amp;Dry run on the cluster</source>
        <translation>&amp;Dry run on the cluster</translation>
    </message>
    <message>
        <source>Check the route with the cluster&apos;s API server without changing anything</source>
        <translation>Check the route with the cluster&apos;s API server without changing anything</translation>
    </message>
    <message>
        <source>&amp;Apply to the cluster…</source>
        <translation>&amp;Apply to the cluster…</translation>
    </message>
    <message>
        <source>Apply the route to the cluster, after confirming</source>
        <translation>Apply the route to the cluster, after confirming</translation>
    </message>
    <message>
        <source>Review (read-only): the verdict from the collected files. Nothing is run against a cluster.</source>
        <translation>Review (read-only): the verdict from the collected files. Nothing is run against a cluster.</translation>
    </message>
    <message>
        <source>Evi&amp;dence (click a step to see it again):</source>
        <translation>Evi&amp;dence (click a step to see it again):</translation>
    </message>
    <message>
        <source>Route na&amp;me:</source>
        <translation>Route na&amp;me:</translation>
    </message>
    <message>
        <source>Diagnosing again: every host through every ingress, with and without SNI…</source>
        <translation>Diagnosing again: every host through every ingress, with and without SNI…</translation>
    </message>
    <message>
        <source>Every &amp;host through every ingress (automatic diagnosis):</source>
        <translation>Every &amp;host through every ingress (automatic diagnosis):</translation>
    </message>
    <message>
        <source>&amp;Verify: diagnose again automatically</source>
        <translation>&amp;Verify: diagnose again automatically</translation>
    </message>
    <message>
        <source>Diagnose again: every host through every ingress</source>
        <translation>Diagnose again: every host through every ingress</translation>
    </message>
    <message>
        <source>Before the fix: %1</source>
        <translation>Before the fix: %1</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ReviewSummaryPage</name>
    <message>
        <source>(confidence: %1; step 7 explains it)</source>
        <translation>(confidence: %1; step 7 explains it)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>not used: %1</translation>
    </message>
    <message>
        <source>not used: %1 has a result already</source>
        <translation>not used: %1 has a result already</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>Files &amp;opened: %1 of %2 used for the steps.</source>
        <translation>Files &amp;opened: %1 of %2 used for the steps.</translation>
    </message>
    <message>
        <source>%1: a bundle of SNI Doctor %2 made %3; all %4 files match its manifest (SHA-256).</source>
        <translation>%1: a bundle of SNI Doctor %2 made %3; all %4 files match its manifest (SHA-256).</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 files match the bundle&apos;s manifest: it was changed or damaged after it was made.</source>
        <translation>%1: only %2 of %3 files match the bundle&apos;s manifest: it was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>No bundle manifest: the files cannot be checked against the ones collected.</source>
        <translation>No bundle manifest: the files cannot be checked against the ones collected.</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Nothing was refused.</translation>
    </message>
    <message>
        <source>Every step was collected.</source>
        <translation>Every step was collected.</translation>
    </message>
    <message>
        <source>(The admin left no notes.)</source>
        <translation>(The admin left no notes.)</translation>
    </message>
    <message>
        <source>What the collected files hold</source>
        <translation>What the collected files hold</translation>
    </message>
    <message>
        <source>Read-only: nothing was executed and the network was not used. Next goes through each step as the files show it.</source>
        <translation>Read-only: nothing was executed and the network was not used. Next goes through each step as the files show it.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Recognised as</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Files opened</source>
        <translation>Files opened</translation>
    </message>
    <message>
        <source>The admin&apos;s no&amp;tes:</source>
        <translation>The admin&apos;s no&amp;tes:</translation>
    </message>
    <message>
        <source>The admin&apos;s notes</source>
        <translation>The admin&apos;s notes</translation>
    </message>
    <message>
        <source>&amp;Print verdict…</source>
        <translation>&amp;Print verdict…</translation>
    </message>
    <message>
        <source>Print the verdict on one page</source>
        <translation>Print the verdict on one page</translation>
    </message>
    <message>
        <source>Save verdict as P&amp;DF…</source>
        <translation>Save verdict as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the verdict as a one-page PDF</source>
        <translation>Save the verdict as a one-page PDF</translation>
    </message>
</context>
<context>
    <name>SniDoctor::ReviewText</name>
    <message>
        <source>%1 is larger than %2 MiB: not read.</source>
        <translation>%1 is larger than %2 MiB: not read.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: refused: an absolute path could write anywhere on the disk.</source>
        <translation>%1: refused: an absolute path could write anywhere on the disk.</translation>
    </message>
    <message>
        <source>%1: refused: a &quot;..&quot; in the path leaves the review folder.</source>
        <translation>%1: refused: a &quot;..&quot; in the path leaves the review folder.</translation>
    </message>
    <message>
        <source>%1: refused: a link to %2, outside the archive.</source>
        <translation>%1: refused: a link to %2, outside the archive.</translation>
    </message>
    <message>
        <source>%1: refused: not a file (a device, a FIFO or a socket).</source>
        <translation>%1: refused: not a file (a device, a FIFO or a socket).</translation>
    </message>
    <message>
        <source>%1: refused: it unpacks to more than %2 MiB.</source>
        <translation>%1: refused: it unpacks to more than %2 MiB.</translation>
    </message>
    <message>
        <source>%1: refused with the rest of the archive: all together it unpacks to more than %2 MiB.</source>
        <translation>%1: refused with the rest of the archive: all together it unpacks to more than %2 MiB.</translation>
    </message>
    <message>
        <source>%1: refused with the rest of the archive: it unpacks to more than %2 times the archive&apos;s size (a decompression bomb?).</source>
        <translation>%1: refused with the rest of the archive: it unpacks to more than %2 times the archive&apos;s size (a decompression bomb?).</translation>
    </message>
    <message>
        <source>%1: refused from this entry on: more than %2 entries.</source>
        <translation>%1: refused from this entry on: more than %2 entries.</translation>
    </message>
    <message>
        <source>%1: the archive is damaged: %2. What came before was kept.</source>
        <translation>%1: the archive is damaged: %2. What came before was kept.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: its SHA-256 is not the one in manifest.json: the bundle was changed or damaged after it was made.</source>
        <translation>%1: its SHA-256 is not the one in manifest.json: the bundle was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>%1: its size is not the one in manifest.json (%2 bytes): the bundle was changed or damaged after it was made.</source>
        <translation>%1: its size is not the one in manifest.json (%2 bytes): the bundle was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>%1: listed in manifest.json but missing from the bundle.</source>
        <translation>%1: listed in manifest.json but missing from the bundle.</translation>
    </message>
    <message>
        <source>%1: not listed in manifest.json: added after the bundle was made.</source>
        <translation>%1: not listed in manifest.json: added after the bundle was made.</translation>
    </message>
    <message>
        <source>%1: an archive inside an archive is not opened; open it on its own.</source>
        <translation>%1: an archive inside an archive is not opened; open it on its own.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Canceled: nothing was reviewed.</source>
        <translation>Canceled: nothing was reviewed.</translation>
    </message>
    <message>
        <source>Packet capture (pcap or pcapng)</source>
        <translation>Packet capture (pcap or pcapng)</translation>
    </message>
    <message>
        <source>Ingress access log</source>
        <translation>Ingress access log</translation>
    </message>
    <message numerus="yes">
        <source>ApigeeRoutes (kubectl get apigeeroutes): %n route(s)</source>
        <translation>
            <numerusform>ApigeeRoutes (kubectl get apigeeroutes): %n route</numerusform>
            <numerusform>ApigeeRoutes (kubectl get apigeeroutes): %n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>overrides.yaml</source>
        <translation>overrides.yaml</translation>
    </message>
    <message>
        <source>kubeconfig: never used to connect in review</source>
        <translation>kubeconfig: never used to connect in review</translation>
    </message>
    <message>
        <source>kubeconfig: never used to connect in review; its exec plugin (%1) is not run</source>
        <translation>kubeconfig: never used to connect in review; its exec plugin (%1) is not run</translation>
    </message>
    <message>
        <source>PEM certificate: %1, valid until %2</source>
        <translation>PEM certificate: %1, valid until %2</translation>
    </message>
    <message>
        <source>Private key: not read and not shown (it should not have been collected)</source>
        <translation>Private key: not read and not shown (it should not have been collected)</translation>
    </message>
    <message>
        <source>SNI Doctor probe result</source>
        <translation>SNI Doctor probe result</translation>
    </message>
    <message>
        <source>SNI Doctor access-log analysis</source>
        <translation>SNI Doctor access-log analysis</translation>
    </message>
    <message>
        <source>SNI Doctor capture analysis</source>
        <translation>SNI Doctor capture analysis</translation>
    </message>
    <message>
        <source>SNI Doctor routes result</source>
        <translation>SNI Doctor routes result</translation>
    </message>
    <message>
        <source>SNI Doctor overrides.yaml check</source>
        <translation>SNI Doctor overrides.yaml check</translation>
    </message>
    <message>
        <source>SNI Doctor diagnosis (diagnose --json): %1</source>
        <translation>SNI Doctor diagnosis (diagnose --json): %1</translation>
    </message>
    <message>
        <source>SNI Doctor verdict as exported: %1</source>
        <translation>SNI Doctor verdict as exported: %1</translation>
    </message>
    <message>
        <source>Saved SNI Doctor session</source>
        <translation>Saved SNI Doctor session</translation>
    </message>
    <message>
        <source>Bundle manifest (sizes and SHA-256 of every file)</source>
        <translation>Bundle manifest (sizes and SHA-256 of every file)</translation>
    </message>
    <message numerus="yes">
        <source>List of redactions: %n secret(s) removed</source>
        <translation>
            <numerusform>List of redactions: %n secret removed</numerusform>
            <numerusform>List of redactions: %n secrets removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix made by SNI Doctor (not evidence)</source>
        <translation>Fix made by SNI Doctor (not evidence)</translation>
    </message>
    <message>
        <source>Description of route %1</source>
        <translation>Description of route %1</translation>
    </message>
    <message>
        <source>kubectl table</source>
        <translation>kubectl table</translation>
    </message>
    <message>
        <source>Notes for support</source>
        <translation>Notes for support</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Environment groups</source>
        <translation>Environment groups</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Empty file</translation>
    </message>
    <message>
        <source>Not recognised (a compressed file that is not an access log)</source>
        <translation>Not recognised (a compressed file that is not an access log)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>%1 is not a usable SNI Doctor session: %2</source>
        <translation>%1 is not a usable SNI Doctor session: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>expected &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>saved by a newer version (%1).</source>
        <translation>saved by a newer version (%1).</translation>
    </message>
    <message>
        <source>Cannot save the session to %1: %2</source>
        <translation>Cannot save the session to %1: %2</translation>
    </message>
    <message>
        <source>larger than 256 MiB.</source>
        <translation>larger than 256 MiB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what SNI Doctor writes for %2.</source>
        <translation>&quot;%1&quot; is not what SNI Doctor writes for %2.</translation>
    </message>
    <message>
        <source>Not read: YAML nested more than 64 deep or whose aliases expand to more than 8,000,000 values</source>
        <translation>Not read: YAML nested more than 64 deep or whose aliases expand to more than 8,000,000 values</translation>
    </message>
    <message>
        <source>%1: the archive holds two entries of this name, which no bundle of this tool does: it was tampered with, and nothing of it is used.</source>
        <translation>%1: the archive holds two entries of this name, which no bundle of this tool does: it was tampered with, and nothing of it is used.</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>the environment groups</source>
        <translation>the environment groups</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>every step</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RouteText</name>
    <message>
        <source>No wildcard route</source>
        <translation>No wildcard route</translation>
    </message>
    <message>
        <source>More than one wildcard route</source>
        <translation>More than one wildcard route</translation>
    </message>
    <message>
        <source>The wildcard route does not enable non-SNI clients</source>
        <translation>The wildcard route does not enable non-SNI clients</translation>
    </message>
    <message>
        <source>The wildcard route is not attached to every virtual host</source>
        <translation>The wildcard route is not attached to every virtual host</translation>
    </message>
    <message>
        <source>The wildcard route is not running</source>
        <translation>The wildcard route is not running</translation>
    </message>
    <message>
        <source>Non-SNI clients are enabled by the routes</source>
        <translation>Non-SNI clients are enabled by the routes</translation>
    </message>
    <message>
        <source>None of the %1 ApigeeRoutes (%2) has hostnames [&quot;*&quot;]: clients that send no SNI find no filter chain and are reset. Create a wildcard route with enableNonSniClient: true.</source>
        <translation>None of the %1 ApigeeRoutes (%2) has hostnames [&quot;*&quot;]: clients that send no SNI find no filter chain and are reset. Create a wildcard route with enableNonSniClient: true.</translation>
    </message>
    <message>
        <source>These routes all have hostnames [&quot;*&quot;]: %1. Apigee&apos;s documentation allows one; delete all but one.</source>
        <translation>These routes all have hostnames [&quot;*&quot;]: %1. Apigee&apos;s documentation allows one; delete all but one.</translation>
    </message>
    <message>
        <source>The route %1 has hostnames [&quot;*&quot;] but enableNonSniClient is %2: set it to true and apply the route again.</source>
        <translation>The route %1 has hostnames [&quot;*&quot;] but enableNonSniClient is %2: set it to true and apply the route again.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>These virtual-host routes do not list %1 in additionalGateways: %2. Add it to additionalGateways of each virtual host in overrides.yaml and apply the virtual hosts.</source>
        <translation>These virtual-host routes do not list %1 in additionalGateways: %2. Add it to additionalGateways of each virtual host in overrides.yaml and apply the virtual hosts.</translation>
    </message>
    <message>
        <source>The route %1 is in state %2, not running. %3</source>
        <translation>The route %1 is in state %2, not running. %3</translation>
    </message>
    <message>
        <source>The wildcard route %1 has enableNonSniClient: true, is running, and every virtual host lists it in additionalGateways.</source>
        <translation>The wildcard route %1 has enableNonSniClient: true, is running, and every virtual host lists it in additionalGateways.</translation>
    </message>
    <message>
        <source>No routes to analyze.</source>
        <translation>No routes to analyze.</translation>
    </message>
    <message>
        <source>The routes are right. If clients are still reset, probe the endpoint without SNI (step 4): they may reach another ingress.</source>
        <translation>The routes are right. If clients are still reset, probe the endpoint without SNI (step 4): they may reach another ingress.</translation>
    </message>
    <message>
        <source>Fix the routes as described, check overrides.yaml (step 6), then probe again without SNI (step 4).</source>
        <translation>Fix the routes as described, check overrides.yaml (step 6), then probe again without SNI (step 4).</translation>
    </message>
    <message>
        <source>Ingress gateway pods are not ready</source>
        <translation>Ingress gateway pods are not ready</translation>
    </message>
    <message>
        <source>No pod with the label app=apigee-ingressgateway in this namespace: check the namespace.</source>
        <translation>No pod with the label app=apigee-ingressgateway in this namespace: check the namespace.</translation>
    </message>
    <message>
        <source>Of %1 ingress gateway pods, these are not running with every container ready: %2.</source>
        <translation>Of %1 ingress gateway pods, these are not running with every container ready: %2.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RoutesPage</name>
    <message>
        <source>Saved kubectl get apigeeroutes output</source>
        <translation>Saved kubectl get apigeeroutes output</translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML or JSON (*.yaml *.yml *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>%1 (unusable)</source>
        <translation>%1 (unusable)</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Not connected: the credential plugin was not run.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n route(s) from %1.</source>
        <translation>
            <numerusform>Read %n route from %1.</numerusform>
            <numerusform>Read %n routes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n route(s) from the cluster.</source>
        <translation>
            <numerusform>Read %n route from the cluster.</numerusform>
            <numerusform>Read %n routes from the cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnames</translation>
    </message>
    <message>
        <source>TLS credential</source>
        <translation>TLS credential</translation>
    </message>
    <message>
        <source>Connect to the cluster or load saved kubectl output to check the routes.</source>
        <translation>Connect to the cluster or load saved kubectl output to check the routes.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Step 5: Check the Apigee routes</source>
        <translation>Step 5: Check the Apigee routes</translation>
    </message>
    <message>
        <source>Clients without SNI are served only by a wildcard ApigeeRoute (hostnames [&quot;*&quot;]) with enableNonSniClient: true, listed in additionalGateways of every virtual host.</source>
        <translation>Clients without SNI are served only by a wildcard ApigeeRoute (hostnames [&quot;*&quot;]) with enableNonSniClient: true, listed in additionalGateways of every virtual host.</translation>
    </message>
    <message>
        <source>Connect with your kubeconfig, as kubectl does, or load what kubectl get apigeeroutes -o yaml printed. SNI Doctor reads the routes and says what is missing. Nothing in the cluster is changed.</source>
        <translation>Connect with your kubeconfig, as kubectl does, or load what kubectl get apigeeroutes -o yaml printed. SNI Doctor reads the routes and says what is missing. Nothing in the cluster is changed.</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig:</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Kubeconfig file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Browse for a kubeconfig</source>
        <translation>Browse for a kubeconfig</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Con&amp;text:</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Kubeconfig context</translation>
    </message>
    <message>
        <source>Namespace of the routes</source>
        <translation>Namespace of the routes</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to the cluster</source>
        <translation>Connect to the cluster</translation>
    </message>
    <message>
        <source>Load saved kubectl output</source>
        <translation>Load saved kubectl output</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Stop connecting</translation>
    </message>
    <message>
        <source>Apigee routes</source>
        <translation>Apigee routes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Events of the routes (as kubectl describe shows them):</source>
        <translation>&amp;Events of the routes (as kubectl describe shows them):</translation>
    </message>
    <message>
        <source>Events of the routes</source>
        <translation>Events of the routes</translation>
    </message>
    <message>
        <source>Fetch the ingress pods&apos; logs of this cluster into step 2</source>
        <translation>Fetch the ingress pods&apos; logs of this cluster into step 2</translation>
    </message>
    <message>
        <source>Reads the access log of every ingress gateway pod of this namespace and analyzes it on the logs page (step 2).</source>
        <translation>Reads the access log of every ingress gateway pod of this namespace and analyzes it on the logs page (step 2).</translation>
    </message>
    <message>
        <source>Warning: the cluster&apos;s certificate was not verified (insecure-skip-tls-verify in the kubeconfig): anyone between you and the cluster could have answered.</source>
        <translation>Warning: the cluster&apos;s certificate was not verified (insecure-skip-tls-verify in the kubeconfig): anyone between you and the cluster could have answered.</translation>
    </message>
    <message>
        <source>The ingress gateway pods could not be listed: %1</source>
        <translation>The ingress gateway pods could not be listed: %1</translation>
    </message>
    <message>
        <source>Ingress gateway &amp;pods (kubectl get pods -l app=apigee-ingressgateway):</source>
        <translation>Ingress gateway &amp;pods (kubectl get pods -l app=apigee-ingressgateway):</translation>
    </message>
    <message>
        <source>Ingress gateway pods</source>
        <translation>Ingress gateway pods</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mespace:</translation>
    </message>
    <message>
        <source>Loa&amp;d from file…</source>
        <translation>Loa&amp;d from file…</translation>
    </message>
    <message>
        <source>Fetch ingress lo&amp;gs</source>
        <translation>Fetch ingress lo&amp;gs</translation>
    </message>
    <message>
        <source>The routes&apos; events could not be listed, so they are shown without them: %1</source>
        <translation>The routes&apos; events could not be listed, so they are shown without them: %1</translation>
    </message>
</context>
<context>
    <name>SniDoctor::RunbookPage</name>
    <message>
        <source>Canceled: no result.</source>
        <translation>Canceled: no result.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Canceling…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Show the whole message</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>The whole message</translation>
    </message>
</context>
<context>
    <name>SniDoctor::StepPage</name>
    <message>
        <source>Review (read-only): from %1.</source>
        <translation>Review (read-only): from %1.</translation>
    </message>
    <message>
        <source>Review (read-only).</source>
        <translation>Review (read-only).</translation>
    </message>
    <message>
        <source>Not collected. Ask the admin for: %1</source>
        <translation>Not collected. Ask the admin for: %1</translation>
    </message>
    <message>
        <source>What this step checks: %1</source>
        <translation>What this step checks: %1</translation>
    </message>
    <message>
        <source>Not collected: the files hold no result of this step (the subtitle above says what to ask the admin for).</source>
        <translation>Not collected: the files hold no result of this step (the subtitle above says what to ask the admin for).</translation>
    </message>
</context>
<context>
    <name>SniDoctor::StepText</name>
    <message>
        <source>Ingress access logs</source>
        <translation>Ingress access logs</translation>
    </message>
    <message>
        <source>Step 2 (ingress access logs)</source>
        <translation>Step 2 (ingress access logs)</translation>
    </message>
    <message>
        <source>Refused clients in the ingress gateway&apos;s access logs (kubectl logs).</source>
        <translation>Refused clients in the ingress gateway&apos;s access logs (kubectl logs).</translation>
    </message>
    <message>
        <source>Packet capture</source>
        <translation>Packet capture</translation>
    </message>
    <message>
        <source>Step 3 (packet capture)</source>
        <translation>Step 3 (packet capture)</translation>
    </message>
    <message>
        <source>ClientHellos without SNI and the ingress&apos;s answer, from a tcpdump file.</source>
        <translation>ClientHellos without SNI and the ingress&apos;s answer, from a tcpdump file.</translation>
    </message>
    <message>
        <source>Probe the endpoint</source>
        <translation>Probe the endpoint</translation>
    </message>
    <message>
        <source>Step 4 (probe without SNI)</source>
        <translation>Step 4 (probe without SNI)</translation>
    </message>
    <message>
        <source>Handshakes with and without SNI, like openssl s_client -noservername.</source>
        <translation>Handshakes with and without SNI, like openssl s_client -noservername.</translation>
    </message>
    <message>
        <source>Apigee routes</source>
        <translation>Apigee routes</translation>
    </message>
    <message>
        <source>Step 5 (Apigee routes)</source>
        <translation>Step 5 (Apigee routes)</translation>
    </message>
    <message>
        <source>The ApigeeRoutes: a wildcard route, enabled and attached.</source>
        <translation>The ApigeeRoutes: a wildcard route, enabled and attached.</translation>
    </message>
    <message>
        <source>overrides.yaml</source>
        <translation>overrides.yaml</translation>
    </message>
    <message>
        <source>Step 6 (overrides.yaml)</source>
        <translation>Step 6 (overrides.yaml)</translation>
    </message>
    <message>
        <source>overrides.yaml: every virtual host lists the wildcard route in additionalGateways.</source>
        <translation>overrides.yaml: every virtual host lists the wildcard route in additionalGateways.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::TlsProbe</name>
    <message>
        <source>Enter the API host name to probe.</source>
        <translation>Enter the API host name to probe.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>The timeout must be at least one second.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: expected PEM certificates. %2</source>
        <translation>Cannot read the CA file %1: expected PEM certificates. %2</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist. Check the path, or leave the field empty to use the system&apos;s CAs.</source>
        <translation>The CA file %1 does not exist. Check the path, or leave the field empty to use the system&apos;s CAs.</translation>
    </message>
    <message>
        <source>The CA file %1 is a folder: choose the PEM file of the CA certificates.</source>
        <translation>The CA file %1 is a folder: choose the PEM file of the CA certificates.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Cannot read the CA file %1: %2</translation>
    </message>
</context>
<context>
    <name>SniDoctor::VerdictPanel</name>
    <message>
        <source>What it means: %1</source>
        <translation>What it means: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>The inputs were changed after this result: it is the answer to the earlier ones. Run the step again for these.</source>
        <translation>The inputs were changed after this result: it is the answer to the earlier ones. Run the step again for these.</translation>
    </message>
</context>
<context>
    <name>SniDoctor::VerdictPrint</name>
    <message>
        <source>SNI Doctor: the verdict</source>
        <translation>SNI Doctor: the verdict</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>Cannot write %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Print the verdict</source>
        <translation>Print the verdict</translation>
    </message>
    <message>
        <source>Save the verdict as PDF</source>
        <translation>Save the verdict as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SniDoctor::WatchPanel</name>
    <message>
        <source>Connecting to the cluster…</source>
        <translation>Connecting to the cluster…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Not connected: the credential plugin was not run.</translation>
    </message>
    <message>
        <source>Listing the ingress pods in %1…</source>
        <translation>Listing the ingress pods in %1…</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n ingress pod(s) in %1: run the failing client now. Connections logged: %2, refused: %3.</source>
        <translation>
            <numerusform>Watching %n ingress pod in %1: run the failing client now. Connections logged: %2, refused: %3.</numerusform>
            <numerusform>Watching %n ingress pods in %1: run the failing client now. Connections logged: %2, refused: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the watch began.</source>
        <translation>Stopped before the watch began.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n connection(s) logged, %1 refused. Added to step 2 as evidence.</source>
        <translation>
            <numerusform>Stopped: %n connection logged, %1 refused. Added to step 2 as evidence.</numerusform>
            <numerusform>Stopped: %n connections logged, %1 refused. Added to step 2 as evidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no connection was logged while watching; step 2 is unchanged.</source>
        <translation>Stopped: no connection was logged while watching; step 2 is unchanged.</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>&amp;Watch live</translation>
    </message>
    <message>
        <source>Watch the ingress pods&apos; logs live</source>
        <translation>Watch the ingress pods&apos; logs live</translation>
    </message>
    <message>
        <source>Follows every ingress pod&apos;s access log: press it, run the failing client, and its connection shows here as it is logged.</source>
        <translation>Follows every ingress pod&apos;s access log: press it, run the failing client, and its connection shows here as it is logged.</translation>
    </message>
    <message>
        <source>Sto&amp;p watching</source>
        <translation>Sto&amp;p watching</translation>
    </message>
    <message>
        <source>Stop watching the logs</source>
        <translation>Stop watching the logs</translation>
    </message>
    <message>
        <source>Highlight &amp;client:</source>
        <translation>Highlight &amp;client:</translation>
    </message>
    <message>
        <source>Client address to highlight</source>
        <translation>Client address to highlight</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Refused and failed connections, newest first</source>
        <translation>Refused and failed connections, newest first</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Kind of connection</source>
        <translation>Kind of connection</translation>
    </message>
</context>
<context>
    <name>SniDoctor::WelcomePage</name>
    <message>
        <source>Why are API clients reset during the TLS handshake?</source>
        <translation>Why are API clients reset during the TLS handshake?</translation>
    </message>
    <message>
        <source>SNI Doctor walks you through Apigee&apos;s runbook, runs each check for you and says in plain words what the result means.</source>
        <translation>SNI Doctor walks you through Apigee&apos;s runbook, runs each check for you and says in plain words what the result means.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your API client calls an Apigee hybrid endpoint and the connection dies before any HTTP: Node.js and Postman say &lt;b&gt;ECONNRESET&lt;/b&gt;, curl says &lt;b&gt;Connection reset by peer&lt;/b&gt;, and &lt;tt&gt;openssl s_client&lt;/tt&gt; says &lt;b&gt;no peer certificate available&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your API client calls an Apigee hybrid endpoint and the connection dies before any HTTP: Node.js and Postman say &lt;b&gt;ECONNRESET&lt;/b&gt;, curl says &lt;b&gt;Connection reset by peer&lt;/b&gt;, and &lt;tt&gt;openssl s_client&lt;/tt&gt; says &lt;b&gt;no peer certificate available&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The usual cause: the client sends no &lt;b&gt;SNI&lt;/b&gt; (the server name in its first TLS message). The Apigee ingress picks the certificate from that name; when it is missing and no &lt;i&gt;wildcard route&lt;/i&gt; accepts such clients, the ingress sends no certificate and resets the connection. The fix is an ApigeeRoute with hostnames &lt;tt&gt;[&quot;*&quot;]&lt;/tt&gt; and &lt;tt&gt;enableNonSniClient: true&lt;/tt&gt;, listed in each virtual host&apos;s &lt;tt&gt;additionalGateways&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The usual cause: the client sends no &lt;b&gt;SNI&lt;/b&gt; (the server name in its first TLS message). The Apigee ingress picks the certificate from that name; when it is missing and no &lt;i&gt;wildcard route&lt;/i&gt; accepts such clients, the ingress sends no certificate and resets the connection. The fix is an ApigeeRoute with hostnames &lt;tt&gt;[&quot;*&quot;]&lt;/tt&gt; and &lt;tt&gt;enableNonSniClient: true&lt;/tt&gt;, listed in each virtual host&apos;s &lt;tt&gt;additionalGateways&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How do you want to work?</source>
        <translation>How do you want to work?</translation>
    </message>
    <message>
        <source>&amp;Diagnose a live endpoint from this machine</source>
        <translation>&amp;Diagnose a live endpoint from this machine</translation>
    </message>
    <message>
        <source>Diagnose a live endpoint</source>
        <translation>Diagnose a live endpoint</translation>
    </message>
    <message>
        <source>Review collected files offline</source>
        <translation>Review collected files offline</translation>
    </message>
    <message>
        <source>Client known to send no SNI</source>
        <translation>Client known to send no SNI</translation>
    </message>
    <message>
        <source>I already &amp;know the client sends no SNI: skip the logs and the capture and go to the probe (step 4)</source>
        <translation>I already &amp;know the client sends no SNI: skip the logs and the capture and go to the probe (step 4)</translation>
    </message>
    <message>
        <source>Open a bundle, an archive, a saved session or collected files</source>
        <translation>Open a bundle, an archive, a saved session or collected files</translation>
    </message>
    <message>
        <source>Collected files (*.zip *.tar.gz *.tgz *.tar *.json *.yaml *.yml *.log *.txt *.pcap *.pcapng *.gz);;All files (*)</source>
        <translation>Collected files (*.zip *.tar.gz *.tgz *.tar *.json *.yaml *.yml *.log *.txt *.pcap *.pcapng *.gz);;All files (*)</translation>
    </message>
    <message>
        <source>Open a folder of collected files</source>
        <translation>Open a folder of collected files</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n file(s);</source>
        <translation>
            <numerusform>Reviewed %n file;</numerusform>
            <numerusform>Reviewed %n files;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n used for the steps.</source>
        <translation>
            <numerusform>%n used for the steps.</numerusform>
            <numerusform>%n used for the steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every file matches the bundle&apos;s manifest.</source>
        <translation>%1: every file matches the bundle&apos;s manifest.</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 files match the manifest: the bundle was changed or damaged after it was made.</source>
        <translation>%1: only %2 of %3 files match the manifest: the bundle was changed or damaged after it was made.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review collected files offline</source>
        <translation>&amp;Review collected files offline</translation>
    </message>
    <message>
        <source>&lt;i&gt;A support bundle, any zip or tar.gz, a folder, files or a saved session: each file is recognised by its content and each step shows what the files say. Nothing is executed and the network is not used.&lt;/i&gt;</source>
        <translation>&lt;i&gt;A support bundle, any zip or tar.gz, a folder, files or a saved session: each file is recognised by its content and each step shows what the files say. Nothing is executed and the network is not used.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open a bundle, an archive, a saved session or files</source>
        <translation>Open a bundle, an archive, a saved session or files</translation>
    </message>
    <message>
        <source>Open f&amp;older…</source>
        <translation>Open f&amp;older…</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Open the sample case</translation>
    </message>
    <message>
        <source>The collected files of a broken installation: no cluster needed.</source>
        <translation>The collected files of a broken installation: no cluster needed.</translation>
    </message>
    <message>
        <source>Stop reviewing</source>
        <translation>Stop reviewing</translation>
    </message>
    <message>
        <source>Open &amp;bundle or files…</source>
        <translation>Open &amp;bundle or files…</translation>
    </message>
    <message>
        <source>Practise on the sa&amp;mple case</source>
        <translation>Practise on the sa&amp;mple case</translation>
    </message>
    <message>
        <source>Diagnosed automatically: see the verdict (step 7).</source>
        <translation>Diagnosed automatically: see the verdict (step 7).</translation>
    </message>
    <message>
        <source>Step 2 skipped: %1</source>
        <translation>Step 2 skipped: %1</translation>
    </message>
    <message>
        <source>The ingress Services could not be listed: %1</source>
        <translation>The ingress Services could not be listed: %1</translation>
    </message>
    <message>
        <source>Reading the routes, pods, logs and ingress Services, then probing every host through every ingress…</source>
        <translation>Reading the routes, pods, logs and ingress Services, then probing every host through every ingress…</translation>
    </message>
    <message>
        <source>Not connected: the credential plugin was not run.</source>
        <translation>Not connected: the credential plugin was not run.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Or let SNI Doctor run steps 2, 4 and 5 for you: it reads the routes, the ingress pods, their logs and the ingress Services from your kubeconfig&apos;s cluster, and probes every host name through every ingress, with and without SNI.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Or let SNI Doctor run steps 2, 4 and 5 for you: it reads the routes, the ingress pods, their logs and the ingress Services from your kubeconfig&apos;s cluster, and probes every host name through every ingress, with and without SNI.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Diagnose a&amp;utomatically</source>
        <translation>Diagnose a&amp;utomatically</translation>
    </message>
    <message>
        <source>Diagnose automatically from the kubeconfig context</source>
        <translation>Diagnose automatically from the kubeconfig context</translation>
    </message>
    <message>
        <source>Uses the cluster you connected to in step 5, else the kubeconfig&apos;s current context.</source>
        <translation>Uses the cluster you connected to in step 5, else the kubeconfig&apos;s current context.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open the collected files first&lt;/b&gt; (a bundle, files, a folder or the sample case): Next goes on once they are reviewed.</source>
        <translation>&lt;b&gt;Open the collected files first&lt;/b&gt; (a bundle, files, a folder or the sample case): Next goes on once they are reviewed.</translation>
    </message>
    <message>
        <source>The collected files are open for review. A live diagnosis starts a new case and closes the review.</source>
        <translation>The collected files are open for review. A live diagnosis starts a new case and closes the review.</translation>
    </message>
    <message>
        <source>The review is not saved: to keep it, choose Keep reviewing and File &gt; Save session first.</source>
        <translation>The review is not saved: to keep it, choose Keep reviewing and File &gt; Save session first.</translation>
    </message>
    <message>
        <source>&amp;Start a live diagnosis</source>
        <translation>&amp;Start a live diagnosis</translation>
    </message>
    <message>
        <source>&amp;Keep reviewing</source>
        <translation>&amp;Keep reviewing</translation>
    </message>
</context>
<context>
    <name>SniDoctor::Yaml</name>
    <message>
        <source>a YAML directive must have exactly one argument</source>
        <translation>a YAML directive must have exactly one argument</translation>
    </message>
    <message>
        <source>bad YAML version: </source>
        <translation>bad YAML version: </translation>
    </message>
    <message>
        <source>the YAML major version is too large</source>
        <translation>the YAML major version is too large</translation>
    </message>
    <message>
        <source>the YAML directive is repeated</source>
        <translation>the YAML directive is repeated</translation>
    </message>
    <message>
        <source>a TAG directive must have exactly two arguments</source>
        <translation>a TAG directive must have exactly two arguments</translation>
    </message>
    <message>
        <source>the TAG directive is repeated</source>
        <translation>the TAG directive is repeated</translation>
    </message>
    <message>
        <source>illegal character in a tag handle</source>
        <translation>illegal character in a tag handle</translation>
    </message>
    <message>
        <source>a tag handle has no suffix</source>
        <translation>a tag handle has no suffix</translation>
    </message>
    <message>
        <source>a verbatim tag is not closed</source>
        <translation>a verbatim tag is not closed</translation>
    </message>
    <message>
        <source>a { ... } map is not closed</source>
        <translation>a { ... } map is not closed</translation>
    </message>
    <message>
        <source>the end of a map was not found (indentation?)</source>
        <translation>the end of a map was not found (indentation?)</translation>
    </message>
    <message>
        <source>a [ ... ] list is not closed</source>
        <translation>a [ ... ] list is not closed</translation>
    </message>
    <message>
        <source>the end of a list was not found (indentation?)</source>
        <translation>the end of a list was not found (indentation?)</translation>
    </message>
    <message>
        <source>one value has several tags</source>
        <translation>one value has several tags</translation>
    </message>
    <message>
        <source>one value has several anchors</source>
        <translation>one value has several anchors</translation>
    </message>
    <message>
        <source>one value has several aliases</source>
        <translation>one value has several aliases</translation>
    </message>
    <message>
        <source>an alias (*name) cannot have content or a tag</source>
        <translation>an alias (*name) cannot have content or a tag</translation>
    </message>
    <message>
        <source>bad character in a hexadecimal escape</source>
        <translation>bad character in a hexadecimal escape</translation>
    </message>
    <message>
        <source>invalid Unicode character: </source>
        <translation>invalid Unicode character: </translation>
    </message>
    <message>
        <source>unknown backslash escape: </source>
        <translation>unknown backslash escape: </translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>unexpected text</translation>
    </message>
    <message>
        <source>a document marker (--- or ...) inside a value</source>
        <translation>a document marker (--- or ...) inside a value</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value</source>
        <translation>the file ends inside a quoted value</translation>
    </message>
    <message>
        <source>illegal character in a value</source>
        <translation>illegal character in a value</translation>
    </message>
    <message>
        <source>a tab used for indentation</source>
        <translation>a tab used for indentation</translation>
    </message>
    <message>
        <source>a ] or } that closes nothing</source>
        <translation>a ] or } that closes nothing</translation>
    </message>
    <message>
        <source>a list entry (-) where none can go</source>
        <translation>a list entry (-) where none can go</translation>
    </message>
    <message>
        <source>a key where none can go</source>
        <translation>a key where none can go</translation>
    </message>
    <message>
        <source>a value where none can go</source>
        <translation>a value where none can go</translation>
    </message>
    <message>
        <source>no name after *</source>
        <translation>no name after *</translation>
    </message>
    <message>
        <source>no name after &amp;</source>
        <translation>no name after &amp;</translation>
    </message>
    <message>
        <source>illegal character in an alias name</source>
        <translation>illegal character in an alias name</translation>
    </message>
    <message>
        <source>illegal character in an anchor name</source>
        <translation>illegal character in an anchor name</translation>
    </message>
    <message>
        <source>a block text (| or &gt;) with zero indentation</source>
        <translation>a block text (| or &gt;) with zero indentation</translation>
    </message>
    <message>
        <source>unexpected character in a block text (| or &gt;)</source>
        <translation>unexpected character in a block text (| or &gt;)</translation>
    </message>
    <message>
        <source>the same anchor name is used twice</source>
        <translation>the same anchor name is used twice</translation>
    </message>
    <message>
        <source>the alias refers to no anchor above it</source>
        <translation>the alias refers to no anchor above it</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>key not found</source>
        <translation>key not found</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>a value of the wrong type</translation>
    </message>
    <message>
        <source>a list entry (-) is not allowed here</source>
        <translation>a list entry (-) is not allowed here</translation>
    </message>
    <message>
        <source>a key is not allowed here</source>
        <translation>a key is not allowed here</translation>
    </message>
</context>
</TS>
