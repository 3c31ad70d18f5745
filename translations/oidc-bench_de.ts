<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>Profiles not loaded: %1</source>
        <translation>Profile nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>No system keychain (%1): client secrets are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund (%1): Client-Geheimnisse gelten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>ui::ClientPanel</name>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="68"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>&amp;Flow:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="77"/>
        <source>Sign in (browser)</source>
        <translation>Anmelden (Browser)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="78"/>
        <source>Device authorization</source>
        <translation>Geräteautorisierung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="79"/>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="79"/>
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="80"/>
        <source>UserInfo</source>
        <translation>UserInfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="80"/>
        <source>Introspect access token</source>
        <translation>Zugriffstoken prüfen (Introspection)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Revoke access token</source>
        <translation>Zugriffstoken widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Sign out (browser)</source>
        <translation>Abmelden (Browser)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="84"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="87"/>
        <source>Run the flow (Ctrl+Enter)</source>
        <translation>Den Ablauf ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="88"/>
        <source>Cance&amp;l</source>
        <translation>Abbreche&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="95"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="97"/>
        <source>A new saved profile, starting from the selected one</source>
        <translation>Ein neues gespeichertes Profil, ausgehend vom gewählten</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="115"/>
        <location filename="../ui/ClientPanel.cpp" line="468"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="144"/>
        <source>Final &amp;URL:</source>
        <translation>End-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="147"/>
        <source>Paste the URL the browser ended at</source>
        <translation>Die URL einfügen, bei der der Browser angekommen ist</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="149"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="172"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="174"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="197"/>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Show client secrets, tokens and Authorization headers unmasked</source>
        <translation>Client-Geheimnisse, Tokens und Authorization-Header unmaskiert zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="202"/>
        <source>Export c&amp;url…</source>
        <translation>c&amp;url exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="203"/>
        <source>Export &amp;HAR…</source>
        <translation>&amp;HAR exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="204"/>
        <source>Export dia&amp;gram…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="211"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="229"/>
        <source>Re&amp;fresh</source>
        <translation>Er&amp;neuern</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="229"/>
        <source>New tokens for the refresh token</source>
        <translation>Neue Tokens für das Refresh-Token</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="231"/>
        <source>&amp;Userinfo</source>
        <translation>&amp;Userinfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="231"/>
        <source>The user&apos;s claims, with the access token</source>
        <translation>Die Claims des Benutzers, mit dem Access-Token</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="232"/>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspektion</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="233"/>
        <source>Ask the provider whether the access token is active (RFC 7662)</source>
        <translation>Den Provider fragen, ob das Access-Token aktiv ist (RFC 7662)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="235"/>
        <source>Revoke &amp;access</source>
        <translation>&amp;Access widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="235"/>
        <source>Revoke the access token (RFC 7009)</source>
        <translation>Das Access-Token widerrufen (RFC 7009)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="236"/>
        <source>Revoke r&amp;efresh</source>
        <translation>R&amp;efresh widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="237"/>
        <source>Revoke the refresh token (RFC 7009)</source>
        <translation>Das Refresh-Token widerrufen (RFC 7009)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="239"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="239"/>
        <source>RP-initiated logout with the ID token as hint</source>
        <translation>Vom RP ausgelöste Abmeldung mit dem ID-Token als Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="244"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="265"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="352"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="352"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="372"/>
        <source>&lt;b&gt;The profile was not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Profil wurde nicht gespeichert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="380"/>
        <source>&lt;b&gt;The client secret was not stored:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Client-Geheimnis wurde nicht abgelegt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="385"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="394"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="395"/>
        <source>Delete the profile &quot;%1&quot; and its stored client secret?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Client-Geheimnis löschen?</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="401"/>
        <source>&lt;b&gt;The profile was not deleted:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Profil wurde nicht gelöscht:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="414"/>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="423"/>
        <source>Built-in provider (%1)</source>
        <translation>Eingebauter Provider (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="451"/>
        <source>No profile: start the provider or add a profile.</source>
        <translation>Kein Profil: den Provider starten oder ein Profil anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="462"/>
        <source>Client %1 at %2.</source>
        <translation>Client %1 bei %2.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="467"/>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>Den Code &lt;b&gt;%1&lt;/b&gt; unter &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; eingeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ClientPanel.cpp" line="548"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n Tag %1</numerusform>
            <numerusform>%n Tage %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="570"/>
        <source>%1: none</source>
        <translation>%1: keins</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="572"/>
        <source>%1: held, expiry not said</source>
        <translation>%1: vorhanden, Ablauf nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="577"/>
        <source>%1: expires in &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1: läuft ab in &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="579"/>
        <source>Access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="580"/>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="581"/>
        <source>Refresh token: held</source>
        <translation>Refresh-Token: vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="581"/>
        <source>Refresh token: none</source>
        <translation>Refresh-Token: keins</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="597"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="609"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 fehlgeschlagen:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="612"/>
        <source>&lt;b&gt;%1 done, but checks failed&lt;/b&gt; (see Checks).</source>
        <translation>&lt;b&gt;%1 abgeschlossen, aber Prüfungen fehlgeschlagen&lt;/b&gt; (siehe Prüfungen).</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="614"/>
        <source>%1 done; every check passed.</source>
        <translation>%1 abgeschlossen; alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="644"/>
        <source>ID token
</source>
        <translation>ID-Token
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="646"/>
        <source>Access token (JWT)
</source>
        <translation>Zugriffstoken (JWT)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="648"/>
        <source>Access token (opaque)
</source>
        <translation>Zugriffstoken (opak)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="664"/>
        <source>ID token: </source>
        <translation>ID-Token: </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="77"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="84"/>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="84"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="91"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="97"/>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="97"/>
        <source>Export curl commands</source>
        <translation>curl-Befehle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="99"/>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="99"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="89"/>
        <location filename="../ui/ClientPanelExport.cpp" line="104"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Export fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="100"/>
        <source>Dele&amp;te</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="575"/>
        <source>%1: &lt;span style=&quot;color:%4&quot;&gt;&lt;b&gt;expired&lt;/b&gt; %2 ago&lt;/span&gt; (%3)</source>
        <translation>%1: &lt;span style=&quot;color:%4&quot;&gt;vor %2 &lt;b&gt;abgelaufen&lt;/b&gt;&lt;/span&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="650"/>
        <source>Userinfo
</source>
        <translation>Userinfo
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="652"/>
        <source>Response (%1)
</source>
        <translation>Antwort (%1)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="106"/>
        <source>Exported to %1 (secrets masked).</source>
        <translation>Nach %1 exportiert (Geheimnisse maskiert).</translation>
    </message>
</context>
<context>
    <name>ui::ClientsEditor</name>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="68"/>
        <source>&amp;Add client</source>
        <translation>Client &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="83"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="89"/>
        <source>Public (no secret: SPA, native app)</source>
        <translation>Öffentlich (ohne Geheimnis: SPA, native App)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="90"/>
        <source>Confidential (has a secret)</source>
        <translation>Vertraulich (mit Geheimnis)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="91"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="97"/>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="100"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="102"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="109"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="114"/>
        <source>One per line, e.g. http://127.0.0.1/callback</source>
        <translation>Eine pro Zeile, z. B. http://127.0.0.1/callback</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="115"/>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Redirect-URIs:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="116"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="117"/>
        <source>&amp;Post-logout URIs:</source>
        <translation>URIs nach &amp;Abmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="119"/>
        <source>Grant types:</source>
        <translation>Grant-Typen:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="122"/>
        <source>Response types:</source>
        <translation>Response-Typen:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="126"/>
        <source>Require P&amp;KCE (S256 or plain code challenge)</source>
        <translation>P&amp;KCE verlangen (Code-Challenge S256 oder plain)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="130"/>
        <source>Ask the user&apos;s &amp;consent before the first grant of a scope</source>
        <translation>Vor der ersten Freigabe eines Scopes die &amp;Zustimmung erfragen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="133"/>
        <source>R&amp;otate refresh tokens (reuse revokes the family)</source>
        <translation>Refresh-Tokens &amp;rotieren (Wiederverwendung widerruft die Familie)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="136"/>
        <source>Re&amp;quire pushed authorization requests (PAR)</source>
        <translation>Pushed Authorization Requests (PAR) &amp;verlangen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="138"/>
        <source>RFC 9126: this client&apos;s authorization requests must come as a request_uri from the pushed_authorization_request endpoint</source>
        <translation>RFC 9126: Die Autorisierungsanfragen dieses Clients müssen als request_uri vom Endpunkt pushed_authorization_request kommen</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="144"/>
        <source>Every scope of the issuer</source>
        <translation>Alle Scopes des Issuers</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="145"/>
        <source>Scopes this client may ask for, separated by spaces</source>
        <translation>Scopes, die dieser Client anfragen darf, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="146"/>
        <source>Allowed sc&amp;opes:</source>
        <translation>Erlaubte Sc&amp;opes:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="148"/>
        <source>One origin per line, e.g. http://localhost:5173</source>
        <translation>Ein Origin pro Zeile, z. B. http://localhost:5173</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="149"/>
        <source>CORS ori&amp;gins:</source>
        <translation>CORS-Ori&amp;gins:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="152"/>
        <source>The client ID</source>
        <translation>Die Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="153"/>
        <source>Access token a&amp;udience:</source>
        <translation>Access-Token-A&amp;udience:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="156"/>
        <source>Access token lifetime:</source>
        <translation>Lebensdauer des Access-Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="158"/>
        <source>ID token lifetime:</source>
        <translation>Lebensdauer des ID-Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="160"/>
        <source>Refresh token lifetime:</source>
        <translation>Lebensdauer des Refresh-Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="162"/>
        <source>Authorization code lifetime:</source>
        <translation>Lebensdauer des Autorisierungscodes:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="166"/>
        <source>The signing key&apos;s algorithm</source>
        <translation>Algorithmus des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="169"/>
        <source>Not signed (JSON)</source>
        <translation>Nicht signiert (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="174"/>
        <source>ID token &amp;algorithm:</source>
        <translation>&amp;Algorithmus des ID-Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="175"/>
        <source>User&amp;info response:</source>
        <translation>User&amp;info-Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="180"/>
        <source>None. A JWK Set of the client&apos;s public keys, {&quot;keys&quot;: [...]}: they verify its private_key_jwt assertions and signed request objects</source>
        <translation>Keine. Ein JWK Set mit den öffentlichen Schlüsseln des Clients, {&quot;keys&quot;: [...]}: Sie prüfen seine private_key_jwt-Assertions und signierten Request-Objekte</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="185"/>
        <source>Public keys (&amp;JWKS):</source>
        <translation>Öffentliche Schlüssel (&amp;JWKS):</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="221"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="338"/>
        <source>public keys: not JSON (%1 at character %2)</source>
        <translation>Öffentliche Schlüssel: kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="347"/>
        <source>public keys: %1</source>
        <translation>Öffentliche Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="347"/>
        <source>public keys, %1: %2</source>
        <translation>Öffentliche Schlüssel, %1: %2</translation>
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
        <location filename="../ui/ClockEditor.cpp" line="115"/>
        <source>Start the provider to control its clock.</source>
        <translation>Den Provider starten, um seine Uhr zu steuern.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="120"/>
        <source>Provider time: %1 UTC%2</source>
        <translation>Provider-Zeit: %1 UTC%2</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="121"/>
        <source> (frozen)</source>
        <translation> (eingefroren)</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="124"/>
        <source>In step with real time.</source>
        <translation>Im Takt mit der Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>%1 s %2 real time.</source>
        <translation>%1 s %2 der Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>behind</source>
        <translation>hinter</translation>
    </message>
</context>
<context>
    <name>ui::ControlApiDialog</name>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="21"/>
        <source>Control API</source>
        <translation>Control-API</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="23"/>
        <source>A test suite can drive this provider while it runs: add and remove faults, forget every grant and session between test cases, move the clock. Its changes show on the Faults and Clock pages and are kept in the workspace like changes made there. Every call needs the bearer token below.</source>
        <translation>Eine Testsuite kann diesen Provider steuern, während er läuft: Fehler hinzufügen und entfernen, zwischen Testfällen alle Freigaben und Sitzungen vergessen, die Uhr verstellen. Ihre Änderungen erscheinen auf den Seiten Fehler und Uhr und bleiben im Arbeitsbereich wie dort vorgenommene Änderungen. Jeder Aufruf braucht das Bearer-Token unten.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="30"/>
        <source>&amp;Switch the control API on</source>
        <translation>Control-API ein&amp;schalten</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="44"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="45"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="46"/>
        <source>&amp;New token</source>
        <translation>&amp;Neues Token</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="48"/>
        <source>Replace the token: calls with the old one are refused from now on</source>
        <translation>Das Token ersetzen: Aufrufe mit dem alten werden ab jetzt abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="49"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="51"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="98"/>
        <source>The control API is off: its address answers 404.</source>
        <translation>Die Control-API ist aus: ihre Adresse antwortet 404.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="99"/>
        <source>The provider is stopped: the control API answers once it runs again.</source>
        <translation>Der Provider ist angehalten: die Control-API antwortet, sobald er wieder läuft.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="100"/>
        <source>Answering at the address above. docs/control-api.md lists every call.</source>
        <translation>Antwortet unter der Adresse oben. docs/control-api.md listet alle Aufrufe.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="118"/>
        <source>The next token request fails.</source>
        <translation>Die nächste Token-Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="119"/>
        <source>Forget every code, token, session and consent.</source>
        <translation>Alle Codes, Tokens, Sitzungen und Zustimmungen vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="120"/>
        <source>One hour later: tokens issued now have expired.</source>
        <translation>Eine Stunde später: jetzt ausgestellte Tokens sind abgelaufen.</translation>
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
        <location filename="../ui/FaultsEditor.cpp" line="61"/>
        <source>any client</source>
        <translation>jeder Client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>What the provider does</source>
        <translation>Was der Provider tut</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>What a correct client does</source>
        <translation>Was ein korrekter Client tut</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="51"/>
        <source>Rule (used by the switches and Add rule)</source>
        <translation>Regel (für die Schalter und „Regel hinzufügen“)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="53"/>
        <source>e.g. status=503 or ms=2000</source>
        <translation>z. B. status=503 oder ms=2000</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="53"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="56"/>
        <source>where the fault can happen</source>
        <translation>wo der Fehler auftreten kann</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="59"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="60"/>
        <source>any issuer (its id)</source>
        <translation>jeder Issuer (seine ID)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="60"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="61"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="62"/>
        <source>any user (username)</source>
        <translation>jeder Benutzer (Benutzername)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="62"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="65"/>
        <source>any grant type</source>
        <translation>jeder Grant-Typ</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="70"/>
        <source>&amp;Grant type:</source>
        <translation>&amp;Grant-Typ:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="75"/>
        <source>after </source>
        <translation>nach </translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="76"/>
        <source>Let this many matching requests pass untouched first</source>
        <translation>So viele passende Anfragen zuerst unverändert durchlassen</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="80"/>
        <location filename="../ui/FaultsEditor.cpp" line="286"/>
        <source>every time</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="81"/>
        <source> time(s)</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="82"/>
        <source>How many faults to inject, then stop (each place the fault can happen counts)</source>
        <translation>Wie viele Fehler eingeschleust werden, dann Schluss (jede Stelle, an der der Fehler auftreten kann, zählt)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="88"/>
        <source>p = </source>
        <translation>p = </translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="92"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="93"/>
        <source>a name of your own for this rule</source>
        <translation>ein eigener Name für diese Regel</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="93"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Matched</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Injected</source>
        <translation>Eingeschleust</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="114"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="116"/>
        <source>A rule for the fault selected above, as the form says</source>
        <translation>Eine Regel für den oben gewählten Fehler, wie im Formular angegeben</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="117"/>
        <source>Re&amp;move rule</source>
        <translation>Regel ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="119"/>
        <source>Clear &amp;all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="156"/>
        <source>Select a fault in the catalogue first.</source>
        <translation>Zuerst einen Fehler im Katalog auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="275"/>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="276"/>
        <source>issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="276"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="277"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="277"/>
        <source>grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="282"/>
        <source>every request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="285"/>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FaultsEditor.cpp" line="286"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="288"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="299"/>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="300"/>
        <source>Start the provider to inject faults.</source>
        <translation>Den Provider starten, um Fehler einzuschleusen.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="301"/>
        <source>No fault is injected: the provider behaves.</source>
        <translation>Kein Fehler eingeschleust: der Provider verhält sich korrekt.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="302"/>
        <source>Injected now: %1</source>
        <translation>Jetzt eingeschleust: %1</translation>
    </message>
</context>
<context>
    <name>ui::IssuersEditor</name>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="36"/>
        <source>Server (a change restarts the provider)</source>
        <translation>Server (eine Änderung startet den Provider neu)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="40"/>
        <source>127.0.0.1 keeps the provider to this machine; 0.0.0.0 opens it to the network</source>
        <translation>127.0.0.1 hält den Provider auf diesem Rechner; 0.0.0.0 öffnet ihn für das Netz</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="44"/>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="48"/>
        <source>http://host:port (as seen by clients behind a proxy)</source>
        <translation>http://host:port (wie Clients hinter einem Proxy ihn sehen)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="49"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="50"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="51"/>
        <source>P&amp;ublic URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="56"/>
        <source>&amp;Add issuer</source>
        <translation>Issuer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="71"/>
        <source>empty, or e.g. /realms/test</source>
        <translation>leer, oder z. B. /realms/test</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="72"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="74"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="77"/>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="79"/>
        <source>What the token, revocation and introspection endpoints accept, and discovery lists (token_endpoint_auth_methods_supported)</source>
        <translation>Was die Token-, Widerrufs- und Introspektions-Endpunkte annehmen und Discovery aufführt (token_endpoint_auth_methods_supported)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="84"/>
        <source>Grant types:</source>
        <translation>Grant-Typen:</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="85"/>
        <source>What the issuer supports and discovery lists (grant_types_supported); clients may use only these, whatever they are registered for</source>
        <translation>Was der Issuer unterstützt und Discovery aufführt (grant_types_supported); Clients können nur diese nutzen, wofür sie auch registriert sind</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="88"/>
        <source>Accept request o&amp;bjects (the request parameter)</source>
        <translation>Request-O&amp;bjekte annehmen (der Parameter request)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="90"/>
        <source>Unticked, the authorization endpoint answers request_not_supported and discovery says request_parameter_supported: false</source>
        <translation>Nicht angehakt antwortet der Autorisierungs-Endpunkt mit request_not_supported, und Discovery meldet request_parameter_supported: false</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="94"/>
        <source>Re&amp;quire pushed authorization requests (PAR) from every client</source>
        <translation>Pushed Authorization Requests (PAR) von jedem Client &amp;verlangen</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="96"/>
        <source>RFC 9126: the authorization endpoint takes only a request_uri from the pushed_authorization_request endpoint; discovery says require_pushed_authorization_requests: true</source>
        <translation>RFC 9126: Der Autorisierungs-Endpunkt nimmt nur eine request_uri vom Endpunkt pushed_authorization_request an; Discovery meldet require_pushed_authorization_requests: true</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Path below the issuer</source>
        <translation>Pfad unterhalb des Issuers</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Served</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="130"/>
        <source>Issuer %1</source>
        <translation>Issuer %1</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="146"/>
        <source>The provider needs at least one issuer.</source>
        <translation>Der Provider braucht mindestens einen Issuer.</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="271"/>
        <source>an issuer needs at least one client authentication method.</source>
        <translation>Ein Issuer braucht mindestens eine Methode der Client-Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="272"/>
        <source>an issuer needs at least one grant type.</source>
        <translation>Ein Issuer braucht mindestens einen Grant-Typ.</translation>
    </message>
</context>
<context>
    <name>ui::KeysEditor</name>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="29"/>
        <source>The first key that signs is used for tokens; published keys are listed in the JWKS. An unpublished signing key makes tokens no client can verify.</source>
        <translation>Der erste signierende Schlüssel signiert die Tokens; veröffentlichte Schlüssel stehen im JWKS. Ein nicht veröffentlichter Signaturschlüssel erzeugt Tokens, die kein Client prüfen kann.</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Signs</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="50"/>
        <source>%1 (RSA 2048)</source>
        <translation>%1 (RSA 2048)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="51"/>
        <source>EdDSA (Ed25519)</source>
        <translation>EdDSA (Ed25519)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="52"/>
        <source>ES256 (EC P-256)</source>
        <translation>ES256 (EC P-256)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="53"/>
        <source>ES384 (EC P-384)</source>
        <translation>ES384 (EC P-384)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="56"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="58"/>
        <source>Add a key that is published but does not sign yet</source>
        <translation>Einen Schlüssel hinzufügen, der veröffentlicht ist, aber noch nicht signiert</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="59"/>
        <source>R&amp;otate</source>
        <translation>R&amp;otieren</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="61"/>
        <source>Add a key that signs from now on; the keys that signed stay published</source>
        <translation>Einen Schlüssel hinzufügen, der ab jetzt signiert; die bisherigen bleiben veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="62"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="64"/>
        <source>New key:</source>
        <translation>Neuer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="75"/>
        <source>Public JWK</source>
        <translation>Öffentlicher JWK</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="76"/>
        <source>Public key PEM</source>
        <translation>Öffentlicher Schlüssel als PEM</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="77"/>
        <source>Private JWK (secret!)</source>
        <translation>Privater JWK (geheim!)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="78"/>
        <source>Private key PEM (secret!)</source>
        <translation>Privater Schlüssel als PEM (geheim!)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="79"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="81"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="83"/>
        <source>Export the selected key as:</source>
        <translation>Ausgewählten Schlüssel exportieren als:</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="106"/>
        <location filename="../ui/KeysEditor.cpp" line="113"/>
        <source>Select a key (a shared secret has no PEM form).</source>
        <translation>Einen Schlüssel auswählen (ein gemeinsames Geheimnis hat keine PEM-Form).</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="118"/>
        <source>Export key</source>
        <translation>Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="120"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="120"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="131"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="195"/>
        <source>A shared secret is never published</source>
        <translation>Ein gemeinsames Geheimnis wird nie veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Die Aussteller-URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Filter the log: path, client, status, fault…</source>
        <translation>Protokoll filtern: Pfad, Client, Status, Fehler…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Only &amp;errors and faults</source>
        <translation>Nur F&amp;ehler und Störungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Clea&amp;r log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Select a request to see it and its response.</source>
        <translation>Eine Anfrage auswählen, um sie und ihre Antwort zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Show client secrets, passwords, tokens and Authorization headers unmasked</source>
        <translation>Client-Geheimnisse, Passwörter, Tokens und Authorization-Header unmaskiert zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Issuers</source>
        <translation>&amp;Issuer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Cli&amp;ents</source>
        <translation>Cli&amp;ents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Sc&amp;opes</source>
        <translation>Sc&amp;opes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Ke&amp;ys</source>
        <translation>Sc&amp;hlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Faults</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Cloc&amp;k</source>
        <translation>&amp;Uhr</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>The issuer whose users, clients, scopes and keys are shown</source>
        <translation>Der Issuer, dessen Benutzer, Clients, Scopes und Schlüssel gezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Edi&amp;ting:</source>
        <translation>&amp;Bearbeitet:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>&amp;Decoder</source>
        <translation>&amp;Dekodierer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>The issuer URL: point a client at it</source>
        <translation>Die Issuer-URL: einen Client darauf richten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Whether a test suite can drive this provider (Provider › Control API…)</source>
        <translation>Ob eine Testsuite diesen Provider steuern kann (Provider › Control-API…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <location filename="../ui/MainWindowDocument.cpp" line="124"/>
        <source>Built-in workspace</source>
        <translation>Eingebauter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Issuer URL copied</source>
        <translation>Aussteller-URL kopiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>Provider stopped.</source>
        <translation>Provider angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Provider wird auf %1:%2 gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Generating a signing key…</source>
        <translation>Signaturschlüssel wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>Läuft auf %1, Port %2. Richten Sie einen Client auf die Aussteller-URL; das Discovery-Dokument liegt unter %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Control API: off</source>
        <translation>Control-API: aus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Control API: on</source>
        <translation>Control-API: an</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Provider konnte nicht starten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>the connection was closed without an answer (injected fault)</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen (eingeschleuster Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Injected fault: %1</source>
        <translation>Eingeschleuster Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Start again from the built-in workspace</source>
        <translation>Neu beginnen mit dem eingebauten Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="515"/>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>A workspace that imitates a real provider (docs/presets.md)</source>
        <translation>Ein Arbeitsbereich, der einen echten Provider nachahmt (docs/presets.md)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="527"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <location filename="../ui/MainWindowDocument.cpp" line="99"/>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <location filename="../ui/MainWindowDocument.cpp" line="99"/>
        <source>Workspaces (*.json)</source>
        <translation>Arbeitsbereiche (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Pro&amp;vider</source>
        <translation>Pro&amp;vider</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543"/>
        <source>&amp;Control API…</source>
        <translation>&amp;Control-API…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="545"/>
        <source>Let a test suite add faults, reset state and move the clock</source>
        <translation>Eine Testsuite Fehler hinzufügen, den Zustand zurücksetzen und die Uhr verstellen lassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="62"/>
        <source>%1[*] — OIDC Bench</source>
        <translation>%1[*] — OIDC Bench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="85"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="110"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="116"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="131"/>
        <source>There is no preset called %1.</source>
        <translation>Es gibt keine Vorlage namens %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="136"/>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="149"/>
        <source>The built-in workspace is open instead.</source>
        <translation>Stattdessen ist der eingebaute Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="151"/>
        <source>%1 does not exist. The built-in workspace is open instead.</source>
        <translation>%1 existiert nicht. Stattdessen ist der eingebaute Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="159"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="160"/>
        <source>The workspace &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Der Arbeitsbereich „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="196"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="198"/>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>Running on %1, port %2</source>
        <translation>Läuft auf %1, Port %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="599"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>ui::ProfileEditor</name>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="24"/>
        <source>Client profile</source>
        <translation>Client-Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="30"/>
        <source>https://login.example.com/realms/test</source>
        <translation>https://login.example.com/realms/test</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="31"/>
        <source>Its discovery document is read from &lt;issuer&gt;/.well-known/openid-configuration</source>
        <translation>Sein Discovery-Dokument wird von &lt;issuer&gt;/.well-known/openid-configuration gelesen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="30"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="32"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="35"/>
        <source>None (public client)</source>
        <translation>Keine (öffentlicher Client)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="40"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="41"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems abgelegt</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="41"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="47"/>
        <source>Separated by spaces</source>
        <translation>Durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="46"/>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="49"/>
        <source>a loopback listener at http://127.0.0.1:&lt;port&gt;/callback</source>
        <translation>ein Loopback-Listener unter http://127.0.0.1:&lt;port&gt;/callback</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="48"/>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Redirect-URI:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="44"/>
        <source>The client secret; with private_key_jwt, the client&apos;s private key as a JWK (JSON) or in PEM</source>
        <translation>Das Client-Secret; bei private_key_jwt der private Schlüssel des Clients als JWK (JSON) oder in PEM</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="53"/>
        <source>a free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="54"/>
        <source>Loopback &amp;port:</source>
        <translation>Loopback-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="60"/>
        <source>Response &amp;type:</source>
        <translation>Response-&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="63"/>
        <source>The response type&apos;s default</source>
        <translation>Standard des Response-Typs</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="66"/>
        <source>Response &amp;mode:</source>
        <translation>Response-&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="71"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="72"/>
        <source>P&amp;KCE:</source>
        <translation>P&amp;KCE:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="73"/>
        <source>P&amp;ush the authorization request first (PAR, RFC 9126)</source>
        <translation>Autorisierungsanfrage zuerst &amp;übertragen (PAR, RFC 9126)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="75"/>
        <source>The parameters go to the provider&apos;s pushed_authorization_request_endpoint; the browser carries only client_id and a request_uri. Done anyway when the provider requires it.</source>
        <translation>Die Parameter gehen an den pushed_authorization_request_endpoint des Providers; der Browser trägt nur client_id und eine request_uri. Geschieht ohnehin, wenn der Provider es verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="81"/>
        <source>name=value, one per line (prompt=login, acr_values=…)</source>
        <translation>name=wert, einer pro Zeile (prompt=login, acr_values=…)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="84"/>
        <source>&amp;Extra parameters:</source>
        <translation>&amp;Zusätzliche Parameter:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="86"/>
        <source>http://127.0.0.1:&lt;port&gt;/logged-out on the listener</source>
        <translation>http://127.0.0.1:&lt;port&gt;/logged-out am Listener</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="205"/>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="85"/>
        <source>Post-&amp;logout redirect:</source>
        <translation>Weiterleitung nach &amp;Abmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="90"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="91"/>
        <source>Clock l&amp;eeway:</source>
        <translation>Uhr-&amp;Toleranz:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="151"/>
        <source>Extra parameter &quot;%1&quot;: expected name=value.</source>
        <translation>Zusätzlicher Parameter „%1“: name=wert erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="160"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="166"/>
        <source>The issuer must be an http(s) URL.</source>
        <translation>Der Issuer muss eine http(s)-URL sein.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="170"/>
        <source>The profile needs a client ID.</source>
        <translation>Das Profil braucht eine Client-ID.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="176"/>
        <source>&quot;%1&quot; is not an absolute URI.</source>
        <translation>„%1“ ist keine absolute URI.</translation>
    </message>
</context>
<context>
    <name>ui::RequestLogModel</name>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="43"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="47"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="78"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="80"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="82"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="86"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="90"/>
        <source>Injected fault</source>
        <translation>Eingeschleuster Fehler</translation>
    </message>
</context>
<context>
    <name>ui::ScopesEditor</name>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="23"/>
        <source>A scope a client is granted releases the user claims listed with it (separated by spaces).</source>
        <translation>Ein einem Client gewährter Scope gibt die dazu aufgeführten Benutzer-Claims frei (durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="35"/>
        <source>&amp;Add scope</source>
        <translation>Scope &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="37"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="39"/>
        <source>Add &amp;standard scopes</source>
        <translation>&amp;Standard-Scopes hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="41"/>
        <source>openid, profile, email, address, phone and offline_access with their claims</source>
        <translation>openid, profile, email, address, phone und offline_access mit ihren Claims</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="113"/>
        <source>Row %1 needs a scope name.</source>
        <translation>Zeile %1 braucht einen Scope-Namen.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="117"/>
        <source>A scope name has no spaces: &quot;%1&quot;.</source>
        <translation>Ein Scope-Name enthält keine Leerzeichen: „%1“.</translation>
    </message>
</context>
<context>
    <name>ui::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="62"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="64"/>
        <location filename="../ui/TimelineModel.cpp" line="84"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="66"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="85"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="107"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="109"/>
        <source>From → to</source>
        <translation>Von → an</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="111"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="113"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ui::UsersEditor</name>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="52"/>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="65"/>
        <source>The &quot;sub&quot; claim: stable and unique for this issuer</source>
        <translation>Der Claim „sub“: stabil und eindeutig für diesen Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="68"/>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="69"/>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Subjekt (sub):</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="76"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="76"/>
        <source>Value (text, or JSON)</source>
        <translation>Wert (Text oder JSON)</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="79"/>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="83"/>
        <source>Claims as &amp;JSON</source>
        <translation>Claims als &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Add c&amp;laim</source>
        <translation>C&amp;laim hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="88"/>
        <source>Remove cla&amp;im</source>
        <translation>Cla&amp;im entfernen</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="235"/>
        <source>A user needs a username and a subject.</source>
        <translation>Ein Benutzer braucht einen Benutzernamen und ein Subjekt.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="245"/>
        <source>Claims JSON, line %1: %2</source>
        <translation>Claims-JSON, Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="246"/>
        <source>The claims must be a JSON object.</source>
        <translation>Die Claims müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="271"/>
        <source>Another user is already called &quot;%1&quot;.</source>
        <translation>Ein anderer Benutzer heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="275"/>
        <source>Another user already has the subject &quot;%1&quot;.</source>
        <translation>Ein anderer Benutzer hat bereits das Subjekt „%1“.</translation>
    </message>
</context>
<context>
    <name>ui::ValidationView</name>
    <message>
        <location filename="../ui/ValidationView.cpp" line="15"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="16"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="17"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>ui::WorkspacePage</name>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="93"/>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="123"/>
        <source>device_code</source>
        <translation>device_code</translation>
    </message>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="79"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
</TS>
