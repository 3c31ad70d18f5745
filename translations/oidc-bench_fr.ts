<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Profiles not loaded: %1</source>
        <translation>Profils non chargés : %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <source>No system keychain (%1): client secrets are kept for this session only.</source>
        <translation>Pas de trousseau système (%1) : les secrets client ne sont gardés que pour cette session.</translation>
    </message>
</context>
<context>
    <name>ui::ClientPanel</name>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="58"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="63"/>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="67"/>
        <source>Sign in (browser)</source>
        <translation>Se connecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="68"/>
        <source>Device authorization</source>
        <translation>Autorisation d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="69"/>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="69"/>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="70"/>
        <source>UserInfo</source>
        <translation>UserInfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="70"/>
        <source>Introspect access token</source>
        <translation>Introspecter le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="71"/>
        <source>Revoke access token</source>
        <translation>Révoquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="71"/>
        <source>Sign out (browser)</source>
        <translation>Se déconnecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="74"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="77"/>
        <source>Run the flow (Ctrl+Enter)</source>
        <translation>Exécuter le flux (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="78"/>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="95"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="123"/>
        <source>Final &amp;URL:</source>
        <translation>&amp;URL finale :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="126"/>
        <source>Paste the URL the browser ended at</source>
        <translation>Collez l&apos;URL à laquelle le navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="128"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="166"/>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Révéler les secrets</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="168"/>
        <source>Show client secrets, tokens and Authorization headers unmasked</source>
        <translation>Afficher sans masque les secrets client, les jetons et les en-têtes Authorization</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="171"/>
        <source>Export c&amp;url…</source>
        <translation>Exporter c&amp;url…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="172"/>
        <source>Export &amp;HAR…</source>
        <translation>Exporter &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="178"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="180"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="183"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="183"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="183"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="185"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="247"/>
        <source>Built-in provider (%1)</source>
        <translation>Fournisseur intégré (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>No profile: start the provider or add a profile.</source>
        <translation>Aucun profil : démarrez le fournisseur ou ajoutez un profil.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="274"/>
        <source>Client %1 at %2.</source>
        <translation>Client %1 chez %2.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="300"/>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>Saisissez le code &lt;b&gt;%1&lt;/b&gt; sur &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="344"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="355"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 a échoué :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="358"/>
        <source>&lt;b&gt;%1 done, but checks failed&lt;/b&gt; (see Checks).</source>
        <translation>&lt;b&gt;%1 terminé, mais des vérifications ont échoué&lt;/b&gt; (voir Vérifications).</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="360"/>
        <source>%1 done; every check passed.</source>
        <translation>%1 terminé ; toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="366"/>
        <source>ID token
</source>
        <translation>Jeton d&apos;identité
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="368"/>
        <source>Access token (JWT)
</source>
        <translation>Jeton d&apos;accès (JWT)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="370"/>
        <source>Access token (opaque)
</source>
        <translation>Jeton d&apos;accès (opaque)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="372"/>
        <source>Response
</source>
        <translation>Réponse
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="383"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="384"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="385"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="395"/>
        <source>ID token: </source>
        <translation>Jeton d&apos;identité : </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="434"/>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="434"/>
        <source>Export curl commands</source>
        <translation>Exporter les commandes curl</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="436"/>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="436"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="441"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec de l&apos;export :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="443"/>
        <source>Exported to %1 (secrets masked).</source>
        <translation>Exporté vers %1 (secrets masqués).</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>OIDC Bench</source>
        <translation>OIDC Bench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Copier l’URL de l’émetteur dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Issuer URL copied</source>
        <translation>URL de l’émetteur copiée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Provider stopped.</source>
        <translation>Fournisseur arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Démarrage du fournisseur sur %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>En service sur %1, port %2. Indiquez l’URL de l’émetteur à un client ; son document de découverte se trouve à %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le fournisseur n’a pas pu démarrer :&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RequestLogModel</name>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="39"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="43"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="72"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="74"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="76"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="80"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="82"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="84"/>
        <source>Injected fault</source>
        <translation>Panne injectée</translation>
    </message>
</context>
<context>
    <name>ui::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="60"/>
        <source>Browser</source>
        <translation>Navigateur</translation>
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
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="83"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="105"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="107"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="109"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="111"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
</TS>
