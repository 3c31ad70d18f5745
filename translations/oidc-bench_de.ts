<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Profiles not loaded: %1</source>
        <translation>Profile nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>No system keychain (%1): client secrets are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund (%1): Client-Geheimnisse gelten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>ui::ClientPanel</name>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="62"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="67"/>
        <source>&amp;Flow:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="71"/>
        <source>Sign in (browser)</source>
        <translation>Anmelden (Browser)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="72"/>
        <source>Device authorization</source>
        <translation>Geräteautorisierung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="74"/>
        <source>UserInfo</source>
        <translation>UserInfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="74"/>
        <source>Introspect access token</source>
        <translation>Zugriffstoken prüfen (Introspection)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="75"/>
        <source>Revoke access token</source>
        <translation>Zugriffstoken widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="75"/>
        <source>Sign out (browser)</source>
        <translation>Abmelden (Browser)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="78"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Run the flow (Ctrl+Enter)</source>
        <translation>Den Ablauf ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="82"/>
        <source>Cance&amp;l</source>
        <translation>Abbreche&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="99"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="127"/>
        <source>Final &amp;URL:</source>
        <translation>End-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="130"/>
        <source>Paste the URL the browser ended at</source>
        <translation>Die URL einfügen, bei der der Browser angekommen ist</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="132"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="155"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="157"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="180"/>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="182"/>
        <source>Show client secrets, tokens and Authorization headers unmasked</source>
        <translation>Client-Geheimnisse, Tokens und Authorization-Header unmaskiert zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="185"/>
        <source>Export c&amp;url…</source>
        <translation>c&amp;url exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="186"/>
        <source>Export &amp;HAR…</source>
        <translation>&amp;HAR exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="187"/>
        <source>Export dia&amp;gram…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="194"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="196"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="201"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="275"/>
        <source>Built-in provider (%1)</source>
        <translation>Eingebauter Provider (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="291"/>
        <source>No profile: start the provider or add a profile.</source>
        <translation>Kein Profil: den Provider starten oder ein Profil anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="302"/>
        <source>Client %1 at %2.</source>
        <translation>Client %1 bei %2.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="328"/>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>Den Code &lt;b&gt;%1&lt;/b&gt; unter &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="372"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="383"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 fehlgeschlagen:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="386"/>
        <source>&lt;b&gt;%1 done, but checks failed&lt;/b&gt; (see Checks).</source>
        <translation>&lt;b&gt;%1 abgeschlossen, aber Prüfungen fehlgeschlagen&lt;/b&gt; (siehe Prüfungen).</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="388"/>
        <source>%1 done; every check passed.</source>
        <translation>%1 abgeschlossen; alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="394"/>
        <source>ID token
</source>
        <translation>ID-Token
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="396"/>
        <source>Access token (JWT)
</source>
        <translation>Zugriffstoken (JWT)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="398"/>
        <source>Access token (opaque)
</source>
        <translation>Zugriffstoken (opak)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="400"/>
        <source>Response
</source>
        <translation>Antwort
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="413"/>
        <source>ID token: </source>
        <translation>ID-Token: </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="473"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="480"/>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="480"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="487"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="493"/>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="493"/>
        <source>Export curl commands</source>
        <translation>curl-Befehle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="485"/>
        <location filename="../ui/ClientPanel.cpp" line="500"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Export fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="502"/>
        <source>Exported to %1 (secrets masked).</source>
        <translation>Nach %1 exportiert (Geheimnisse maskiert).</translation>
    </message>
</context>
<context>
    <name>ui::ClockEditor</name>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="27"/>
        <source>−1 day</source>
        <translation>−1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="27"/>
        <source>−1 h</source>
        <translation>−1 h</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="28"/>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="28"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="28"/>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="28"/>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="40"/>
        <source>&amp;Freeze</source>
        <translation>Ein&amp;frieren</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="52"/>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="96"/>
        <source>Start the provider to control its clock.</source>
        <translation>Den Provider starten, um seine Uhr zu steuern.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="101"/>
        <source>Provider time: %1 UTC%2</source>
        <translation>Provider-Zeit: %1 UTC%2</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="102"/>
        <source> (frozen)</source>
        <translation> (eingefroren)</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="105"/>
        <source>In step with real time.</source>
        <translation>Im Takt mit der Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>%1 s %2 real time.</source>
        <translation>%1 s %2 der Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>behind</source>
        <translation>hinter</translation>
    </message>
</context>
<context>
    <name>ui::DecoderPanel</name>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="27"/>
        <source>Paste a &amp;token (JWT) or a whole redirect URL:</source>
        <translation>Ein &amp;Token (JWT) oder eine ganze Redirect-URL einfügen:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="39"/>
        <source>The issuer&apos;s JWKS (discovery)</source>
        <translation>Das JWKS des Ausstellers (Discovery)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="40"/>
        <source>A pasted key (JWK, JWK Set or PEM)</source>
        <translation>Ein eingefügter Schlüssel (JWK, JWK Set oder PEM)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="41"/>
        <source>The client secret (HS256/384/512)</source>
        <translation>Das Client-Geheimnis (HS256/384/512)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="42"/>
        <source>None: decode only</source>
        <translation>Keiner: nur dekodieren</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="43"/>
        <source>&amp;Signature key:</source>
        <translation>&amp;Signaturschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="46"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="49"/>
        <source>optional: the audience to expect</source>
        <translation>optional: die erwartete Zielgruppe (aud)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="50"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="53"/>
        <source>optional: the nonce the request sent</source>
        <translation>optional: die Nonce der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="54"/>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="58"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="63"/>
        <source>{&quot;kty&quot;: ...}, {&quot;keys&quot;: [...]} or -----BEGIN PUBLIC KEY-----</source>
        <translation>{&quot;kty&quot;: ...}, {&quot;keys&quot;: [...]} oder -----BEGIN PUBLIC KEY-----</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="64"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="68"/>
        <source>&amp;Decode and check</source>
        <translation>&amp;Dekodieren und prüfen</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="115"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="122"/>
        <source>The URL&apos;s parameters are malformed.</source>
        <translation>Die Parameter der URL sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="136"/>
        <source>Other parameters: %1</source>
        <translation>Weitere Parameter: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="162"/>
        <source>Nothing to decode: paste a JWT or a redirect URL with id_token.</source>
        <translation>Nichts zu dekodieren: ein JWT oder eine Redirect-URL mit id_token einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="172"/>
        <source>&lt;b&gt;Give the issuer&lt;/b&gt; whose JWKS should check the signature.</source>
        <translation>&lt;b&gt;Den Aussteller angeben&lt;/b&gt;, dessen JWKS die Signatur prüfen soll.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="183"/>
        <source>&lt;b&gt;The keys could not be fetched:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Schlüssel konnten nicht geladen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="196"/>
        <source>&lt;b&gt;The key is not usable:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüssel ist nicht verwendbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="221"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="221"/>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="230"/>
        <source>%1 is valid.</source>
        <translation>%1 ist gültig.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="231"/>
        <source>&lt;b&gt;%1 is invalid:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 ist ungültig:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>ui::FaultsEditor</name>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="21"/>
        <source>any client</source>
        <translation>jeder Client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="22"/>
        <source>Switch on for &amp;client:</source>
        <translation>Einschalten für &amp;Client:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>What the provider does</source>
        <translation>Was der Provider tut</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>What a correct client does</source>
        <translation>Was ein korrekter Client tut</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="85"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="86"/>
        <source>Start the provider to inject faults.</source>
        <translation>Den Provider starten, um Fehler einzuschleusen.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="87"/>
        <source>No fault is injected: the provider behaves.</source>
        <translation>Kein Fehler eingeschleust: der Provider verhält sich korrekt.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="88"/>
        <source>Injected now: %1</source>
        <translation>Jetzt eingeschleust: %1</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>OIDC Bench</source>
        <translation>OIDC Bench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Die Aussteller-URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Filter the log: path, client, status, fault…</source>
        <translation>Protokoll filtern: Pfad, Client, Status, Fehler…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Only &amp;errors and faults</source>
        <translation>Nur F&amp;ehler und Störungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Clea&amp;r log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Select a request to see it and its response.</source>
        <translation>Eine Anfrage auswählen, um sie und ihre Antwort zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Show client secrets, passwords, tokens and Authorization headers unmasked</source>
        <translation>Client-Geheimnisse, Passwörter, Tokens und Authorization-Header unmaskiert zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Faults</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Cloc&amp;k</source>
        <translation>&amp;Uhr</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Decoder</source>
        <translation>&amp;Dekodierer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>Issuer URL copied</source>
        <translation>Aussteller-URL kopiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Provider stopped.</source>
        <translation>Provider angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Provider wird auf %1:%2 gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>Läuft auf %1, Port %2. Richten Sie einen Client auf die Aussteller-URL; das Discovery-Dokument liegt unter %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Provider konnte nicht starten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>the connection was closed without an answer (injected fault)</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen (eingeschleuster Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Injected fault: %1</source>
        <translation>Eingeschleuster Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RequestLogModel</name>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="39"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="43"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="72"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="74"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="76"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="80"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="82"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="84"/>
        <source>Injected fault</source>
        <translation>Eingeschleuster Fehler</translation>
    </message>
</context>
<context>
    <name>ui::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="60"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="62"/>
        <location filename="../ui/TimelineModel.cpp" line="82"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="64"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="83"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="105"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="107"/>
        <source>From → to</source>
        <translation>Von → an</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="109"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="111"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ui::UsersEditor</name>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="58"/>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="60"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="75"/>
        <source>The &quot;sub&quot; claim: stable and unique for this issuer</source>
        <translation>Der Claim „sub“: stabil und eindeutig für diesen Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="78"/>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="79"/>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Subjekt (sub):</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="80"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Value (text, or JSON)</source>
        <translation>Wert (Text oder JSON)</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="89"/>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="93"/>
        <source>Claims as &amp;JSON</source>
        <translation>Claims als &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="96"/>
        <source>Add c&amp;laim</source>
        <translation>C&amp;laim hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="98"/>
        <source>Remove cla&amp;im</source>
        <translation>Cla&amp;im entfernen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="246"/>
        <source>A user needs a username and a subject.</source>
        <translation>Ein Benutzer braucht einen Benutzernamen und ein Subjekt.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="256"/>
        <source>Claims JSON, line %1: %2</source>
        <translation>Claims-JSON, Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="257"/>
        <source>The claims must be a JSON object.</source>
        <translation>Die Claims müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="282"/>
        <source>Another user is already called &quot;%1&quot;.</source>
        <translation>Ein anderer Benutzer heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="286"/>
        <source>Another user already has the subject &quot;%1&quot;.</source>
        <translation>Ein anderer Benutzer hat bereits das Subjekt „%1“.</translation>
    </message>
</context>
<context>
    <name>ui::ValidationView</name>
    <message>
        <location filename="../ui/ValidationView.cpp" line="13"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="14"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="15"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
</TS>
