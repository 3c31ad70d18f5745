<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>Profiles not loaded: %1</source>
        <translation>Profils non chargés : %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>No system keychain (%1): client secrets are kept for this session only.</source>
        <translation>Pas de trousseau système (%1) : les secrets client ne sont gardés que pour cette session.</translation>
    </message>
</context>
<context>
    <name>ui::ClientPanel</name>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="68"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="73"/>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="77"/>
        <source>Sign in (browser)</source>
        <translation>Se connecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="78"/>
        <source>Device authorization</source>
        <translation>Autorisation d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="79"/>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="79"/>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="80"/>
        <source>UserInfo</source>
        <translation>UserInfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="80"/>
        <source>Introspect access token</source>
        <translation>Introspecter le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Revoke access token</source>
        <translation>Révoquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="81"/>
        <source>Sign out (browser)</source>
        <translation>Se déconnecter (navigateur)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="84"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="87"/>
        <source>Run the flow (Ctrl+Enter)</source>
        <translation>Exécuter le flux (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="88"/>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="95"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="97"/>
        <source>A new saved profile, starting from the selected one</source>
        <translation>Un nouveau profil enregistré, à partir de celui choisi</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="115"/>
        <location filename="../ui/ClientPanel.cpp" line="468"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="144"/>
        <source>Final &amp;URL:</source>
        <translation>&amp;URL finale :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="147"/>
        <source>Paste the URL the browser ended at</source>
        <translation>Collez l&apos;URL à laquelle le navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="149"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="172"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="174"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="197"/>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Révéler les secrets</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="199"/>
        <source>Show client secrets, tokens and Authorization headers unmasked</source>
        <translation>Afficher sans masque les secrets client, les jetons et les en-têtes Authorization</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="202"/>
        <source>Export c&amp;url…</source>
        <translation>Exporter c&amp;url…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="203"/>
        <source>Export &amp;HAR…</source>
        <translation>Exporter &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="204"/>
        <source>Export dia&amp;gram…</source>
        <translation>Exporter le dia&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="211"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="229"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="229"/>
        <source>New tokens for the refresh token</source>
        <translation>De nouveaux jetons contre le refresh token</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="231"/>
        <source>&amp;Userinfo</source>
        <translation>&amp;Userinfo</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="231"/>
        <source>The user&apos;s claims, with the access token</source>
        <translation>Les claims de l&apos;utilisateur, avec le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="232"/>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspection</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="233"/>
        <source>Ask the provider whether the access token is active (RFC 7662)</source>
        <translation>Demander au fournisseur si le jeton d&apos;accès est actif (RFC 7662)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="235"/>
        <source>Revoke &amp;access</source>
        <translation>Révoquer l&apos;&amp;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="235"/>
        <source>Revoke the access token (RFC 7009)</source>
        <translation>Révoquer le jeton d&apos;accès (RFC 7009)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="236"/>
        <source>Revoke r&amp;efresh</source>
        <translation>Révoquer le r&amp;efresh</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="237"/>
        <source>Revoke the refresh token (RFC 7009)</source>
        <translation>Révoquer le refresh token (RFC 7009)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="239"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="239"/>
        <source>RP-initiated logout with the ID token as hint</source>
        <translation>Déconnexion initiée par le RP avec le jeton d&apos;identité comme indice</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="244"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="263"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="265"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="352"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="352"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="372"/>
        <source>&lt;b&gt;The profile was not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le profil n&apos;a pas été enregistré :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="380"/>
        <source>&lt;b&gt;The client secret was not stored:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le secret du client n&apos;a pas été stocké :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="385"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="394"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="395"/>
        <source>Delete the profile &quot;%1&quot; and its stored client secret?</source>
        <translation>Supprimer le profil « %1 » et son secret client stocké ?</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="401"/>
        <source>&lt;b&gt;The profile was not deleted:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le profil n&apos;a pas été supprimé :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="414"/>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="423"/>
        <source>Built-in provider (%1)</source>
        <translation>Fournisseur intégré (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="451"/>
        <source>No profile: start the provider or add a profile.</source>
        <translation>Aucun profil : démarrez le fournisseur ou ajoutez un profil.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="462"/>
        <source>Client %1 at %2.</source>
        <translation>Client %1 chez %2.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="467"/>
        <source>Private &amp;key:</source>
        <translation>Clé &amp;privée :</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="495"/>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>Saisissez le code &lt;b&gt;%1&lt;/b&gt; sur &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ClientPanel.cpp" line="548"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n jour %1</numerusform>
            <numerusform>%n jours %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="570"/>
        <source>%1: none</source>
        <translation>%1 : aucun</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="572"/>
        <source>%1: held, expiry not said</source>
        <translation>%1 : détenu, expiration non indiquée</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="577"/>
        <source>%1: expires in &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1 : expire dans &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="579"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="580"/>
        <source>ID token</source>
        <translation>Jeton d&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="581"/>
        <source>Refresh token: held</source>
        <translation>Refresh token : détenu</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="581"/>
        <source>Refresh token: none</source>
        <translation>Refresh token : aucun</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="597"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="609"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 a échoué :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="612"/>
        <source>&lt;b&gt;%1 done, but checks failed&lt;/b&gt; (see Checks).</source>
        <translation>&lt;b&gt;%1 terminé, mais des vérifications ont échoué&lt;/b&gt; (voir Vérifications).</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="614"/>
        <source>%1 done; every check passed.</source>
        <translation>%1 terminé ; toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="644"/>
        <source>ID token
</source>
        <translation>Jeton d&apos;identité
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="646"/>
        <source>Access token (JWT)
</source>
        <translation>Jeton d&apos;accès (JWT)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="648"/>
        <source>Access token (opaque)
</source>
        <translation>Jeton d&apos;accès (opaque)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="664"/>
        <source>ID token: </source>
        <translation>Jeton d&apos;identité : </translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="77"/>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="84"/>
        <source>Export diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="84"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="91"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="97"/>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="97"/>
        <source>Export curl commands</source>
        <translation>Exporter les commandes curl</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="99"/>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="99"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="89"/>
        <location filename="../ui/ClientPanelExport.cpp" line="104"/>
        <source>&lt;b&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec de l&apos;export :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="100"/>
        <source>Dele&amp;te</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanel.cpp" line="575"/>
        <source>%1: &lt;span style=&quot;color:%4&quot;&gt;&lt;b&gt;expired&lt;/b&gt; %2 ago&lt;/span&gt; (%3)</source>
        <translation>%1 : &lt;span style=&quot;color:%4&quot;&gt;&lt;b&gt;expiré&lt;/b&gt; depuis %2&lt;/span&gt; (%3)</translation>
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
        <translation>Réponse (%1)
</translation>
    </message>
    <message>
        <location filename="../ui/ClientPanelExport.cpp" line="106"/>
        <source>Exported to %1 (secrets masked).</source>
        <translation>Exporté vers %1 (secrets masqués).</translation>
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
        <translation>&amp;Ajouter un client</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="83"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID du client :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="89"/>
        <source>Public (no secret: SPA, native app)</source>
        <translation>Public (sans secret : SPA, application native)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="90"/>
        <source>Confidential (has a secret)</source>
        <translation>Confidentiel (avec secret)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="91"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="97"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="100"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="102"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="109"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="114"/>
        <source>One per line, e.g. http://127.0.0.1/callback</source>
        <translation>Une par ligne, p. ex. http://127.0.0.1/callback</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="115"/>
        <source>&amp;Redirect URIs:</source>
        <translation>URI de &amp;redirection :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="116"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="117"/>
        <source>&amp;Post-logout URIs:</source>
        <translation>URI après &amp;déconnexion :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="119"/>
        <source>Grant types:</source>
        <translation>Types de grant :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="122"/>
        <source>Response types:</source>
        <translation>Types de réponse :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="126"/>
        <source>Require P&amp;KCE (S256 or plain code challenge)</source>
        <translation>Exiger P&amp;KCE (code challenge S256 ou plain)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="130"/>
        <source>Ask the user&apos;s &amp;consent before the first grant of a scope</source>
        <translation>Demander le &amp;consentement avant la première attribution d&apos;un scope</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="133"/>
        <source>R&amp;otate refresh tokens (reuse revokes the family)</source>
        <translation>Faire &amp;tourner les refresh tokens (une réutilisation révoque la famille)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="136"/>
        <source>Re&amp;quire pushed authorization requests (PAR)</source>
        <translation>E&amp;xiger les requêtes d&apos;autorisation poussées (PAR)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="138"/>
        <source>RFC 9126: this client&apos;s authorization requests must come as a request_uri from the pushed_authorization_request endpoint</source>
        <translation>RFC 9126 : les requêtes d&apos;autorisation de ce client doivent arriver sous forme de request_uri obtenue du point de terminaison pushed_authorization_request</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="144"/>
        <source>Every scope of the issuer</source>
        <translation>Tous les scopes de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="145"/>
        <source>Scopes this client may ask for, separated by spaces</source>
        <translation>Scopes que ce client peut demander, séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="146"/>
        <source>Allowed sc&amp;opes:</source>
        <translation>Sc&amp;opes autorisés :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="148"/>
        <source>One origin per line, e.g. http://localhost:5173</source>
        <translation>Une origine par ligne, p. ex. http://localhost:5173</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="149"/>
        <source>CORS ori&amp;gins:</source>
        <translation>Ori&amp;gines CORS :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="152"/>
        <source>The client ID</source>
        <translation>L&apos;ID du client</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="153"/>
        <source>Access token a&amp;udience:</source>
        <translation>A&amp;udience du jeton d&apos;accès :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="156"/>
        <source>Access token lifetime:</source>
        <translation>Durée de vie du jeton d&apos;accès :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="158"/>
        <source>ID token lifetime:</source>
        <translation>Durée de vie du jeton d&apos;identité :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="160"/>
        <source>Refresh token lifetime:</source>
        <translation>Durée de vie du refresh token :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="162"/>
        <source>Authorization code lifetime:</source>
        <translation>Durée de vie du code d&apos;autorisation :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="166"/>
        <source>The signing key&apos;s algorithm</source>
        <translation>Algorithme de la clé de signature</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="169"/>
        <source>Not signed (JSON)</source>
        <translation>Non signée (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="174"/>
        <source>ID token &amp;algorithm:</source>
        <translation>&amp;Algorithme du jeton d&apos;identité :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="175"/>
        <source>User&amp;info response:</source>
        <translation>Réponse user&amp;info :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="180"/>
        <source>None. A JWK Set of the client&apos;s public keys, {&quot;keys&quot;: [...]}: they verify its private_key_jwt assertions and signed request objects</source>
        <translation>Aucune. Un JWK Set des clés publiques du client, {&quot;keys&quot;: [...]} : elles vérifient ses assertions private_key_jwt et ses objets de requête signés</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="185"/>
        <source>Public keys (&amp;JWKS):</source>
        <translation>Clés publiques (&amp;JWKS) :</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="221"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="338"/>
        <source>public keys: not JSON (%1 at character %2)</source>
        <translation>clés publiques : pas du JSON (%1 au caractère %2)</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="347"/>
        <source>public keys: %1</source>
        <translation>clés publiques : %1</translation>
    </message>
    <message>
        <location filename="../ui/ClientsEditor.cpp" line="347"/>
        <source>public keys, %1: %2</source>
        <translation>clés publiques, %1 : %2</translation>
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
        <location filename="../ui/ClockEditor.cpp" line="115"/>
        <source>Start the provider to control its clock.</source>
        <translation>Démarrez le fournisseur pour contrôler son horloge.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="120"/>
        <source>Provider time: %1 UTC%2</source>
        <translation>Heure du fournisseur : %1 UTC%2</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="121"/>
        <source> (frozen)</source>
        <translation> (figée)</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="124"/>
        <source>In step with real time.</source>
        <translation>Au pas du temps réel.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>%1 s %2 real time.</source>
        <translation>%1 s %2 le temps réel.</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>ahead of</source>
        <translation>en avance sur</translation>
    </message>
    <message>
        <location filename="../ui/ClockEditor.cpp" line="125"/>
        <source>behind</source>
        <translation>en retard sur</translation>
    </message>
</context>
<context>
    <name>ui::ControlApiDialog</name>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="21"/>
        <source>Control API</source>
        <translation>API de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="23"/>
        <source>A test suite can drive this provider while it runs: add and remove faults, forget every grant and session between test cases, move the clock. Its changes show on the Faults and Clock pages and are kept in the workspace like changes made there. Every call needs the bearer token below.</source>
        <translation>Une suite de tests peut piloter ce fournisseur pendant qu’il tourne : ajouter et retirer des pannes, oublier toutes les autorisations et sessions entre deux cas de test, déplacer l’horloge. Ses changements apparaissent dans les pages Pannes et Horloge et sont gardés dans l’espace de travail comme ceux faits là. Chaque appel demande le jeton Bearer ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="30"/>
        <source>&amp;Switch the control API on</source>
        <translation>&amp;Activer l’API de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="44"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="45"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="46"/>
        <source>&amp;New token</source>
        <translation>&amp;Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="48"/>
        <source>Replace the token: calls with the old one are refused from now on</source>
        <translation>Remplacer le jeton : les appels avec l’ancien sont refusés dès maintenant</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="49"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="51"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="98"/>
        <source>The control API is off: its address answers 404.</source>
        <translation>L’API de contrôle est désactivée : son adresse répond 404.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="99"/>
        <source>The provider is stopped: the control API answers once it runs again.</source>
        <translation>Le fournisseur est arrêté : l’API de contrôle répondra dès qu’il tournera à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="100"/>
        <source>Answering at the address above. docs/control-api.md lists every call.</source>
        <translation>Répond à l’adresse ci-dessus. docs/control-api.md liste tous les appels.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="118"/>
        <source>The next token request fails.</source>
        <translation>La prochaine requête de jeton échoue.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="119"/>
        <source>Forget every code, token, session and consent.</source>
        <translation>Oublier tous les codes, jetons, sessions et consentements.</translation>
    </message>
    <message>
        <location filename="../ui/ControlApiDialog.cpp" line="120"/>
        <source>One hour later: tokens issued now have expired.</source>
        <translation>Une heure plus tard : les jetons émis maintenant ont expiré.</translation>
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
        <location filename="../ui/FaultsEditor.cpp" line="61"/>
        <source>any client</source>
        <translation>tout client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>What the provider does</source>
        <translation>Ce que fait le fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="42"/>
        <source>What a correct client does</source>
        <translation>Ce que fait un client correct</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="51"/>
        <source>Rule (used by the switches and Add rule)</source>
        <translation>Règle (utilisée par les interrupteurs et « Ajouter une règle »)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="53"/>
        <source>e.g. status=503 or ms=2000</source>
        <translation>p. ex. status=503 ou ms=2000</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="53"/>
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="56"/>
        <source>where the fault can happen</source>
        <translation>là où l&apos;erreur peut se produire</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="59"/>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="60"/>
        <source>any issuer (its id)</source>
        <translation>tout émetteur (son id)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="60"/>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="61"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="62"/>
        <source>any user (username)</source>
        <translation>tout utilisateur (nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="62"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="65"/>
        <source>any grant type</source>
        <translation>tout type de grant</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="70"/>
        <source>&amp;Grant type:</source>
        <translation>Type de &amp;grant :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="75"/>
        <source>after </source>
        <translation>après </translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="76"/>
        <source>Let this many matching requests pass untouched first</source>
        <translation>Laisser passer intactes ce nombre de requêtes correspondantes</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="80"/>
        <location filename="../ui/FaultsEditor.cpp" line="286"/>
        <source>every time</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="81"/>
        <source> time(s)</source>
        <translation> fois</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="82"/>
        <source>How many faults to inject, then stop (each place the fault can happen counts)</source>
        <translation>Combien d&apos;erreurs injecter, puis arrêter (chaque endroit où l&apos;erreur peut se produire compte)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="88"/>
        <source>p = </source>
        <translation>p = </translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="92"/>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="93"/>
        <source>a name of your own for this rule</source>
        <translation>un nom à vous pour cette règle</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="93"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Matched</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Injected</source>
        <translation>Injectées</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="107"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="114"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="116"/>
        <source>A rule for the fault selected above, as the form says</source>
        <translation>Une règle pour l&apos;erreur choisie ci-dessus, selon le formulaire</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="117"/>
        <source>Re&amp;move rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="119"/>
        <source>Clear &amp;all</source>
        <translation>Tout &amp;effacer</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="156"/>
        <source>Select a fault in the catalogue first.</source>
        <translation>Choisissez d&apos;abord une erreur dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="275"/>
        <source>endpoint</source>
        <translation>point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="276"/>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="276"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="277"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="277"/>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="282"/>
        <source>every request</source>
        <translation>chaque requête</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="285"/>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FaultsEditor.cpp" line="286"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
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
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="300"/>
        <source>Start the provider to inject faults.</source>
        <translation>Démarrez le fournisseur pour injecter des pannes.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="301"/>
        <source>No fault is injected: the provider behaves.</source>
        <translation>Aucune panne injectée : le fournisseur se comporte bien.</translation>
    </message>
    <message>
        <location filename="../ui/FaultsEditor.cpp" line="302"/>
        <source>Injected now: %1</source>
        <translation>Injecté maintenant : %1</translation>
    </message>
</context>
<context>
    <name>ui::IssuersEditor</name>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="36"/>
        <source>Server (a change restarts the provider)</source>
        <translation>Serveur (une modification redémarre le fournisseur)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="40"/>
        <source>127.0.0.1 keeps the provider to this machine; 0.0.0.0 opens it to the network</source>
        <translation>127.0.0.1 garde le fournisseur sur cette machine ; 0.0.0.0 l&apos;ouvre au réseau</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="44"/>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="48"/>
        <source>http://host:port (as seen by clients behind a proxy)</source>
        <translation>http://hôte:port (tel que vu par les clients derrière un proxy)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="49"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="50"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="51"/>
        <source>P&amp;ublic URL:</source>
        <translation>URL p&amp;ublique :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="56"/>
        <source>&amp;Add issuer</source>
        <translation>&amp;Ajouter un émetteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="71"/>
        <source>empty, or e.g. /realms/test</source>
        <translation>vide, ou p. ex. /realms/test</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="72"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="74"/>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="77"/>
        <source>Client authentication:</source>
        <translation>Authentification des clients :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="79"/>
        <source>What the token, revocation and introspection endpoints accept, and discovery lists (token_endpoint_auth_methods_supported)</source>
        <translation>Ce qu&apos;acceptent les points de terminaison de jeton, de révocation et d&apos;introspection, et ce que la découverte annonce (token_endpoint_auth_methods_supported)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="84"/>
        <source>Grant types:</source>
        <translation>Types de grant :</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="85"/>
        <source>What the issuer supports and discovery lists (grant_types_supported); clients may use only these, whatever they are registered for</source>
        <translation>Ce que l&apos;émetteur prend en charge et que la découverte annonce (grant_types_supported) ; les clients n&apos;utilisent que ceux-ci, quels que soient ceux pour lesquels ils sont enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="88"/>
        <source>Accept request o&amp;bjects (the request parameter)</source>
        <translation>Accepter les o&amp;bjets de requête (le paramètre request)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="90"/>
        <source>Unticked, the authorization endpoint answers request_not_supported and discovery says request_parameter_supported: false</source>
        <translation>Décoché, le point de terminaison d&apos;autorisation répond request_not_supported et la découverte indique request_parameter_supported: false</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="94"/>
        <source>Re&amp;quire pushed authorization requests (PAR) from every client</source>
        <translation>E&amp;xiger de chaque client des requêtes d&apos;autorisation poussées (PAR)</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="96"/>
        <source>RFC 9126: the authorization endpoint takes only a request_uri from the pushed_authorization_request endpoint; discovery says require_pushed_authorization_requests: true</source>
        <translation>RFC 9126 : le point de terminaison d&apos;autorisation n&apos;accepte qu&apos;une request_uri obtenue du point de terminaison pushed_authorization_request ; la découverte indique require_pushed_authorization_requests: true</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Path below the issuer</source>
        <translation>Chemin sous l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="105"/>
        <source>Served</source>
        <translation>Servi</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="130"/>
        <source>Issuer %1</source>
        <translation>Émetteur %1</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="146"/>
        <source>The provider needs at least one issuer.</source>
        <translation>Le fournisseur a besoin d&apos;au moins un émetteur.</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="271"/>
        <source>an issuer needs at least one client authentication method.</source>
        <translation>un émetteur doit accepter au moins une méthode d&apos;authentification des clients.</translation>
    </message>
    <message>
        <location filename="../ui/IssuersEditor.cpp" line="272"/>
        <source>an issuer needs at least one grant type.</source>
        <translation>un émetteur doit prendre en charge au moins un type de grant.</translation>
    </message>
</context>
<context>
    <name>ui::KeysEditor</name>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="29"/>
        <source>The first key that signs is used for tokens; published keys are listed in the JWKS. An unpublished signing key makes tokens no client can verify.</source>
        <translation>La première clé qui signe est utilisée pour les jetons ; les clés publiées figurent dans le JWKS. Une clé de signature non publiée produit des jetons qu&apos;aucun client ne peut vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Key ID (kid)</source>
        <translation>ID de clé (kid)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Signs</source>
        <translation>Signe</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="37"/>
        <source>Published</source>
        <translation>Publiée</translation>
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
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="58"/>
        <source>Add a key that is published but does not sign yet</source>
        <translation>Ajouter une clé publiée qui ne signe pas encore</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="59"/>
        <source>R&amp;otate</source>
        <translation>Faire &amp;tourner</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="61"/>
        <source>Add a key that signs from now on; the keys that signed stay published</source>
        <translation>Ajouter une clé qui signe désormais ; les clés précédentes restent publiées</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="62"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="64"/>
        <source>New key:</source>
        <translation>Nouvelle clé :</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="75"/>
        <source>Public JWK</source>
        <translation>JWK public</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="76"/>
        <source>Public key PEM</source>
        <translation>Clé publique PEM</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="77"/>
        <source>Private JWK (secret!)</source>
        <translation>JWK privé (secret !)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="78"/>
        <source>Private key PEM (secret!)</source>
        <translation>Clé privée PEM (secret !)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="79"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="81"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="83"/>
        <source>Export the selected key as:</source>
        <translation>Exporter la clé choisie en :</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="106"/>
        <location filename="../ui/KeysEditor.cpp" line="113"/>
        <source>Select a key (a shared secret has no PEM form).</source>
        <translation>Choisissez une clé (un secret partagé n&apos;a pas de forme PEM).</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="118"/>
        <source>Export key</source>
        <translation>Exporter la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="120"/>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="120"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="131"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/KeysEditor.cpp" line="195"/>
        <source>A shared secret is never published</source>
        <translation>Un secret partagé n&apos;est jamais publié</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Copy the issuer URL to the clipboard</source>
        <translation>Copier l’URL de l’émetteur dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Filter the log: path, client, status, fault…</source>
        <translation>Filtrer le journal : chemin, client, statut, panne…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Only &amp;errors and faults</source>
        <translation>Seulement &amp;erreurs et pannes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Clea&amp;r log</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Select a request to see it and its response.</source>
        <translation>Sélectionnez une requête pour la voir avec sa réponse.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Révéler les secrets</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Show client secrets, passwords, tokens and Authorization headers unmasked</source>
        <translation>Afficher sans masque les secrets client, mots de passe, jetons et en-têtes Authorization</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Issuers</source>
        <translation>&amp;Émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
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
        <translation>Clé&amp;s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Faults</source>
        <translation>&amp;Pannes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Cloc&amp;k</source>
        <translation>&amp;Horloge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>The issuer whose users, clients, scopes and keys are shown</source>
        <translation>L&apos;émetteur dont les utilisateurs, clients, scopes et clés sont affichés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Edi&amp;ting:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>&amp;Decoder</source>
        <translation>&amp;Décodeur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>The issuer URL: point a client at it</source>
        <translation>L&apos;URL de l&apos;émetteur : à donner au client</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Whether a test suite can drive this provider (Provider › Control API…)</source>
        <translation>Si une suite de tests peut piloter ce fournisseur (Fournisseur › API de contrôle…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <location filename="../ui/MainWindowDocument.cpp" line="124"/>
        <source>Built-in workspace</source>
        <translation>Espace de travail intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Issuer URL copied</source>
        <translation>URL de l’émetteur copiée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>Provider stopped.</source>
        <translation>Fournisseur arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Starting the provider on %1:%2…</source>
        <translation>Démarrage du fournisseur sur %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Generating a signing key…</source>
        <translation>Génération d’une clé de signature…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Running on %1, port %2. Point a client at the issuer URL; its discovery document is at %3/.well-known/openid-configuration.</source>
        <translation>En service sur %1, port %2. Indiquez l’URL de l’émetteur à un client ; son document de découverte se trouve à %3/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Control API: off</source>
        <translation>API de contrôle : désactivée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Control API: on</source>
        <translation>API de contrôle : activée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>&lt;b&gt;The provider could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le fournisseur n’a pas pu démarrer :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>the connection was closed without an answer (injected fault)</source>
        <translation>la connexion a été fermée sans réponse (panne injectée)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Injected fault: %1</source>
        <translation>Panne injectée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Start again from the built-in workspace</source>
        <translation>Repartir de l&apos;espace de travail intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Espaces de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="515"/>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>A workspace that imitates a real provider (docs/presets.md)</source>
        <translation>Un espace de travail qui imite un vrai fournisseur (docs/presets.md)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="527"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <location filename="../ui/MainWindowDocument.cpp" line="99"/>
        <source>Save workspace</source>
        <translation>Enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <location filename="../ui/MainWindowDocument.cpp" line="99"/>
        <source>Workspaces (*.json)</source>
        <translation>Espaces de travail (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Pro&amp;vider</source>
        <translation>F&amp;ournisseur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543"/>
        <source>&amp;Control API…</source>
        <translation>API de &amp;contrôle…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="545"/>
        <source>Let a test suite add faults, reset state and move the clock</source>
        <translation>Laisser une suite de tests ajouter des pannes, remettre l’état à zéro et déplacer l’horloge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="62"/>
        <source>%1[*] — OIDC Bench</source>
        <translation>%1[*] — OIDC Bench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="85"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="110"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="116"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="131"/>
        <source>There is no preset called %1.</source>
        <translation>Aucun préréglage ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="136"/>
        <source>Preset %1</source>
        <translation>Préréglage %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="149"/>
        <source>The built-in workspace is open instead.</source>
        <translation>L&apos;espace de travail intégré est ouvert à la place.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="151"/>
        <source>%1 does not exist. The built-in workspace is open instead.</source>
        <translation>%1 n&apos;existe pas. L&apos;espace de travail intégré est ouvert à la place.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="159"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="160"/>
        <source>The workspace &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>L&apos;espace de travail « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="196"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDocument.cpp" line="198"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>Running on %1, port %2</source>
        <translation>En service sur %1, port %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="599"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>ui::ProfileEditor</name>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="24"/>
        <source>Client profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="30"/>
        <source>https://login.example.com/realms/test</source>
        <translation>https://login.example.com/realms/test</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="31"/>
        <source>Its discovery document is read from &lt;issuer&gt;/.well-known/openid-configuration</source>
        <translation>Son document de découverte est lu depuis &lt;issuer&gt;/.well-known/openid-configuration</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="30"/>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="32"/>
        <source>&amp;Client ID:</source>
        <translation>ID du &amp;client :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="35"/>
        <source>None (public client)</source>
        <translation>Aucune (client public)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="40"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="41"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="41"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret du client :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="47"/>
        <source>Separated by spaces</source>
        <translation>Séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="46"/>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="49"/>
        <source>a loopback listener at http://127.0.0.1:&lt;port&gt;/callback</source>
        <translation>un écouteur loopback sur http://127.0.0.1:&lt;port&gt;/callback</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="48"/>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="44"/>
        <source>The client secret; with private_key_jwt, the client&apos;s private key as a JWK (JSON) or in PEM</source>
        <translation>Le secret du client ; avec private_key_jwt, la clé privée du client en JWK (JSON) ou en PEM</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="53"/>
        <source>a free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="54"/>
        <source>Loopback &amp;port:</source>
        <translation>&amp;Port loopback :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="60"/>
        <source>Response &amp;type:</source>
        <translation>&amp;Type de réponse :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="63"/>
        <source>The response type&apos;s default</source>
        <translation>Par défaut selon le type de réponse</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="66"/>
        <source>Response &amp;mode:</source>
        <translation>&amp;Mode de réponse :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="71"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="72"/>
        <source>P&amp;KCE:</source>
        <translation>P&amp;KCE :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="73"/>
        <source>P&amp;ush the authorization request first (PAR, RFC 9126)</source>
        <translation>&amp;Pousser d&apos;abord la requête d&apos;autorisation (PAR, RFC 9126)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="75"/>
        <source>The parameters go to the provider&apos;s pushed_authorization_request_endpoint; the browser carries only client_id and a request_uri. Done anyway when the provider requires it.</source>
        <translation>Les paramètres vont au pushed_authorization_request_endpoint du fournisseur ; le navigateur ne porte que client_id et une request_uri. Fait de toute façon quand le fournisseur l&apos;exige.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="81"/>
        <source>name=value, one per line (prompt=login, acr_values=…)</source>
        <translation>nom=valeur, un par ligne (prompt=login, acr_values=…)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="84"/>
        <source>&amp;Extra parameters:</source>
        <translation>Paramètres &amp;supplémentaires :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="86"/>
        <source>http://127.0.0.1:&lt;port&gt;/logged-out on the listener</source>
        <translation>http://127.0.0.1:&lt;port&gt;/logged-out sur l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="205"/>
        <source>Private key: %1</source>
        <translation>Clé privée : %1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="85"/>
        <source>Post-&amp;logout redirect:</source>
        <translation>Redirection après &amp;déconnexion :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="90"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="91"/>
        <source>Clock l&amp;eeway:</source>
        <translation>T&amp;olérance d&apos;horloge :</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="151"/>
        <source>Extra parameter &quot;%1&quot;: expected name=value.</source>
        <translation>Paramètre supplémentaire « %1 » : nom=valeur attendu.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="160"/>
        <source>The profile needs a name.</source>
        <translation>Le profil a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="166"/>
        <source>The issuer must be an http(s) URL.</source>
        <translation>L&apos;émetteur doit être une URL http(s).</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="170"/>
        <source>The profile needs a client ID.</source>
        <translation>Le profil a besoin d&apos;un ID de client.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="176"/>
        <source>&quot;%1&quot; is not an absolute URI.</source>
        <translation>« %1 » n&apos;est pas une URI absolue.</translation>
    </message>
</context>
<context>
    <name>ui::RequestLogModel</name>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="43"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="47"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="78"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="80"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="82"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="84"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="86"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="88"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="90"/>
        <source>Injected fault</source>
        <translation>Panne injectée</translation>
    </message>
</context>
<context>
    <name>ui::ScopesEditor</name>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="23"/>
        <source>A scope a client is granted releases the user claims listed with it (separated by spaces).</source>
        <translation>Un scope accordé à un client libère les claims de l&apos;utilisateur listés avec lui (séparés par des espaces).</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="29"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="35"/>
        <source>&amp;Add scope</source>
        <translation>&amp;Ajouter un scope</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="37"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="39"/>
        <source>Add &amp;standard scopes</source>
        <translation>Ajouter les scopes &amp;standard</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="41"/>
        <source>openid, profile, email, address, phone and offline_access with their claims</source>
        <translation>openid, profile, email, address, phone et offline_access avec leurs claims</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="113"/>
        <source>Row %1 needs a scope name.</source>
        <translation>La ligne %1 a besoin d&apos;un nom de scope.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesEditor.cpp" line="117"/>
        <source>A scope name has no spaces: &quot;%1&quot;.</source>
        <translation>Un nom de scope n&apos;a pas d&apos;espaces : « %1 ».</translation>
    </message>
</context>
<context>
    <name>ui::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="62"/>
        <source>Browser</source>
        <translation>Navigateur</translation>
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
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="85"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="107"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="109"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="111"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="113"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ui::UsersEditor</name>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="52"/>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="65"/>
        <source>The &quot;sub&quot; claim: stable and unique for this issuer</source>
        <translation>La revendication « sub » : stable et unique pour cet émetteur</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="68"/>
        <source>User&amp;name:</source>
        <translation>No&amp;m d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="69"/>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Sujet (sub) :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="76"/>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="76"/>
        <source>Value (text, or JSON)</source>
        <translation>Valeur (texte ou JSON)</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="79"/>
        <source>&amp;Claims</source>
        <translation>&amp;Revendications</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="83"/>
        <source>Claims as &amp;JSON</source>
        <translation>Revendications en &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="86"/>
        <source>Add c&amp;laim</source>
        <translation>Ajouter une reve&amp;ndication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="88"/>
        <source>Remove cla&amp;im</source>
        <translation>Supprimer la revend&amp;ication</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="235"/>
        <source>A user needs a username and a subject.</source>
        <translation>Un utilisateur a besoin d&apos;un nom et d&apos;un sujet.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="245"/>
        <source>Claims JSON, line %1: %2</source>
        <translation>JSON des revendications, ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="246"/>
        <source>The claims must be a JSON object.</source>
        <translation>Les revendications doivent être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="271"/>
        <source>Another user is already called &quot;%1&quot;.</source>
        <translation>Un autre utilisateur s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/UsersEditor.cpp" line="275"/>
        <source>Another user already has the subject &quot;%1&quot;.</source>
        <translation>Un autre utilisateur a déjà le sujet « %1 ».</translation>
    </message>
</context>
<context>
    <name>ui::ValidationView</name>
    <message>
        <location filename="../ui/ValidationView.cpp" line="15"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="16"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../ui/ValidationView.cpp" line="17"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>ui::WorkspacePage</name>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="93"/>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="123"/>
        <source>device_code</source>
        <translation>device_code</translation>
    </message>
    <message>
        <location filename="../ui/WorkspacePage.cpp" line="79"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
</TS>
