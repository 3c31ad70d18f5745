<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <source>OIDC Bench</source>
        <translation>OIDC Bench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Die Aussteller-URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Issuer URL copied</source>
        <translation>Aussteller-URL kopiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Provider stopped.</source>
        <translation>Provider angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Provider wird auf %1:%2 gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>Läuft auf %1, Port %2. Richten Sie einen Client auf die Aussteller-URL; das Discovery-Dokument liegt unter %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Provider konnte nicht starten:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="141"/>
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
</TS>
