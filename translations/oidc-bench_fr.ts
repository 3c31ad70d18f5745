<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Profiles not loaded: %1</source>
        <translation>Profils non chargés : %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>No system keychain (%1): client secrets are kept for this session only.</source>
        <translation>Pas de trousseau système (%1) : les secrets client ne sont gardés que pour cette session.</translation>
    </message>
</context>
<context>
    <name>ui::ClientPanel</name>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="62"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="67"/>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="71"/>
        <source>Sign in (browser)</source>
        <translation>Se connecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="72"/>
        <source>Device authorization</source>
        <translation>Autorisation d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="74"/>
        <source>UserInfo</source>
        <translation>UserInfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="74"/>
        <source>Introspect access token</source>
        <translation>Introspecter le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="75"/>
        <source>Revoke access token</source>
        <translation>Révoquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="75"/>
        <source>Sign out (browser)</source>
        <translation>Se déconnecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="78"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Run the flow (Ctrl+Enter)</source>
        <translation>Exécuter le flux (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="82"/>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="99"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="127"/>
        <source>Final &amp;URL:</source>
        <translation>&amp;URL finale :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="130"/>
        <source>Paste the URL the browser ended at</source>
        <translation>Collez l&apos;URL à laquelle le navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="132"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="155"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="157"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="180"/>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Révéler les secrets</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="182"/>
        <source>Show client secrets, tokens and Authorization headers unmasked</source>
        <translation>Afficher sans masque les secrets client, les jetons et les en-têtes Authorization</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="185"/>
        <source>Export c&amp;url…</source>
        <translation>Exporter c&amp;url…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="186"/>
        <source>Export &amp;HAR…</source>
        <translation>Exporter &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="187"/>
        <source>Export dia&amp;gram…</source>
        <translation>Exporter le dia&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="194"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="196"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="201"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="275"/>
        <source>Built-in provider (%1)</source>
        <translation>Fournisseur intégré (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="291"/>
        <source>No profile: start the provider or add a profile.</source>
        <translation>Aucun profil : démarrez le fournisseur ou ajoutez un profil.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="302"/>
        <source>Client %1 at %2.</source>
        <translation>Client %1 chez %2.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="328"/>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>Saisissez le code &lt;b&gt;%1&lt;/b&gt; sur &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="372"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="383"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 a échoué :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="386"/>
        <source>&lt;b&gt;%1 done, but checks failed&lt;/b&gt; (see Checks).</source>
        <translation>&lt;b&gt;%1 terminé, mais des vérifications ont échoué&lt;/b&gt; (voir Vérifications).</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="388"/>
        <source>%1 done; every check passed.</source>
        <translation>%1 terminé ; toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="394"/>
        <source>ID token
</source>
        <translation>Jeton d&apos;identité
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="396"/>
        <source>Access token (JWT)
</source>
        <translation>Jeton d&apos;accès (JWT)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="398"/>
        <source>Access token (opaque)
</source>
        <translation>Jeton d&apos;accès (opaque)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="400"/>
        <source>Response
</source>
        <translation>Réponse
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="413"/>
        <source>ID token: </source>
        <translation>Jeton d&apos;identité : </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="473"/>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="480"/>
        <source>Export diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="480"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="487"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="493"/>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="493"/>
        <source>Export curl commands</source>
        <translation>Exporter les commandes curl</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="485"/>
        <location filename="../ui/ClientPanel.cpp" line="500"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec de l&apos;export :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="502"/>
        <source>Exported to %1 (secrets masked).</source>
        <translation>Exporté vers %1 (secrets masqués).</translation>
    </message>
</context>
<context>
    <name>ui::ClockEditor</name>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="27"/>
        <source>−1 day</source>
        <translation>−1 jour</translation>
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
        <translation>+1 jour</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="40"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Figer</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="52"/>
        <source>&amp;Real time</source>
        <translation>Temps &amp;réel</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="96"/>
        <source>Start the provider to control its clock.</source>
        <translation>Démarrez le fournisseur pour contrôler son horloge.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="101"/>
        <source>Provider time: %1 UTC%2</source>
        <translation>Heure du fournisseur : %1 UTC%2</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="102"/>
        <source> (frozen)</source>
        <translation> (figée)</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="105"/>
        <source>In step with real time.</source>
        <translation>Au pas du temps réel.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>%1 s %2 real time.</source>
        <translation>%1 s %2 le temps réel.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>ahead of</source>
        <translation>en avance sur</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="106"/>
        <source>behind</source>
        <translation>en retard sur</translation>
    </message>
</context>
<context>
    <name>ui::DecoderPanel</name>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="27"/>
        <source>Paste a &amp;token (JWT) or a whole redirect URL:</source>
        <translation>Collez un &amp;jeton (JWT) ou une URL de redirection entière :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="39"/>
        <source>The issuer&apos;s JWKS (discovery)</source>
        <translation>Le JWKS de l&apos;émetteur (découverte)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="40"/>
        <source>A pasted key (JWK, JWK Set or PEM)</source>
        <translation>Une clé collée (JWK, JWK Set ou PEM)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="41"/>
        <source>The client secret (HS256/384/512)</source>
        <translation>Le secret client (HS256/384/512)</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="42"/>
        <source>None: decode only</source>
        <translation>Aucune : décoder seulement</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="43"/>
        <source>&amp;Signature key:</source>
        <translation>Clé de &amp;signature :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="46"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Émetteur :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="49"/>
        <source>optional: the audience to expect</source>
        <translation>facultatif : l&apos;audience attendue</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="50"/>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="53"/>
        <source>optional: the nonce the request sent</source>
        <translation>facultatif : le nonce envoyé par la requête</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="54"/>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="58"/>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="63"/>
        <source>{&quot;kty&quot;: ...}, {&quot;keys&quot;: [...]} or -----BEGIN PUBLIC KEY-----</source>
        <translation>{&quot;kty&quot;: ...}, {&quot;keys&quot;: [...]} ou -----BEGIN PUBLIC KEY-----</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="64"/>
        <source>&amp;Key:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="68"/>
        <source>&amp;Decode and check</source>
        <translation>&amp;Décoder et vérifier</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="86"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="115"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="122"/>
        <source>The URL&apos;s parameters are malformed.</source>
        <translation>Les paramètres de l&apos;URL sont mal formés.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="136"/>
        <source>Other parameters: %1</source>
        <translation>Autres paramètres : %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="162"/>
        <source>Nothing to decode: paste a JWT or a redirect URL with id_token.</source>
        <translation>Rien à décoder : collez un JWT ou une URL de redirection avec id_token.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="172"/>
        <source>&lt;b&gt;Give the issuer&lt;/b&gt; whose JWKS should check the signature.</source>
        <translation>&lt;b&gt;Indiquez l&apos;émetteur&lt;/b&gt; dont le JWKS doit vérifier la signature.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="183"/>
        <source>&lt;b&gt;The keys could not be fetched:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Les clés n&apos;ont pas pu être obtenues :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="196"/>
        <source>&lt;b&gt;The key is not usable:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La clé est inutilisable :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="221"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="221"/>
        <source>invalid: %1</source>
        <translation>invalide : %1</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="230"/>
        <source>%1 is valid.</source>
        <translation>%1 est valide.</translation>
    </message>
    <message>
        <location filename="../ui/DecoderPanel.cpp" line="231"/>
        <source>&lt;b&gt;%1 is invalid:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 est invalide :&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>ui::FaultsEditor</name>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="21"/>
        <source>any client</source>
        <translation>tout client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="22"/>
        <source>Switch on for &amp;client:</source>
        <translation>Activer pour le &amp;client :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>What the provider does</source>
        <translation>Ce que fait le fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="26"/>
        <source>What a correct client does</source>
        <translation>Ce que fait un client correct</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="85"/>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="86"/>
        <source>Start the provider to inject faults.</source>
        <translation>Démarrez le fournisseur pour injecter des pannes.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="87"/>
        <source>No fault is injected: the provider behaves.</source>
        <translation>Aucune panne injectée : le fournisseur se comporte bien.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="88"/>
        <source>Injected now: %1</source>
        <translation>Injecté maintenant : %1</translation>
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
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Copier l’URL de l’émetteur dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Filter the log: path, client, status, fault…</source>
        <translation>Filtrer le journal : chemin, client, statut, panne…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Only &amp;errors and faults</source>
        <translation>Seulement &amp;erreurs et pannes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Clea&amp;r log</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Select a request to see it and its response.</source>
        <translation>Sélectionnez une requête pour la voir avec sa réponse.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Révéler les secrets</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Show client secrets, passwords, tokens and Authorization headers unmasked</source>
        <translation>Afficher sans masque les secrets client, mots de passe, jetons et en-têtes Authorization</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Faults</source>
        <translation>&amp;Pannes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Cloc&amp;k</source>
        <translation>&amp;Horloge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Decoder</source>
        <translation>&amp;Décodeur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>Issuer URL copied</source>
        <translation>URL de l’émetteur copiée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Provider stopped.</source>
        <translation>Fournisseur arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Démarrage du fournisseur sur %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>En service sur %1, port %2. Indiquez l’URL de l’émetteur à un client ; son document de découverte se trouve à %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le fournisseur n’a pas pu démarrer :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>the connection was closed without an answer (injected fault)</source>
        <translation>la connexion a été fermée sans réponse (panne injectée)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Injected fault: %1</source>
        <translation>Panne injectée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="295"/>
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
<context>
    <name>ui::UsersEditor</name>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="58"/>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="60"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="75"/>
        <source>The &quot;sub&quot; claim: stable and unique for this issuer</source>
        <translation>La revendication « sub » : stable et unique pour cet émetteur</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="78"/>
        <source>User&amp;name:</source>
        <translation>No&amp;m d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="79"/>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Sujet (sub) :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="80"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Value (text, or JSON)</source>
        <translation>Valeur (texte ou JSON)</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="89"/>
        <source>&amp;Claims</source>
        <translation>&amp;Revendications</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="93"/>
        <source>Claims as &amp;JSON</source>
        <translation>Revendications en &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="96"/>
        <source>Add c&amp;laim</source>
        <translation>Ajouter une reve&amp;ndication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="98"/>
        <source>Remove cla&amp;im</source>
        <translation>Supprimer la revend&amp;ication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="246"/>
        <source>A user needs a username and a subject.</source>
        <translation>Un utilisateur a besoin d&apos;un nom et d&apos;un sujet.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="256"/>
        <source>Claims JSON, line %1: %2</source>
        <translation>JSON des revendications, ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="257"/>
        <source>The claims must be a JSON object.</source>
        <translation>Les revendications doivent être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="282"/>
        <source>Another user is already called &quot;%1&quot;.</source>
        <translation>Un autre utilisateur s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="286"/>
        <source>Another user already has the subject &quot;%1&quot;.</source>
        <translation>Un autre utilisateur a déjà le sujet « %1 ».</translation>
    </message>
</context>
<context>
    <name>ui::ValidationView</name>
    <message>
        <location filename="../ui/ValidationView.cpp" line="13"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="14"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="15"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
</TS>
