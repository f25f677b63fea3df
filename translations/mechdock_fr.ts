<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>WebPasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Leave out spaces at the start and the end.</source>
        <translation>Pas d&apos;espaces au début ni à la fin.</translation>
    </message>
    <message>
        <source>Too predictable: avoid repeated characters and runs like &quot;abcd&quot; or &quot;1234&quot;.</source>
        <translation>Trop prévisible : évitez les caractères répétés et les suites comme « abcd » ou « 1234 ».</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries; choose another.</source>
        <translation>Ce mot de passe fait partie des premiers qu&apos;un attaquant essaie ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Under %1 characters, mix at least three of: lower case, upper case, digits, symbols. Or use a longer passphrase.</source>
        <translation>En dessous de %1 caractères, mélangez au moins trois de ces types : minuscules, majuscules, chiffres, symboles. Ou utilisez une phrase de passe plus longue.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>Le moteur a refusé la requête.</translation>
    </message>
    <message>
        <source>The engine reported an error.</source>
        <translation>Le moteur a signalé une erreur.</translation>
    </message>
    <message>
        <source>The connection to the engine was lost.</source>
        <translation>La connexion au moteur a été perdue.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connexion perdue ; reconnexion…</translation>
    </message>
    <message>
        <source>Not connected to the engine; please try again.</source>
        <translation>Non connecté au moteur ; réessayez.</translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation>Le moteur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot : %1</translation>
    </message>
    <message>
        <source>Your session ended; please log in again.</source>
        <translation>Votre session a pris fin ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log in to Mechdock</source>
        <translation>Connexion à Mechdock</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Optional when there is only one user.</source>
        <translation>Facultatif s&apos;il n&apos;y a qu&apos;un seul utilisateur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Patientez %1 s</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Set up Mechdock</source>
        <translation>Configurer Mechdock</translation>
    </message>
    <message>
        <source>Create the user for this web page.</source>
        <translation>Créez l&apos;utilisateur de cette page web.</translation>
    </message>
    <message>
        <source>The setup code is in the service&apos;s log (journalctl -u mechdock, or docker logs).</source>
        <translation>Le code de configuration se trouve dans le journal du service (journalctl -u mechdock, ou docker logs).</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>Code de configuration</translation>
    </message>
    <message>
        <source>At least 12 characters; not a common password.</source>
        <translation>Au moins 12 caractères ; pas un mot de passe courant.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Please enter the setup code.</source>
        <translation>Saisissez le code de configuration.</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
</context>
<context>
    <name>mechdock::LinearRegex</name>
    <message>
        <source>the regular expression is longer than %1 characters</source>
        <translation>l’expression régulière dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>l’expression régulière ne compile pas : %1</translation>
    </message>
    <message>
        <source>the regular expression is too complex (program size %1, at most %2)</source>
        <translation>l’expression régulière est trop complexe (taille du programme %1, au plus %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::app</name>
    <message>
        <source>usage: mechdock anim info FILE
       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]
       mechdock anim resize IN OUT --width W [--quality Q]</source>
        <translation>usage : mechdock anim info FICHIER
        mechdock anim retime ENTRÉE SORTIE --speed S [--min-frame-ms MS]
        mechdock anim resize ENTRÉE SORTIE --width W [--quality Q]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes)</source>
        <translation>%1 : le fichier est trop volumineux (%2 octets)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>file:      %1</source>
        <translation>fichier :       %1</translation>
    </message>
    <message>
        <source>size:      %1x%2</source>
        <translation>taille :        %1x%2</translation>
    </message>
    <message>
        <source>frames:    %1</source>
        <translation>images :        %1</translation>
    </message>
    <message>
        <source>loop:      %1</source>
        <translation>boucle :        %1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>infinie</translation>
    </message>
    <message>
        <source>alpha:     %1</source>
        <translation>alpha :         %1</translation>
    </message>
    <message>
        <source>lossless:  %1</source>
        <translation>sans perte :    %1</translation>
    </message>
    <message>
        <source>durations: %1 ms (total %2 ms)</source>
        <translation>durées :        %1 ms (total %2 ms)</translation>
    </message>
    <message>
        <source>bytes:     %1</source>
        <translation>octets :        %1</translation>
    </message>
    <message>
        <source>; no task imported</source>
        <translation>; aucune tâche importée</translation>
    </message>
    <message>
        <source>; task not imported</source>
        <translation>; tâche non importée</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2; no task imported</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2 ; aucune tâche importée</translation>
    </message>
    <message>
        <source>the stored tasks cannot be read: %1; no task imported</source>
        <translation>impossible de lire les tâches enregistrées : %1 ; aucune tâche importée</translation>
    </message>
    <message>
        <source>acts on container &quot;%1&quot;, which has no entry in the settings; imported anyway</source>
        <translation>agit sur le conteneur « %1 », absent des paramètres ; importée malgré tout</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message>
        <source>No display found: running headless, as with --service.</source>
        <translation>Aucun affichage trouvé : fonctionnement sans interface, comme avec --service.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The system service runs on this computer, but its control socket %1 cannot be reached: %2</source>
        <translation>Le service système tourne sur cet ordinateur, mais son socket de contrôle %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the service&apos;s cool-downs and audit. Check that it runs (systemctl status mechdock); if the socket refuses you, run this as root or as a member of the group its control.socketGroup names.</source>
        <translation>Rien n&apos;a été fait : agir directement sur Docker contournerait les délais de récupération et l&apos;audit du service. Vérifiez qu&apos;il tourne (systemctl status mechdock) ; si le socket vous refuse, lancez ceci en tant que root ou en tant que membre du groupe que désigne son control.socketGroup.</translation>
    </message>
    <message>
        <source>An engine holds the lock of the data folder %1 (%2, process %3 on %4, since %5), but its control socket %6 cannot be reached: %7</source>
        <translation>Un moteur détient le verrou du dossier de données %1 (%2, processus %3 sur %4, depuis %5), mais son socket de contrôle %6 est injoignable : %7</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the engine&apos;s cool-downs and audit. Check that engine (or stop it to act without it).</source>
        <translation>Rien n&apos;a été fait : agir directement sur Docker contournerait les délais de récupération et l&apos;audit du moteur. Vérifiez ce moteur (ou arrêtez-le pour agir sans lui).</translation>
    </message>
    <message>
        <source>Cannot tell whether an engine runs on the data folder %1 (%2), and its control socket %3 cannot be reached: %4</source>
        <translation>Impossible de savoir si un moteur fonctionne sur le dossier de données %1 (%2), et son socket de contrôle %3 est injoignable : %4</translation>
    </message>
    <message>
        <source>Nothing was done: run this as the engine&apos;s user (or a member of its control.socketGroup), or pass the right --data-dir.</source>
        <translation>Rien n&apos;a été fait : lancez ceci en tant qu&apos;utilisateur du moteur (ou membre de son control.socketGroup), ou passez le bon --data-dir.</translation>
    </message>
    <message>
        <source>%1: the engine did not answer within %2 s; the action may still complete (see its audit log)</source>
        <translation>%1 : le moteur n&apos;a pas répondu en %2 s ; l&apos;action peut encore aboutir (voir son journal d&apos;audit)</translation>
    </message>
    <message>
        <source>%1 has errors, and the engine would not start with it; fix them first (see mechdock check-config).</source>
        <translation>%1 contient des erreurs, et le moteur ne démarrerait pas avec ce fichier ; les corriger d&apos;abord (voir mechdock check-config).</translation>
    </message>
    <message>
        <source>No certificate for the remote control API: %1</source>
        <translation>Aucun certificat pour l&apos;API de contrôle à distance : %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (control.certFile):</source>
        <translation>Empreinte SHA-256 de %1 (control.certFile) :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now on):</source>
        <translation>Empreinte SHA-256 de %1 (auto-signé, créé à l&apos;instant ; le moteur l&apos;utilise désormais) :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed):</source>
        <translation>Empreinte SHA-256 de %1 (auto-signé) :</translation>
    </message>
    <message>
        <source>Remote access is off (control.remoteListen is empty); this is the certificate it would present.</source>
        <translation>L&apos;accès à distance est désactivé (control.remoteListen est vide) ; voici le certificat qu&apos;il présenterait.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a key: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas servir de nom de clé : utiliser de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before adding a key. Nothing was written.</source>
        <translation>%1 contient des erreurs ; les corriger (voir mechdock check-config) avant d&apos;ajouter une clé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 already has an API key named &quot;%2&quot;; choose another name, or remove that entry from control.apiKeys first. Nothing was written.</source>
        <translation>%1 contient déjà une clé d&apos;API nommée « %2 » ; choisir un autre nom, ou retirer d&apos;abord cette entrée de control.apiKeys. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>La clé n&apos;a pas été ajoutée : %1</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; added to %2. This is the only time it is shown: Mechdock stores only its hash, never the key in clear.</source>
        <translation>Clé d&apos;API « %1 » ajoutée à %2. C&apos;est la seule fois qu&apos;elle est affichée : Mechdock n&apos;enregistre que son hachage, jamais la clé en clair.</translation>
    </message>
    <message>
        <source>A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl reload mechdock).</source>
        <translation>Un moteur en cours d&apos;exécution la prend en compte lorsqu&apos;il recharge ses paramètres (SIGHUP, par exemple systemctl reload mechdock).</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>pas de réponse de Docker</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>service Swarm</translation>
    </message>
</context>
<context>
    <name>mechdock::app::AnimCommand</name>
    <message>
        <source>Show, re-time or resize an animated WebP.

  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes
  retime IN OUT --speed S   change the speed (0 &lt; S &lt;= 10) without re-encoding
  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio</source>
        <translation>Afficher, recadencer ou redimensionner un WebP animé.

  info FICHIER                canevas, images, boucle, alpha, sans perte, durées, octets
  retime ENTRÉE SORTIE --speed S   changer la vitesse (0 &lt; S &lt;= 10) sans réencoder
  resize ENTRÉE SORTIE --width W   redimensionner image par image en gardant les proportions</translation>
    </message>
    <message>
        <source>Speed factor: 1.3 plays 30 % faster.</source>
        <translation>Facteur de vitesse : 1.3 joue 30 % plus vite.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Shortest frame duration written (default 20).</source>
        <translation>Durée d&apos;image la plus courte écrite (20 par défaut).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Output width in pixels.</source>
        <translation>Largeur de sortie en pixels.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Lossy quality 0-100; without it a lossless input stays lossless.</source>
        <translation>Qualité avec perte 0-100 ; sans elle, une entrée sans perte reste sans perte.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>info, retime or resize</source>
        <translation>info, retime ou resize</translation>
    </message>
    <message>
        <source>retime needs --speed S with 0 &lt; S &lt;= 10 and an optional --min-frame-ms from 0 to 60000</source>
        <translation>retime exige --speed S avec 0 &lt; S &lt;= 10 et, en option, --min-frame-ms de 0 à 60000</translation>
    </message>
    <message>
        <source>resize needs --width W (1 to 16384) and an optional --quality 0-100</source>
        <translation>resize exige --width W (1 à 16384) et, en option, --quality 0-100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes written</source>
        <translation>%1 : %2 octets écrits</translation>
    </message>
</context>
<context>
    <name>mechdock::app::CheckConfigCommand</name>
    <message>
        <source>Checks a Mechdock settings file and the environment.</source>
        <translation>Vérifie un fichier de paramètres Mechdock et l&apos;environnement.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>Le fichier de paramètres (par défaut : %1).</translation>
    </message>
    <message>
        <source>Check the file alone, without environment overrides.</source>
        <translation>Vérifier le fichier seul, sans les surcharges de l&apos;environnement.</translation>
    </message>
    <message>
        <source>check-config takes at most one path</source>
        <translation>check-config accepte au plus un chemin</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>environnement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1 : %n erreur</numerusform>
            <numerusform>%1 : %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK (%n warning(s))</source>
        <translation>
            <numerusform>%1 : OK (%n avertissement)</numerusform>
            <numerusform>%1 : OK (%n avertissements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::app::CommandLine</name>
    <message>
        <source>Run headless as a service (no window).</source>
        <translation>Fonctionner sans fenêtre, en tant que service.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Le fichier de réglages.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The folder for the database and caches.</source>
        <translation>Le dossier de la base de données et des caches.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Panel only: save a picture of every page into DIR after start-up, then quit.</source>
        <translation>Panneau seulement : après le démarrage, enregistrer une image de chaque page dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>The panel&apos;s language (en, de, fr, zh_CN).</source>
        <translation>La langue du panneau (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Mechdock: a Docker control panel with an integrated Discord bot.</source>
        <translation>Mechdock : un panneau de contrôle Docker avec un bot Discord intégré.</translation>
    </message>
    <message>
        <source>mechdockd: the headless Mechdock service. Without a sub-command it runs the service, as mechdock --service does, without any graphical library.</source>
        <translation>mechdockd : le service Mechdock sans interface. Sans sous-commande, il exécute le service comme mechdock --service, sans aucune bibliothèque graphique.</translation>
    </message>
    <message>
        <source>The language of messages (en, de, fr, zh_CN).</source>
        <translation>La langue des messages (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1&quot;; see %2 --help</source>
        <translation>Sous-commande « %1 » inconnue ; voir %2 --help</translation>
    </message>
    <message>
        <source>Panel only: attach to a running engine: the path of its control.sock or wss://host:port (the API key from MECHDOCK_CONTROL_KEY).</source>
        <translation>Panneau seulement : se rattacher à un moteur en cours d&apos;exécution : le chemin de son control.sock ou wss://host:port (la clé d&apos;API vient de MECHDOCK_CONTROL_KEY).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>Le fichier de paramètres.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation>%1 n&apos;est pas configuré dans %2</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT D&apos;ACCÈS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>pas de réponse de Docker</translation>
    </message>
    <message>
        <source>The data folder of the engine to act through, if one runs (default: %1).</source>
        <translation>Le dossier de données du moteur par lequel agir, s&apos;il en tourne un (par défaut : %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show every container of the endpoints, not only the ones configured for Discord.</source>
        <translation>Afficher tous les conteneurs des points de terminaison, pas seulement ceux configurés pour Discord.</translation>
    </message>
    <message>
        <source>DISCORD</source>
        <translation>DISCORD</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel&apos;s Containers page (Add to Discord) or under &quot;containers&quot; in the settings file.</source>
        <translation>
            <numerusform>%n conteneur des points de terminaison n&apos;est pas configuré pour Discord et n&apos;est pas affiché : mechdock containers --all le liste. Ajoutez-le depuis la page Conteneurs du panneau (Ajouter à Discord) ou sous &quot;containers&quot; dans le fichier de paramètres.</numerusform>
            <numerusform>%n conteneurs des points de terminaison ne sont pas configurés pour Discord et ne sont pas affichés : mechdock containers --all les liste. Ajoutez-en un depuis la page Conteneurs du panneau (Ajouter à Discord) ou sous &quot;containers&quot; dans le fichier de paramètres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the configured containers, or start, stop, restart or update one. When an engine (mechdockd, mechdock --service or the panel) runs on the data folder, or the system service runs and neither --config nor --data-dir is given, an action goes through it: its settings, cool-downs and audit apply.</source>
        <translation>Affiche les conteneurs configurés, ou démarre, arrête, redémarre ou met à jour l’un d’eux. Lorsqu’un moteur (mechdockd, mechdock --service ou le panneau) tourne sur le dossier de données, ou que le service système tourne et que ni --config ni --data-dir n’est indiqué, une action passe par lui : ses paramètres, délais de récupération et audit s’appliquent.</translation>
    </message>
    <message>
        <source>start, stop, restart or update</source>
        <translation>démarrer, arrêter, redémarrer ou mettre à jour</translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart|update NAME]</source>
        <translation>utilisation : mechdock containers [start|stop|restart|update NAME]</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use start, stop, restart or update</source>
        <translation>action inconnue « %1 » : utilisez start, stop, restart ou update</translation>
    </message>
    <message>
        <source>no answer from Docker within %1 s</source>
        <translation>aucune réponse de Docker en %1 s</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ControlCommand</name>
    <message>
        <source>The remote control API&apos;s credentials. fingerprint: print the SHA-256 fingerprint of the certificate it presents, for clients to confirm. add-key NAME: make an API key, store its hash in control.apiKeys and print the key once.</source>
        <translation>Les identifiants de l&apos;API de contrôle à distance. fingerprint : afficher l&apos;empreinte SHA-256 du certificat qu&apos;elle présente, pour que les clients la confirment. add-key NOM : créer une clé d&apos;API, enregistrer son hachage dans control.apiKeys et afficher la clé une seule fois.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>Le fichier de paramètres (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The data folder, where the self-signed certificate is kept (default: %1).</source>
        <translation>Le dossier de données, où est conservé le certificat auto-signé (par défaut : %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>fingerprint, or add-key NAME</source>
        <translation>fingerprint, ou add-key NOM</translation>
    </message>
    <message>
        <source>usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]</source>
        <translation>usage : mechdock control fingerprint | add-key NOM [--config CHEMIN] [--data-dir DOSSIER]</translation>
    </message>
</context>
<context>
    <name>mechdock::app::GuiRunner</name>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Impossible de verrouiller le dossier de données : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an engine&apos;s address: use the path of its control.sock or wss://host:port.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse d&apos;un moteur : utiliser le chemin de son control.sock ou wss://host:port.</translation>
    </message>
    <message>
        <source>The system service runs here; the panel attaches to %1.</source>
        <translation>Le service système tourne ici ; le panneau se rattache à %1.</translation>
    </message>
    <message>
        <source>%1 (process %2) runs the engine of %3; the panel attaches to it.</source>
        <translation>%1 (processus %2) exécute le moteur de %3 ; le panneau s&apos;y rattache.</translation>
    </message>
</context>
<context>
    <name>mechdock::app::HealthCommand</name>
    <message>
        <source>Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token).</source>
        <translation>Demande au service Mechdock en cours d&apos;exécution s&apos;il est en bonne santé. Code de sortie 0 : en bonne santé, 1 : en mauvaise santé, 2 : pas de verdict (le point d&apos;accès est désactivé, injoignable ou refuse le jeton).</translation>
    </message>
    <message>
        <source>The settings file with http.listen and http.bearerToken (default: %1).</source>
        <translation>Le fichier de réglages contenant http.listen et http.bearerToken (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Ask this URL instead of the one the settings give.</source>
        <translation>Interroger cette URL au lieu de celle des réglages.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 5).</source>
        <translation>Abandonner après ce nombre de secondes (5 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>health takes no arguments; see mechdock health --help</source>
        <translation>health ne prend aucun argument ; voir mechdock health --help</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// URL</source>
        <translation>« %1 » n&apos;est pas une URL http://</translation>
    </message>
    <message>
        <source>The health endpoint is off: http.listen is empty (settings %1, or MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.</source>
        <translation>Le point d&apos;accès de santé est désactivé : http.listen est vide (réglages %1, ou MECHDOCK_HTTP_LISTEN). Définissez-le, par exemple à 127.0.0.1:9374, et redémarrez le service.</translation>
    </message>
    <message>
        <source>http.listen &quot;%1&quot; is not ADDRESS:PORT (settings %2)</source>
        <translation>http.listen « %1 » n&apos;est pas de la forme ADRESSE:PORT (réglages %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>unreachable: %1: %2. Is the service running, and does http.listen match its settings?</source>
        <translation>injoignable : %1 : %2. Le service tourne-t-il, et http.listen correspond-il à ses réglages ?</translation>
    </message>
    <message>
        <source>refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the service&apos;s.</source>
        <translation>refusé : %1 demande un jeton ; donnez à http.bearerToken ou MECHDOCK_HTTP_TOKEN celui du service.</translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation>en bonne santé : %1</translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation>en mauvaise santé : %1</translation>
    </message>
    <message>
        <source>no verdict: %1 answered HTTP %2</source>
        <translation>pas de verdict : %1 a répondu HTTP %2</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ImportDdcCommand</name>
    <message>
        <source>Imports a DockerDiscordControl config folder (containers, channels, admins, settings, scheduled tasks) into Mechdock.</source>
        <translation>Importe un dossier de configuration DockerDiscordControl (conteneurs, salons, administrateurs, paramètres, tâches planifiées) dans Mechdock.</translation>
    </message>
    <message>
        <source>DDC&apos;s config folder (the one holding config.json or bot_config.json, containers/, channels/, tasks.json).</source>
        <translation>Le dossier de configuration de DDC (celui qui contient config.json ou bot_config.json, containers/, channels/, tasks.json).</translation>
    </message>
    <message>
        <source>The settings file to merge into (default: %1).</source>
        <translation>Le fichier de paramètres à compléter (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The folder of the database (default: %1).</source>
        <translation>Le dossier de la base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Afficher ce qui serait importé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Store the bot token in the settings file (readable by its owner only) instead of the keychain.</source>
        <translation>Enregistrer le jeton du bot dans le fichier de paramètres (lisible par son seul propriétaire) plutôt que dans le trousseau.</translation>
    </message>
    <message>
        <source>usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]</source>
        <translation>usage : mechdock import-ddc DOSSIER [--config CHEMIN] [--data-dir DOSSIER] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before importing. Nothing was written.</source>
        <translation>%1 contient des erreurs ; les corriger (voir mechdock check-config) avant l&apos;import. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The merged settings are not valid; nothing was written.</source>
        <translation>Les paramètres fusionnés ne sont pas valides ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>The bot token would be stored in %1.</source>
        <translation>Le jeton du bot serait enregistré dans %1.</translation>
    </message>
    <message>
        <source>The bot token is stored in %1 (owner-only).</source>
        <translation>Le jeton du bot est enregistré dans %1 (propriétaire seul).</translation>
    </message>
    <message>
        <source>The bot token from %1 would be stored in the keychain.</source>
        <translation>Le jeton du bot provenant de %1 serait enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The bot token is stored in the keychain.</source>
        <translation>Le jeton du bot est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN in Mechdock&apos;s environment, or run again with --token-in-file.</source>
        <translation>Le jeton du bot provenant de %1 n&apos;a PAS été enregistré : %2. Définir DISCORD_BOT_TOKEN dans l&apos;environnement de Mechdock, ou relancer avec --token-in-file.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. From %1 Mechdock would import:</source>
        <translation>Simulation, rien n&apos;a été écrit. Depuis %1, Mechdock importerait :</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importé depuis %1 :</translation>
    </message>
    <message>
        <source>%1 containers, %2 channels, %3 admins, %4 tasks imported</source>
        <translation>%1 conteneurs, %2 salons, %3 administrateurs, %4 tâches importés</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Paramètres écrits dans %1</translation>
    </message>
    <message>
        <source>Scheduled tasks stored in %1</source>
        <translation>Tâches planifiées enregistrées dans %1</translation>
    </message>
    <message>
        <source>could not map: %1</source>
        <translation>correspondance impossible : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ServiceRunner</name>
    <message>
        <source>Mechdock %1 starting as a service</source>
        <translation>Démarrage de Mechdock %1 en tant que service</translation>
    </message>
    <message>
        <source>Settings: %1%2</source>
        <translation>Paramètres : %1%2</translation>
    </message>
    <message>
        <source> (not found: using defaults)</source>
        <translation> (introuvable : valeurs par défaut utilisées)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Environment override: %1</source>
        <translation>Surcharge par l&apos;environnement : %1</translation>
    </message>
    <message>
        <source>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</source>
        <translation>Démarrage refusé : corriger les paramètres ci-dessus (mechdock check-config %1 les liste).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1 : vérifier son propriétaire et ses droits, ou passer --data-dir.</translation>
    </message>
    <message>
        <source>Signal %1: shutting down</source>
        <translation>Signal %1 : arrêt en cours</translation>
    </message>
    <message>
        <source>The service thread did not stop in time</source>
        <translation>Le thread du service ne s&apos;est pas arrêté à temps</translation>
    </message>
    <message>
        <source>Reload refused: the settings file has errors; keeping the running settings.</source>
        <translation>Rechargement refusé : le fichier de paramètres contient des erreurs ; les paramètres en cours sont conservés.</translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation>configuration rechargée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>bot %1; %2 of %3 Docker endpoints reachable</source>
        <translation>bot %1 ; %2 points d&apos;accès Docker sur %3 joignables</translation>
    </message>
    <message>
        <source>Another Mechdock engine already runs on the data folder %1 (%2, process %3 on %4, since %5). Stop it first, or give this one its own --data-dir.</source>
        <translation>Un autre moteur Mechdock fonctionne déjà sur le dossier de données %1 (%2, processus %3 sur %4, depuis %5). L&apos;arrêter d&apos;abord, ou donner à celui-ci son propre --data-dir.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Impossible de verrouiller le dossier de données : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::app::SubCommands</name>
    <message>
        <source>Sub-commands:
  anim info|retime|resize ...     show, re-time or resize an animated WebP
  check-config [PATH]             check a settings file
  containers [start|stop|restart NAME]  show or control the configured containers
                                  (through the running engine when there is one)
  control fingerprint | add-key NAME  the remote control API&apos;s certificate
                                  fingerprint, or a new API key
  health [--config PATH]          ask the running service&apos;s /health endpoint
  schedule preview EXPRESSION     show the next run times of a schedule
  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder</source>
        <translation>Sous-commandes :
  anim info|retime|resize ...     afficher, recadencer ou redimensionner un WebP animé
  check-config [CHEMIN]           vérifier un fichier de paramètres
  containers [start|stop|restart NOM]  afficher ou piloter les conteneurs configurés
                                  (via le moteur en cours d&apos;exécution s&apos;il y en a un)
  control fingerprint | add-key NOM  l&apos;empreinte du certificat de l&apos;API de contrôle
                                  à distance, ou une nouvelle clé d&apos;API
  health [--config CHEMIN]        interroger le point d&apos;accès /health du service en cours
  schedule preview EXPRESSION     afficher les prochaines exécutions d&apos;une planification
  import-ddc DOSSIER [--dry-run]  importer un dossier de configuration DockerDiscordControl</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionDecision</name>
    <message>
        <source>would not fire: %1</source>
        <translation>ne se déclencherait pas : %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (ignoré : %2)</translation>
    </message>
    <message>
        <source>would only notify</source>
        <translation>se contenterait de notifier</translation>
    </message>
    <message>
        <source>would %1 %2</source>
        <translation>ferait %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>après %n seconde</numerusform>
            <numerusform>après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>silently</source>
        <translation>sans notification</translation>
    </message>
    <message>
        <source>notifying &lt;#%1&gt;</source>
        <translation>notifie &lt;#%1&gt;</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionEngine</name>
    <message>
        <source>Auto-action left out: %1</source>
        <translation>Action automatique ignorée : %1</translation>
    </message>
    <message>
        <source>protected: no rule may touch it</source>
        <translation>protégé : aucune règle ne peut y toucher</translation>
    </message>
    <message>
        <source>its state is not known</source>
        <translation>son état est inconnu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>only if running, and it is not</source>
        <translation>seulement s’il tourne, et ce n’est pas le cas</translation>
    </message>
    <message>
        <source>only if stopped, and it runs</source>
        <translation>seulement s’il est arrêté, et il tourne</translation>
    </message>
    <message>
        <source>auto-actions are switched off (autoActions.enabled)</source>
        <translation>les actions automatiques sont désactivées (autoActions.enabled)</translation>
    </message>
    <message>
        <source>the rule is disabled</source>
        <translation>la règle est désactivée</translation>
    </message>
    <message>
        <source>the rule cools down for %1 more s</source>
        <translation>la règle est en récupération encore %1 s</translation>
    </message>
    <message>
        <source>the global cool-down lasts %1 more s</source>
        <translation>le délai de récupération global dure encore %1 s</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; matched message %2 but %3</source>
        <translation>L’action automatique « %1 » correspondait au message %2, mais %3</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; not run: %2 firings are already waiting</source>
        <translation>Action automatique « %1 » non exécutée : %2 déclenchements sont déjà en attente</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; fired on message %2 by %3</source>
        <translation>Action automatique « %1 » déclenchée par le message %2 de %3</translation>
    </message>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker ne tourne pas dans ce service.</translation>
    </message>
    <message>
        <source>auto-action &quot;%1&quot; on message %2 by %3</source>
        <translation>action automatique « %1 » sur le message %2 de %3</translation>
    </message>
    <message>
        <source>Auto-action **%1** fired on a message by %2 in &lt;#%3&gt;.</source>
        <translation>L’action automatique **%1** a été déclenchée par un message de %2 dans &lt;#%3&gt;.</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionMatcher</name>
    <message>
        <source>the message is in another channel</source>
        <translation>le message est dans un autre salon</translation>
    </message>
    <message>
        <source>the author is not one the rule listens to</source>
        <translation>l’auteur ne fait pas partie de ceux que la règle écoute</translation>
    </message>
    <message>
        <source>the author is excluded</source>
        <translation>l’auteur est exclu</translation>
    </message>
    <message>
        <source>the ignore keyword &quot;%1&quot; occurs</source>
        <translation>le mot-clé à ignorer « %1 » apparaît</translation>
    </message>
    <message>
        <source>the required keyword &quot;%1&quot; is missing</source>
        <translation>le mot-clé requis « %1 » est absent</translation>
    </message>
    <message>
        <source>none of the keywords occurs</source>
        <translation>aucun des mots-clés n’apparaît</translation>
    </message>
    <message>
        <source>not every keyword occurs (missing %1)</source>
        <translation>tous les mots-clés n’apparaissent pas (manque %1)</translation>
    </message>
    <message>
        <source>the regular expression does not match</source>
        <translation>l’expression régulière ne correspond pas</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>mots-clés %1</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>requis %1</translation>
    </message>
    <message>
        <source>the regular expression</source>
        <translation>l’expression régulière</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>correspondance : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionRule</name>
    <message>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>règle « %1 » : %2</translation>
    </message>
    <message>
        <source>unknown author mode &quot;%1&quot;</source>
        <translation>mode d’auteur inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>condition inconnue « %1 »</translation>
    </message>
    <message>
        <source>it searches nowhere</source>
        <translation>elle ne cherche nulle part</translation>
    </message>
    <message>
        <source>it has neither keywords nor a regular expression</source>
        <translation>elle n’a ni mots-clés ni expression régulière</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <source>it names no container</source>
        <translation>elle ne nomme aucun conteneur</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation>Interaction mal formée ignorée : %1</translation>
    </message>
    <message>
        <source>Sorry, this request could not be read.</source>
        <translation>Désolé, cette requête n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>This kind of request is not supported.</source>
        <translation>Ce type de requête n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Conteneur inconnu.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>/serverstatus or /ss shows all containers. /info shows one. Buttons in control channels start, stop and restart containers. /control, /force_cleanup and /schedule are for admins. /ping, /system_health, /performance_metrics, /memory_optimization and /security_status show how Mechdock is doing.</source>
        <translation>/serverstatus ou /ss affiche tous les conteneurs. /info en affiche un. Les boutons des salons de contrôle démarrent, arrêtent et redémarrent les conteneurs. /control, /force_cleanup et /schedule sont réservés aux administrateurs. /ping, /system_health, /performance_metrics, /memory_optimization et /security_status montrent comment se porte Mechdock.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: not measured yet.</source>
        <translation>Pong. Latence du gateway : pas encore mesurée.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: %1 ms.</source>
        <translation>Pong. Latence du gateway : %1 ms.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents above 0.</source>
        <translation>Le montant doit être un nombre entier de centimes supérieur à 0.</translation>
    </message>
    <message>
        <source>Cool-downs: %1 allowed, %2 refused by cool-down, %3 by the per-minute caps; %4 users tracked.</source>
        <translation>Délais de récupération : %1 autorisés, %2 refusés par le délai, %3 par les limites par minute ; %4 utilisateurs suivis.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Commande inconnue.</translation>
    </message>
    <message>
        <source>This button does not belong to Mechdock.</source>
        <translation>Ce bouton n&apos;appartient pas à Mechdock.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restart every container you allow to be restarted?</source>
        <translation>Redémarrer tous les conteneurs que vous autorisez à redémarrer ?</translation>
    </message>
    <message>
        <source>Stop every container you allow to be stopped?</source>
        <translation>Arrêter tous les conteneurs que vous autorisez à arrêter ?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>⏳ %1 pending…</source>
        <translation>⏳ %1 en cours…</translation>
    </message>
    <message>
        <source>No container allows this action.</source>
        <translation>Aucun conteneur n&apos;autorise cette action.</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in a few minutes.</source>
        <translation>Trop de mots de passe erronés ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>More is protected by a password.</source>
        <translation>Le reste est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>🔒 Show protected info</source>
        <translation>🔒 Afficher les infos protégées</translation>
    </message>
    <message>
        <source>This container has no protected info.</source>
        <translation>Ce conteneur n&apos;a pas d&apos;infos protégées.</translation>
    </message>
    <message>
        <source>Protected info</source>
        <translation>Infos protégées</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Add a Mechdock admin</source>
        <translation>Ajouter un admin Mechdock</translation>
    </message>
    <message>
        <source>Remove a Mechdock admin</source>
        <translation>Retirer un admin Mechdock</translation>
    </message>
    <message>
        <source>User id or @mention</source>
        <translation>ID d&apos;utilisateur ou @mention</translation>
    </message>
    <message>
        <source>e.g. 123456789012345678</source>
        <translation>p. ex. 123456789012345678</translation>
    </message>
    <message>
        <source>That is not a user id or mention. Type @ and pick the user, or paste the id (Developer Mode → Copy User ID).</source>
        <translation>Ce n&apos;est ni un ID d&apos;utilisateur ni une mention. Tapez @ et choisissez l&apos;utilisateur, ou collez l&apos;ID (Mode développeur → Copier l&apos;identifiant).</translation>
    </message>
    <message>
        <source>This form does not belong to Mechdock.</source>
        <translation>Ce formulaire n&apos;appartient pas à Mechdock.</translation>
    </message>
    <message>
        <source>Auto-actions are not available.</source>
        <translation>Les actions automatiques ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Mettre à jour %1 ? Son image est récupérée ; si elle a changé, le conteneur est recréé à partir d&apos;elle avec les mêmes paramètres, et l&apos;ancien revient si le nouveau ne démarre pas.</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::LogFollower</name>
    <message>
        <source>⏹ Stop following</source>
        <translation>⏹ Arrêter le suivi</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 Actualiser</translation>
    </message>
    <message>
        <source>⏹ Not following any more. Refresh to follow again.</source>
        <translation>⏹ Suivi terminé. Actualisez pour suivre à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>🔄 Following: new lines every %1 s, %n more time(s).</source>
        <translation>
            <numerusform>🔄 Suivi : nouvelles lignes toutes les %1 s, encore %n fois.</numerusform>
            <numerusform>🔄 Suivi : nouvelles lignes toutes les %1 s, encore %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1**: the last lines of its log</source>
        <translation>**%1** : les dernières lignes de son journal</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::StatusMessageBuilder</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>No containers are configured yet.</source>
        <translation>Aucun conteneur n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 sur %2 en marche</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>Tout redémarrer</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>service Swarm</translation>
    </message>
    <message>
        <source>Swarm service, %1/%2 tasks</source>
        <translation>service Swarm, %1/%2 tâches</translation>
    </message>
</context>
<context>
    <name>mechdock::client::InProcessEngineClient</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The engine&apos;s control API is not running; restart Mechdock.</source>
        <translation>L&apos;API de contrôle du moteur ne fonctionne pas ; redémarrez Mechdock.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::LocalClientTransport</name>
    <message>
        <source>The engine closed the connection.</source>
        <translation>Le moteur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The engine sent a message larger than %1 bytes.</source>
        <translation>Le moteur a envoyé un message de plus de %1 octets.</translation>
    </message>
    <message>
        <source>No engine is listening on %1.</source>
        <translation>Aucun moteur n&apos;écoute sur %1.</translation>
    </message>
    <message>
        <source>The engine&apos;s socket %1 refused the connection (is the service running?).</source>
        <translation>Le socket %1 du moteur a refusé la connexion (le service tourne-t-il ?).</translation>
    </message>
    <message>
        <source>No permission to open %1: run the panel as the service&apos;s user or as a member of its control.socketGroup.</source>
        <translation>Pas la permission d&apos;ouvrir %1 : lancer le panneau en tant qu&apos;utilisateur du service ou en tant que membre de son control.socketGroup.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::RemoteEngineClient</name>
    <message>
        <source>The connection was replaced.</source>
        <translation>La connexion a été remplacée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) has not been confirmed.</source>
        <translation>Le certificat du serveur (SHA-256 %1) n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>The engine sent something that is not the control API (%1).</source>
        <translation>Le moteur a envoyé quelque chose qui n&apos;est pas l&apos;API de contrôle (%1).</translation>
    </message>
    <message>
        <source>The engine speaks control protocol %1, this panel %2: update the older one.</source>
        <translation>Le moteur parle le protocole de contrôle %1, ce panneau le %2 : mettez à jour le plus ancien des deux.</translation>
    </message>
    <message>
        <source>This engine needs an API key or a password.</source>
        <translation>Ce moteur exige une clé d&apos;API ou un mot de passe.</translation>
    </message>
    <message>
        <source>Not connected to the engine: %1</source>
        <translation>Non connecté au moteur : %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 s.</source>
        <translation>Le moteur n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>Not connected to the engine yet.</source>
        <translation>Pas encore connecté au moteur.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::TlsClientTransport</name>
    <message>
        <source>The engine sent binary data, which the control API never does.</source>
        <translation>Le moteur a envoyé des données binaires, ce que l&apos;API de contrôle ne fait jamais.</translation>
    </message>
    <message>
        <source>The engine closed the connection.</source>
        <translation>Le moteur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The engine stopped answering (no reply for %1 s).</source>
        <translation>Le moteur ne répond plus (aucune réponse depuis %1 s).</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2. If the server&apos;s certificate was replaced on purpose, connect again and confirm the new one.</source>
        <translation>Le certificat du moteur a changé : son empreinte est %1, celle qui avait été confirmée était %2. Si le certificat du serveur a été remplacé volontairement, reconnectez-vous et confirmez le nouveau.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate (fingerprint %1) is not confirmed yet.</source>
        <translation>Le certificat du moteur (empreinte %1) n&apos;est pas encore confirmé.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2.</source>
        <translation>Le certificat du moteur a changé : son empreinte est %1, celle qui avait été confirmée était %2.</translation>
    </message>
</context>
<context>
    <name>mechdock::config</name>
    <message>
        <source>the keychain needs a running application</source>
        <translation>le trousseau nécessite une application en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>le trousseau n&apos;a pas répondu en %1 ms</translation>
    </message>
    <message>
        <source>no token is stored in the keychain</source>
        <translation>aucun jeton n&apos;est enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a string: Discord ids do not fit a JSON number</source>
        <translation>doit être une chaîne : les identifiants Discord ne tiennent pas dans un nombre JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>paramètre inconnu (ignoré)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an object of name: seconds</source>
        <translation>doit être un objet nom: secondes</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>lecture impossible : %1 (vérifier le propriétaire et les droits du fichier)</translation>
    </message>
    <message>
        <source>is not valid JSON at %1: %2</source>
        <translation>n&apos;est pas du JSON valide à %1 : %2</translation>
    </message>
    <message>
        <source>must hold a JSON object { ... }</source>
        <translation>doit contenir un objet JSON { ... }</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>doit être un identifiant Discord (17 à 20 chiffres)</translation>
    </message>
    <message>
        <source>cannot be a settings file: %1 is a file, not a folder</source>
        <translation>ne peut pas être un fichier de paramètres : %1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>is a folder; give the path of the settings file (mechdock.json)</source>
        <translation>est un dossier ; indiquer le chemin du fichier de paramètres (mechdock.json)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); give the path of the settings file</source>
        <translation>n&apos;est pas un fichier ordinaire (tube, socket ou périphérique) ; indiquer le chemin du fichier de paramètres</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; this is not a settings file</source>
        <translation>dépasse %1 Mio ; ce n&apos;est pas un fichier de paramètres</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off</source>
        <translation>doit être ADRESSE:PORT, par ex. 127.0.0.1:9375, ou vide pour le désactiver</translation>
    </message>
    <message>
        <source>must be a group name</source>
        <translation>doit être un nom de groupe</translation>
    </message>
    <message>
        <source>control.certFile and control.keyFile go together: set both or neither</source>
        <translation>control.certFile et control.keyFile vont ensemble : définir les deux ou aucun</translation>
    </message>
    <message>
        <source>must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself</source>
        <translation>doit être un hachage PBKDF2 (pbkdf2-sha256$...), jamais le mot de passe lui-même</translation>
    </message>
    <message>
        <source>must be &quot;NAME|pbkdf2-sha256$...&quot; (made by mechdock control add-key)</source>
        <translation>doit être &quot;NAME|pbkdf2-sha256$...&quot; (créé par mechdock control add-key)</translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; is used twice</source>
        <translation>le nom de clé « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l’un de : %1</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>au plus %1 entrées</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>doit comporter de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>doit comporter de 1 à 100 caractères</translation>
    </message>
    <message>
        <source>name at least one author (or authorBots, authorWebhooks) when authorMode is &quot;%1&quot;</source>
        <translation>indiquez au moins un auteur (ou authorBots, authorWebhooks) lorsque authorMode vaut « %1 »</translation>
    </message>
    <message>
        <source>a rule needs keywords, required keywords or a regular expression: without them it would fire on every message</source>
        <translation>une règle a besoin de mots-clés, de mots-clés requis ou d’une expression régulière : sans eux, elle se déclencherait à chaque message</translation>
    </message>
    <message>
        <source>allowed: 0 to %1</source>
        <translation>autorisé : 0 à %1</translation>
    </message>
    <message>
        <source>name the containers the rule %1</source>
        <translation>indiquez les conteneurs que la règle doit %1</translation>
    </message>
    <message>
        <source>at most %1 containers</source>
        <translation>au plus %1 conteneurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the containers of the settings</source>
        <translation>« %1 » ne figure pas parmi les conteneurs des paramètres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected (autoActions.protectedContainers): no rule may touch it</source>
        <translation>« %1 » est protégé (autoActions.protectedContainers) : aucune règle ne peut y toucher</translation>
    </message>
    <message>
        <source>the container does not allow &quot;%1&quot; (allowedActions): the action will be refused</source>
        <translation>le conteneur n’autorise pas « %1 » (allowedActions) : l’action sera refusée</translation>
    </message>
    <message>
        <source>must be a host name or an IP address (empty: 127.0.0.1)</source>
        <translation>doit être un nom d’hôte ou une adresse IP (vide : 127.0.0.1)</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 (the protocol&apos;s usual port) to 65535</source>
        <translation>vaut %1 ; autorisé : 0 (le port habituel du protocole) à 65535</translation>
    </message>
    <message>
        <source>the keychain module %1 could not be loaded: %2</source>
        <translation>le module de trousseau %1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>the keychain module %1 is not installed (looked in %2)</source>
        <translation>le module de trousseau %1 n&apos;est pas installé (cherché dans %2)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>le trousseau a échoué : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionValidator</name>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>doit être un identifiant Discord (17 à 20 chiffres)</translation>
    </message>
    <message>
        <source>must be &quot;name&quot; or &quot;endpoint/name&quot;</source>
        <translation>doit être « name » ou « endpoint/name »</translation>
    </message>
    <message>
        <source>at most %1 rules</source>
        <translation>au plus %1 règles</translation>
    </message>
    <message>
        <source>the rule name &quot;%1&quot; is used twice</source>
        <translation>le nom de règle « %1 » est utilisé deux fois</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionsJson</name>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>paramètre inconnu (ignoré)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>mechdock::config::ConfigIssue</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>mechdock::config::EnvironmentOverrides</name>
    <message>
        <source>&quot;%1&quot; is not a number (sets %2)</source>
        <translation>« %1 » n&apos;est pas un nombre (définit %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number (sets %2)</source>
        <translation>« %1 » doit être un nombre entier (définit %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false (sets %2)</source>
        <translation>« %1 » doit valoir true ou false (définit %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::config::Reader</name>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>lecture impossible : %1 (vérifier le propriétaire et les droits du fichier)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not a DDC config file, skipped</source>
        <translation>dépasse %1 Mio ; pas un fichier de configuration DDC, ignoré</translation>
    </message>
    <message>
        <source>is not valid JSON at %1 (%2); nothing from this file was imported</source>
        <translation>n&apos;est pas du JSON valide à %1 (%2) ; rien n&apos;a été importé de ce fichier</translation>
    </message>
    <message>
        <source>does not hold a JSON object { ... }; nothing from this file was imported</source>
        <translation>ne contient pas d&apos;objet JSON { ... } ; rien n&apos;a été importé de ce fichier</translation>
    </message>
    <message>
        <source>holds %1 files; only the first %2 were read</source>
        <translation>contient %1 fichiers ; seuls les %2 premiers ont été lus</translation>
    </message>
    <message>
        <source>%1 is outside Mechdock&apos;s range for %2 (%3 to %4); kept %5</source>
        <translation>%1 est hors de la plage de Mechdock pour %2 (%3 à %4) ; %5 conservé</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 holds no DockerDiscordControl config file (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</source>
        <translation>%1 ne contient aucun fichier de configuration DockerDiscordControl (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</translation>
    </message>
    <message>
        <source>Mechdock has no &quot;%1&quot; translation (it has %2); the language was not changed</source>
        <translation>Mechdock n&apos;a pas de traduction « %1 » (il a %2) ; la langue n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone; scheduler.defaultTimeZone was not changed</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA connu ; scheduler.defaultTimeZone n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord id (17 to 20 digits, as a string); refused</source>
        <translation>« %1 » n&apos;est pas un identifiant Discord (17 à 20 chiffres, sous forme de chaîne) ; refusé</translation>
    </message>
    <message>
        <source>is not a whole number of seconds; not imported</source>
        <translation>n&apos;est pas un nombre entier de secondes ; non importé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path inside DDC&apos;s container; not imported. Set docker.endpoints[].uri if Mechdock needs another socket</source>
        <translation>« %1 » est un chemin dans le conteneur de DDC ; non importé. Définir docker.endpoints[].uri si Mechdock a besoin d&apos;un autre socket</translation>
    </message>
    <message>
        <source>DDC&apos;s status watchdog pings an external URL; Mechdock sends no outgoing heartbeat. Point the monitor at Mechdock&apos;s /health endpoint (http.listen) instead</source>
        <translation>Le watchdog d&apos;état de DDC interroge une URL externe ; Mechdock n&apos;envoie aucun heartbeat sortant. Pointer plutôt la supervision vers le point d&apos;accès /health de Mechdock (http.listen)</translation>
    </message>
    <message>
        <source>DDC no longer reads this file; nothing imported from it</source>
        <translation>DDC ne lit plus ce fichier ; rien n&apos;en a été importé</translation>
    </message>
    <message>
        <source>is encrypted by DDC and cannot be imported. Store the bot token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>est chiffré par DDC et ne peut pas être importé. Enregistrer le jeton du bot dans la page Paramètres de Mechdock ou définir DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>does not look like a Discord bot token; not imported. Store the token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>ne ressemble pas à un jeton de bot Discord ; non importé. Enregistrer le jeton dans la page Paramètres de Mechdock ou définir DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 not changed</source>
        <translation>« %1 » n&apos;est pas un nombre ; %2 inchangé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; %2 not changed</source>
        <translation>« %1 » ne vaut ni true ni false ; %2 inchangé</translation>
    </message>
    <message>
        <source>no Mechdock setting for %1</source>
        <translation>aucun paramètre Mechdock pour %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 to 86400 seconds; kept %2</source>
        <translation>« %1 » n&apos;est pas compris entre 0 et 86400 secondes ; %2 conservé</translation>
    </message>
    <message>
        <source>Mechdock has no cool-down for %1; those use cooldowns.defaultSec</source>
        <translation>Mechdock n&apos;a pas de délai de récupération pour %1 ; ceux-ci utilisent cooldowns.defaultSec</translation>
    </message>
    <message>
        <source>DDC&apos;s spam protection was off; Mechdock always enforces cool-downs and per-minute limits (set them to 0 / high values to relax them)</source>
        <translation>La protection anti-spam de DDC était désactivée ; Mechdock applique toujours les délais de récupération et les limites par minute (les mettre à 0 ou à des valeurs élevées pour les assouplir)</translation>
    </message>
    <message>
        <source>DDC&apos;s web UI login is not imported: Mechdock&apos;s panel is a desktop application; its health endpoint has its own http.bearerToken</source>
        <translation>La connexion à l&apos;interface web de DDC n&apos;est pas importée : le panneau de Mechdock est une application de bureau ; son point d&apos;accès de santé a son propre http.bearerToken</translation>
    </message>
    <message>
        <source>Mechdock has no donation key; donation links are in discord.donationLinks</source>
        <translation>Mechdock n&apos;a pas de clé de dons ; les liens de dons se trouvent dans discord.donationLinks</translation>
    </message>
    <message>
        <source>use logging.rules (e.g. &quot;mechdock.scheduler.debug=true&quot;) instead</source>
        <translation>utiliser plutôt logging.rules (par ex. &quot;mechdock.scheduler.debug=true&quot;)</translation>
    </message>
    <message>
        <source>DDC&apos;s log settings are not imported; see logging.* in Mechdock&apos;s settings</source>
        <translation>Les paramètres de journalisation de DDC ne sont pas importés ; voir logging.* dans les paramètres de Mechdock</translation>
    </message>
    <message>
        <source>Mechdock has no setting for the number of log lines shown</source>
        <translation>Mechdock n&apos;a pas de paramètre pour le nombre de lignes de journal affichées</translation>
    </message>
    <message>
        <source>DDC itself no longer uses heartbeat channels; not imported</source>
        <translation>DDC lui-même n&apos;utilise plus de salons de heartbeat ; non importé</translation>
    </message>
    <message>
        <source>DDC 1.x web form state; DDC itself ignores it, not imported</source>
        <translation>état de formulaire web de DDC 1.x ; DDC lui-même l&apos;ignore, non importé</translation>
    </message>
    <message>
        <source>notes about admins are not imported (Mechdock keeps only their ids)</source>
        <translation>les notes sur les administrateurs ne sont pas importées (Mechdock ne garde que leurs identifiants)</translation>
    </message>
    <message>
        <source>is not a list of Discord user ids; no admin imported</source>
        <translation>n&apos;est pas une liste d&apos;identifiants d&apos;utilisateurs Discord ; aucun administrateur importé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord user id (17 to 20 digits, as a string); refused</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;utilisateur Discord (17 à 20 chiffres, sous forme de chaîne) ; refusé</translation>
    </message>
    <message>
        <source>superseded by containers/*.json (as in DDC); not imported</source>
        <translation>remplacé par containers/*.json (comme dans DDC) ; non importé</translation>
    </message>
    <message>
        <source>is not a list of containers; no container imported</source>
        <translation>n&apos;est pas une liste de conteneurs ; aucun conteneur importé</translation>
    </message>
    <message>
        <source>is not a container object; skipped</source>
        <translation>n&apos;est pas un objet conteneur ; ignoré</translation>
    </message>
    <message>
        <source>the container has no docker_name; skipped</source>
        <translation>le conteneur n&apos;a pas de docker_name ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, at most 255); refused</source>
        <translation>« %1 » n&apos;est pas un nom de conteneur Docker (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, 255 au plus) ; refusé</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; is configured twice in DDC; this copy was skipped</source>
        <translation>le conteneur « %1 » est configuré deux fois dans DDC ; cette copie a été ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused, the container name is shown instead</source>
        <translation>« %1 » dépasse %2 caractères ou contient des caractères de contrôle ; refusé, le nom du conteneur est affiché à la place</translation>
    </message>
    <message>
        <source>%1 not imported: Mechdock&apos;s actions are %2</source>
        <translation>%1 non importé : les actions de Mechdock sont %2</translation>
    </message>
    <message>
        <source>is not a list; status only</source>
        <translation>n&apos;est pas une liste ; état seulement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 1000000; ignored</source>
        <translation>« %1 » n&apos;est pas un nombre entier de 0 à 1000000 ; ignoré</translation>
    </message>
    <message>
        <source>Mechdock does not query game servers for player counts; not imported</source>
        <translation>Mechdock n&apos;interroge pas les serveurs de jeu sur le nombre de joueurs ; non importé</translation>
    </message>
    <message>
        <source>keys without a Mechdock setting: %1</source>
        <translation>clés sans paramètre Mechdock : %1</translation>
    </message>
    <message>
        <source>holds control characters; refused</source>
        <translation>contient des caractères de contrôle ; refusé</translation>
    </message>
    <message>
        <source>is %1 characters; Mechdock keeps at most %2, the rest was cut</source>
        <translation>fait %1 caractères ; Mechdock en garde au plus %2, le reste a été coupé</translation>
    </message>
    <message>
        <source>Mechdock does not look up the host&apos;s public address; put it in the info text</source>
        <translation>Mechdock ne recherche pas l&apos;adresse publique de l&apos;hôte ; l&apos;indiquer dans le texte d&apos;info</translation>
    </message>
    <message>
        <source>info was turned off in DDC; its text was not imported</source>
        <translation>l&apos;info était désactivée dans DDC ; son texte n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>protected info needs a password of 1 to %1 characters; the protected part was not imported</source>
        <translation>l&apos;info protégée exige un mot de passe de 1 à %1 caractères ; la partie protégée n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>superseded by channels/*.json (as in DDC); not imported</source>
        <translation>remplacé par channels/*.json (comme dans DDC) ; non importé</translation>
    </message>
    <message>
        <source>is not a map of channel id to settings; no channel imported</source>
        <translation>n&apos;est pas une table d&apos;identifiants de salon vers paramètres ; aucun salon importé</translation>
    </message>
    <message>
        <source>is not a channel object; skipped</source>
        <translation>n&apos;est pas un objet salon ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord channel id (17 to 20 digits, as a string); the channel was refused</source>
        <translation>« %1 » n&apos;est pas un identifiant de salon Discord (17 à 20 chiffres, sous forme de chaîne) ; le salon a été refusé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused</source>
        <translation>« %1 » dépasse %2 caractères ou contient des caractères de contrôle ; refusé</translation>
    </message>
    <message>
        <source>no command was allowed in this channel in DDC; imported as a status channel</source>
        <translation>aucune commande n&apos;était autorisée dans ce salon dans DDC ; importé comme salon d&apos;état</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 1 to %2 minutes; kept %3 minutes</source>
        <translation>« %1 » n&apos;est pas compris entre 1 et %2 minutes ; %3 minutes conservées</translation>
    </message>
    <message>
        <source>Mechdock allows at most %1 %2 channels; this one was refused</source>
        <translation>Mechdock autorise au plus %1 salons %2 ; celui-ci a été refusé</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsJson</name>
    <message>
        <source>must be &quot;status&quot; or &quot;control&quot;</source>
        <translation>doit valoir &quot;status&quot; ou &quot;control&quot;</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsSchema</name>
    <message>
        <source>Application id</source>
        <translation>ID de l&apos;application</translation>
    </message>
    <message>
        <source>REST API base URL</source>
        <translation>URL de base de l&apos;API REST</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>Keep the token in the settings file</source>
        <translation>Garder le jeton dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation>Intents du gateway</translation>
    </message>
    <message>
        <source>Shards (0 = automatic)</source>
        <translation>Shards (0 = automatique)</translation>
    </message>
    <message>
        <source>Status cache lifetime (s)</source>
        <translation>Durée de vie du cache d&apos;état (s)</translation>
    </message>
    <message>
        <source>Background refresh (s)</source>
        <translation>Actualisation en arrière-plan (s)</translation>
    </message>
    <message>
        <source>Start/stop cool-down per container (s)</source>
        <translation>Délai démarrage/arrêt par conteneur (s)</translation>
    </message>
    <message>
        <source>Operations per batch</source>
        <translation>Opérations par lot</translation>
    </message>
    <message>
        <source>Pause between batches (ms)</source>
        <translation>Pause entre les lots (ms)</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>Délai d&apos;expiration des requêtes (s)</translation>
    </message>
    <message>
        <source>Default cool-down (s)</source>
        <translation>Délai de récupération par défaut (s)</translation>
    </message>
    <message>
        <source>Commands per user per minute</source>
        <translation>Commandes par utilisateur et par minute</translation>
    </message>
    <message>
        <source>Buttons per user per minute</source>
        <translation>Boutons par utilisateur et par minute</translation>
    </message>
    <message>
        <source>Forget idle users after (s)</source>
        <translation>Oublier les utilisateurs inactifs après (s)</translation>
    </message>
    <message>
        <source>Users tracked at most</source>
        <translation>Utilisateurs suivis au maximum</translation>
    </message>
    <message>
        <source>Monitor memory</source>
        <translation>Surveiller la mémoire</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>Limite de mémoire (Mo)</translation>
    </message>
    <message>
        <source>Sample every (s)</source>
        <translation>Mesure toutes les (s)</translation>
    </message>
    <message>
        <source>Cache entries at most</source>
        <translation>Entrées de cache au maximum</translation>
    </message>
    <message>
        <source>Message cache entries</source>
        <translation>Entrées du cache de messages</translation>
    </message>
    <message>
        <source>Media group cache entries</source>
        <translation>Entrées du cache de groupes de médias</translation>
    </message>
    <message>
        <source>Queue length at most</source>
        <translation>Longueur maximale de la file</translation>
    </message>
    <message>
        <source>User state lifetime (s)</source>
        <translation>Durée de vie de l&apos;état utilisateur (s)</translation>
    </message>
    <message>
        <source>Failed peer lifetime (s)</source>
        <translation>Durée de vie des pairs en échec (s)</translation>
    </message>
    <message>
        <source>Sweep expired entries at medium pressure</source>
        <translation>Purger les entrées expirées sous pression moyenne</translation>
    </message>
    <message>
        <source>Halve caches at high pressure</source>
        <translation>Réduire les caches de moitié sous forte pression</translation>
    </message>
    <message>
        <source>Clear caches at critical pressure</source>
        <translation>Vider les caches sous pression critique</translation>
    </message>
    <message>
        <source>Warning threshold (%)</source>
        <translation>Seuil d&apos;avertissement (%)</translation>
    </message>
    <message>
        <source>Critical threshold (%)</source>
        <translation>Seuil critique (%)</translation>
    </message>
    <message>
        <source>Emergency threshold (%)</source>
        <translation>Seuil d&apos;urgence (%)</translation>
    </message>
    <message>
        <source>Database file (empty = data folder)</source>
        <translation>Fichier de base de données (vide = dossier de données)</translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation>Connexions au maximum</translation>
    </message>
    <message>
        <source>Connections opened at start</source>
        <translation>Connexions ouvertes au démarrage</translation>
    </message>
    <message>
        <source>Close idle connections after (s)</source>
        <translation>Fermer les connexions inactives après (s)</translation>
    </message>
    <message>
        <source>Prepared statements cached</source>
        <translation>Requêtes préparées en cache</translation>
    </message>
    <message>
        <source>Audit log rows kept</source>
        <translation>Lignes conservées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Tasks running at once</source>
        <translation>Tâches exécutées simultanément</translation>
    </message>
    <message>
        <source>Task timeout (s)</source>
        <translation>Délai d&apos;expiration des tâches (s)</translation>
    </message>
    <message>
        <source>Minimum minutes between tasks on a container</source>
        <translation>Minutes minimales entre deux tâches d&apos;un conteneur</translation>
    </message>
    <message>
        <source>Re-check interval (s)</source>
        <translation>Intervalle de revérification (s)</translation>
    </message>
    <message>
        <source>Run missed tasks within (min)</source>
        <translation>Rattraper les tâches manquées dans un délai de (min)</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <source>Power decay per day (cents)</source>
        <translation>Perte d&apos;énergie par jour (centimes)</translation>
    </message>
    <message>
        <source>Top level decays</source>
        <translation>Le niveau maximal décroît</translation>
    </message>
    <message>
        <source>Slowest animation (%)</source>
        <translation>Animation la plus lente (%)</translation>
    </message>
    <message>
        <source>Fastest animation (%)</source>
        <translation>Animation la plus rapide (%)</translation>
    </message>
    <message>
        <source>Speed step (%)</source>
        <translation>Pas de vitesse (%)</translation>
    </message>
    <message>
        <source>Animations kept in memory</source>
        <translation>Animations gardées en mémoire</translation>
    </message>
    <message>
        <source>Animation disk cache (MB)</source>
        <translation>Cache disque des animations (Mo)</translation>
    </message>
    <message>
        <source>Health endpoint address</source>
        <translation>Adresse du point d&apos;accès de santé</translation>
    </message>
    <message>
        <source>Health endpoint token</source>
        <translation>Jeton du point d&apos;accès de santé</translation>
    </message>
    <message>
        <source>Language (empty = system)</source>
        <translation>Langue (vide = système)</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>Logging rules</source>
        <translation>Règles de journalisation</translation>
    </message>
    <message>
        <source>Log file size (KB)</source>
        <translation>Taille du fichier journal (Ko)</translation>
    </message>
    <message>
        <source>Log files kept</source>
        <translation>Fichiers journaux conservés</translation>
    </message>
    <message>
        <source>Log lines kept in memory</source>
        <translation>Lignes de journal gardées en mémoire</translation>
    </message>
    <message>
        <source>Guild ids</source>
        <translation>ID de serveurs (guilds)</translation>
    </message>
    <message>
        <source>Admin user ids</source>
        <translation>ID des utilisateurs administrateurs</translation>
    </message>
    <message>
        <source>Admin role ids</source>
        <translation>ID des rôles administrateurs</translation>
    </message>
    <message>
        <source>Decay per level</source>
        <translation>Perte d&apos;énergie par niveau</translation>
    </message>
    <message>
        <source>Unhealthy when Discord is unreachable for (s)</source>
        <translation>En mauvaise santé si Discord est injoignable pendant (s)</translation>
    </message>
    <message>
        <source>Unhealthy when the data folder&apos;s disk has less free (MB)</source>
        <translation>En mauvaise santé si l&apos;espace libre du disque du dossier de données est inférieur à (Mo)</translation>
    </message>
    <message>
        <source>Remote control address (TLS; empty = off)</source>
        <translation>Adresse du contrôle à distance (TLS ; vide = désactivé)</translation>
    </message>
    <message>
        <source>Group that may use the local control socket</source>
        <translation>Groupe autorisé à utiliser le socket de contrôle local</translation>
    </message>
    <message>
        <source>Remote control certificate (PEM; empty = self-signed)</source>
        <translation>Certificat du contrôle à distance (PEM ; vide = auto-signé)</translation>
    </message>
    <message>
        <source>Remote control private key (PEM)</source>
        <translation>Clé privée du contrôle à distance (PEM)</translation>
    </message>
    <message>
        <source>Remote control password (PBKDF2 hash)</source>
        <translation>Mot de passe du contrôle à distance (hachage PBKDF2)</translation>
    </message>
    <message>
        <source>Concurrent stats requests per host</source>
        <translation>Requêtes de statistiques simultanées par hôte</translation>
    </message>
    <message>
        <source>Web page address (empty = off)</source>
        <translation>Adresse de la page web (vide = désactivée)</translation>
    </message>
    <message>
        <source>Web page: log out after this many idle minutes</source>
        <translation>Page web : déconnexion après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Web page over HTTPS (the remote control certificate)</source>
        <translation>Page web en HTTPS (le certificat du contrôle à distance)</translation>
    </message>
    <message>
        <source>Crash alerts: Discord channel id (empty = log only)</source>
        <translation>Alertes de plantage : ID du salon Discord (vide = journal seulement)</translation>
    </message>
    <message>
        <source>Crash alerts: log lines shown</source>
        <translation>Alertes de plantage : lignes de journal affichées</translation>
    </message>
    <message>
        <source>Restart loop: crashes</source>
        <translation>Boucle de redémarrage : plantages</translation>
    </message>
    <message>
        <source>Restart loop: within (s)</source>
        <translation>Boucle de redémarrage : en (s)</translation>
    </message>
    <message>
        <source>Heartbeat: push URL pinged while healthy (empty = off)</source>
        <translation>Battement : URL de push appelée tant que tout va bien (vide = désactivé)</translation>
    </message>
    <message>
        <source>Heartbeat: every (minutes)</source>
        <translation>Battement : toutes les (minutes)</translation>
    </message>
    <message>
        <source>Player counts: ask a game server again after (s)</source>
        <translation>Nombre de joueurs : réinterroger un serveur de jeu après (s)</translation>
    </message>
    <message>
        <source>Player counts: wait for an answer (ms)</source>
        <translation>Nombre de joueurs : attente de réponse (ms)</translation>
    </message>
    <message>
        <source>Player counts: queries at once</source>
        <translation>Nombre de joueurs : requêtes simultanées</translation>
    </message>
    <message>
        <source>Auto-actions: act on Discord messages</source>
        <translation>Actions automatiques : réagir aux messages Discord</translation>
    </message>
    <message>
        <source>Auto-actions: pause between any two firings (s)</source>
        <translation>Actions automatiques : pause entre deux déclenchements (s)</translation>
    </message>
    <message>
        <source>Auto-actions: notification channel (empty = silent)</source>
        <translation>Actions automatiques : salon de notification (vide = silencieux)</translation>
    </message>
    <message>
        <source>Auto-actions: firings kept in the history</source>
        <translation>Actions automatiques : déclenchements conservés dans l’historique</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>impossible de restreindre les droits de %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsValidator</name>
    <message>
        <source>is %1; allowed: %2 to %3</source>
        <translation>vaut %1 ; autorisé : %2 à %3</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>doit être un identifiant Discord (17 à 20 chiffres)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</source>
        <translation>doit être une URL http:// ou https://, par ex. https://discord.com/api/v10</translation>
    </message>
    <message>
        <source>contains spaces or line breaks; paste only the token itself</source>
        <translation>contient des espaces ou des sauts de ligne ; coller uniquement le jeton lui-même</translation>
    </message>
    <message>
        <source>this channel is configured twice</source>
        <translation>ce salon est configuré deux fois</translation>
    </message>
    <message>
        <source>is %1; allowed: 10 to 86400</source>
        <translation>vaut %1 ; autorisé : 10 à 86400</translation>
    </message>
    <message>
        <source>is %1; allowed: 60 to 604800</source>
        <translation>vaut %1 ; autorisé : 60 à 604800</translation>
    </message>
    <message>
        <source>has %1 status channels; at most %2</source>
        <translation>a %1 salons d&apos;état ; au plus %2</translation>
    </message>
    <message>
        <source>has %1 control channels; at most %2</source>
        <translation>a %1 salons de contrôle ; au plus %2</translation>
    </message>
    <message>
        <source>must be &quot;label|https://...&quot;</source>
        <translation>doit être de la forme &quot;label|https://...&quot;</translation>
    </message>
    <message>
        <source>needs at least one endpoint</source>
        <translation>nécessite au moins un point d&apos;accès</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>another endpoint has this name</source>
        <translation>un autre point d&apos;accès porte ce nom</translation>
    </message>
    <message>
        <source>must start with unix://, npipe://, tcp:// or https://</source>
        <translation>doit commencer par unix://, npipe://, tcp:// ou https://</translation>
    </message>
    <message>
        <source>needs a host and a port</source>
        <translation>nécessite un hôte et un port</translation>
    </message>
    <message>
        <source>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</source>
        <translation>est nécessaire quand tlsVerify est activé (ca.pem, cert.pem, key.pem)</translation>
    </message>
    <message>
        <source>must be a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>doit être un nom de conteneur Docker (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>names no configured endpoint (&quot;%1&quot;)</source>
        <translation>ne désigne aucun point d&apos;accès configuré (« %1 »)</translation>
    </message>
    <message>
        <source>this container is configured twice</source>
        <translation>ce conteneur est configuré deux fois</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>dépasse 100 caractères</translation>
    </message>
    <message>
        <source>is %1 characters; at most %2</source>
        <translation>fait %1 caractères ; au plus %2</translation>
    </message>
    <message>
        <source>is needed for protected info: set a password in the panel or with &apos;mechdock hash-password&apos;</source>
        <translation>est nécessaire pour l&apos;info protégée : définir un mot de passe dans le panneau ou avec &apos;mechdock hash-password&apos;</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 to 86400</source>
        <translation>vaut %1 ; autorisé : 0 à 86400</translation>
    </message>
    <message>
        <source>thresholds must rise: warning &lt; critical &lt; emergency</source>
        <translation>les seuils doivent croître : avertissement &lt; critique &lt; urgence</translation>
    </message>
    <message>
        <source>is larger than database.maxConnections (%1)</source>
        <translation>dépasse database.maxConnections (%1)</translation>
    </message>
    <message>
        <source>must be below mech.maxSpeedPercent</source>
        <translation>doit être inférieur à mech.maxSpeedPercent</translation>
    </message>
    <message>
        <source>must divide the distance from 100 % to both speed limits, so 100 % is a step</source>
        <translation>doit diviser l&apos;écart entre 100 % et les deux limites de vitesse, pour que 100 % soit un palier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA connu (par ex. Europe/Berlin)</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</source>
        <translation>doit être ADRESSE:PORT, par ex. 127.0.0.1:9374, ou vide pour le désactiver</translation>
    </message>
    <message>
        <source>must be &quot;LEVEL:CENTS_PER_DAY&quot; with a level from 1 to 11 and 0 to 1000000 cents, e.g. &quot;11:0&quot;</source>
        <translation>doit être de la forme &quot;LEVEL:CENTS_PER_DAY&quot; avec un niveau de 1 à 11 et de 0 à 1000000 centimes, par ex. &quot;11:0&quot;</translation>
    </message>
    <message>
        <source>level %1 is given more than once</source>
        <translation>le niveau %1 est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off</source>
        <translation>doit être ADDRESS:PORT, par ex. 0.0.0.0:9380, ou vide pour le désactiver</translation>
    </message>
    <message>
        <source>must be a Discord channel id (digits), or empty</source>
        <translation>doit être un ID de salon Discord (chiffres), ou vide</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, or empty</source>
        <translation>doit être une URL http:// ou https://, ou vide</translation>
    </message>
    <message>
        <source>must be a Swarm service name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>doit être un nom de service Swarm (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>a Swarm service is updated by Swarm (docker service update --image); remove &quot;update&quot;</source>
        <translation>un service Swarm est mis à jour par Swarm (docker service update --image) ; retirez « update »</translation>
    </message>
    <message>
        <source>must be an image tag (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128), or empty for the container&apos;s own</source>
        <translation>doit être un tag d&apos;image (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; ; 128 au plus), ou vide pour celui du conteneur</translation>
    </message>
    <message>
        <source>is for containers; Swarm rolls out a service&apos;s image</source>
        <translation>est réservé aux conteneurs ; Swarm déploie lui-même l&apos;image d&apos;un service</translation>
    </message>
</context>
<context>
    <name>mechdock::control</name>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>Le message dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>Un message doit être un objet JSON.</translation>
    </message>
    <message>
        <source>hello needs &quot;protocol&quot;, a whole number.</source>
        <translation>hello exige &quot;protocol&quot;, un nombre entier.</translation>
    </message>
    <message>
        <source>hello&apos;s &quot;client&quot; must be a string.</source>
        <translation>Le &quot;client&quot; de hello doit être une chaîne.</translation>
    </message>
    <message>
        <source>auth needs &quot;key&quot;, or &quot;user&quot; and &quot;password&quot;, as strings.</source>
        <translation>auth exige &quot;key&quot;, ou &quot;user&quot; et &quot;password&quot;, sous forme de chaînes.</translation>
    </message>
    <message>
        <source>A request needs &quot;id&quot;, a whole number from 0 to 2^53.</source>
        <translation>Une requête exige &quot;id&quot;, un nombre entier de 0 à 2^53.</translation>
    </message>
    <message>
        <source>A request needs &quot;method&quot;, a string.</source>
        <translation>Une requête exige &quot;method&quot;, une chaîne.</translation>
    </message>
    <message>
        <source>A request&apos;s &quot;params&quot; must be an object.</source>
        <translation>Les &quot;params&quot; d&apos;une requête doivent être un objet.</translation>
    </message>
    <message>
        <source>Cannot load OpenSSL&apos;s libcrypto to make the control API&apos;s certificate (%1): install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>Impossible de charger la libcrypto d&apos;OpenSSL pour créer le certificat de l&apos;API de contrôle (%1) : installer libssl3 ou indiquer control.certFile/control.keyFile.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which the control API&apos;s certificate needs: install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>%1 ne contient pas %2, nécessaire au certificat de l&apos;API de contrôle : installer libssl3 ou indiquer control.certFile/control.keyFile.</translation>
    </message>
    <message>
        <source>Could not make the control API&apos;s certificate (%1).</source>
        <translation>Impossible de créer le certificat de l&apos;API de contrôle (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::AutoActionControl</name>
    <message>
        <source>&quot;content&quot; must be a string.</source>
        <translation>« content » doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;content&quot; holds at most %1 characters.</source>
        <translation>« content » contient au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;embeds&quot; must be a list of embed objects.</source>
        <translation>« embeds » doit être une liste d’objets embed.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service ne tourne pas.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rule objects.</source>
        <translation>« rules » doit être une liste d’objets règle.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlAuthenticator</name>
    <message>
        <source>The key or password is not valid.</source>
        <translation>La clé ou le mot de passe n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlDispatcher</name>
    <message>
        <source>%1 is not answered by the engine.</source>
        <translation>Le moteur ne répond pas à %1.</translation>
    </message>
    <message>
        <source>%1 is configured on several endpoints (%2); name one.</source>
        <translation>%1 est configuré sur plusieurs points d&apos;accès (%2) ; en désigner un.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>containers.logs needs &quot;name&quot; and &quot;lines&quot; from 1 to %1.</source>
        <translation>containers.logs exige &quot;name&quot; et &quot;lines&quot; de 1 à %1.</translation>
    </message>
    <message>
        <source>The scheduler is not running (no database).</source>
        <translation>Le planificateur ne tourne pas (aucune base de données).</translation>
    </message>
    <message>
        <source>&quot;upcoming&quot; must be from 0 to 20.</source>
        <translation>&quot;upcoming&quot; doit être compris entre 0 et 20.</translation>
    </message>
    <message>
        <source>scheduler.update needs the task&apos;s &quot;id&quot;.</source>
        <translation>scheduler.update exige l&apos;&quot;id&quot; de la tâche.</translation>
    </message>
    <message>
        <source>scheduler.remove needs &quot;id&quot;.</source>
        <translation>scheduler.remove exige &quot;id&quot;.</translation>
    </message>
    <message>
        <source>scheduler.preview needs &quot;expression&quot; and &quot;count&quot; from 1 to 50.</source>
        <translation>scheduler.preview exige &quot;expression&quot; et &quot;count&quot; de 1 à 50.</translation>
    </message>
    <message>
        <source>The mech is not running (no database).</source>
        <translation>Le mech n&apos;est pas en marche (aucune base de données).</translation>
    </message>
    <message>
        <source>mech.donate needs &quot;cents&quot;, a whole number above 0.</source>
        <translation>mech.donate exige &quot;cents&quot;, un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be from 1 to %1.</source>
        <translation>&quot;limit&quot; doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The audit log is not available (no database).</source>
        <translation>Le journal d&apos;audit n&apos;est pas disponible (aucune base de données).</translation>
    </message>
    <message>
        <source>The memory monitor is not running.</source>
        <translation>Le moniteur de mémoire n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>settings.setToken needs &quot;token&quot; (one line) and &quot;where&quot;: auto, keychain or file.</source>
        <translation>settings.setToken exige &quot;token&quot; (une seule ligne) et &quot;where&quot; : auto, keychain ou file.</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>Le trousseau n&apos;a pas accepté le jeton : %1</translation>
    </message>
    <message>
        <source>There is no token to check: paste one, or store one first.</source>
        <translation>Il n&apos;y a aucun jeton à vérifier : collez-en un, ou enregistrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Discord refused this token (401): it is wrong, or it was reset in the developer portal.</source>
        <translation>Discord a refusé ce jeton (401) : il est erroné, ou il a été réinitialisé dans le portail des développeurs.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord est injoignable : %1</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord a répondu %1 : %2</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le jeton : %1</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be big or small.</source>
        <translation>&quot;size&quot; doit être big ou small.</translation>
    </message>
    <message>
        <source>The animation is larger than %1 bytes.</source>
        <translation>L&apos;animation dépasse %1 octets.</translation>
    </message>
    <message>
        <source>There is no bot token yet: store one, then the channels can be listed.</source>
        <translation>Il n&apos;y a pas encore de jeton de bot : enregistrez-en un, puis les salons pourront être listés.</translation>
    </message>
    <message>
        <source>The bot is in no server yet, and no server id is configured: invite the bot to your server first.</source>
        <translation>Le bot n&apos;est encore sur aucun serveur et aucun ID de serveur n&apos;est configuré : invitez d&apos;abord le bot sur votre serveur.</translation>
    </message>
    <message>
        <source>containers.action needs &quot;name&quot; and &quot;action&quot; (start, stop, restart or update).</source>
        <translation>containers.action nécessite « name » et « action » (start, stop, restart ou update).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlProtocol</name>
    <message>
        <source>Unknown message type &quot;%1&quot;; expected hello, auth or request.</source>
        <translation>Type de message inconnu « %1 » ; attendu : hello, auth ou request.</translation>
    </message>
    <message>
        <source>Unknown message type from the server.</source>
        <translation>Type de message inconnu reçu du serveur.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlServer</name>
    <message>
        <source>The service is stopping.</source>
        <translation>Le service s&apos;arrête.</translation>
    </message>
    <message>
        <source>Control socket %1 is in use by another engine; not listening</source>
        <translation>Le socket de contrôle %1 est utilisé par un autre moteur ; pas d&apos;écoute</translation>
    </message>
    <message>
        <source>Control socket %1 not available: %2</source>
        <translation>Socket de contrôle %1 indisponible : %2</translation>
    </message>
    <message>
        <source>Control socket: cannot give it to group %1; only the owner may use it</source>
        <translation>Socket de contrôle : impossible de l&apos;attribuer au groupe %1 ; seul le propriétaire peut l&apos;utiliser</translation>
    </message>
    <message>
        <source>Control API on %1</source>
        <translation>API de contrôle sur %1</translation>
    </message>
    <message>
        <source>Remote access was turned off or changed.</source>
        <translation>L&apos;accès à distance a été désactivé ou modifié.</translation>
    </message>
    <message>
        <source>no TLS connection was made (a plain-text client, or one that refused the certificate): %1</source>
        <translation>aucune connexion TLS établie (client en texte clair, ou qui a refusé le certificat) : %1</translation>
    </message>
    <message>
        <source>control.remoteListen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>control.remoteListen « %1 » n&apos;est pas de la forme ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Remote control API off: %1</source>
        <translation>API de contrôle à distance désactivée : %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Remote control API on wss://%1:%2 (TLS); certificate SHA-256 fingerprint %3</source>
        <translation>API de contrôle à distance sur wss://%1:%2 (TLS) ; empreinte SHA-256 du certificat %3</translation>
    </message>
    <message>
        <source>Remote control API: no API key or password is set, so every remote client is refused; add one with: mechdock control add-key NAME</source>
        <translation>API de contrôle à distance : aucune clé d&apos;API ni aucun mot de passe défini, tout client distant est donc refusé ; en ajouter un avec : mechdock control add-key NAME</translation>
    </message>
    <message>
        <source>The engine serves at most %1 clients.</source>
        <translation>Le moteur sert au plus %1 clients.</translation>
    </message>
    <message>
        <source>refused without checking: too many failures</source>
        <translation>refusé sans vérification : trop d&apos;échecs</translation>
    </message>
    <message>
        <source>Too many failed attempts from %1; try again in a minute.</source>
        <translation>Trop de tentatives échouées depuis %1 ; réessayer dans une minute.</translation>
    </message>
    <message>
        <source>wrong %1 (client &quot;%2&quot;)</source>
        <translation>%1 non valide (client « %2 »)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d&apos;API</translation>
    </message>
    <message>
        <source>Control API: failed authentication from %1</source>
        <translation>API de contrôle : échec d&apos;authentification depuis %1</translation>
    </message>
    <message>
        <source>Web page off: cannot listen on %1: %2</source>
        <translation>Page web désactivée : impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Web page on %1://%2:%3/</source>
        <translation>Page web sur %1://%2:%3/</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlSession</name>
    <message>
        <source>No hello and authentication within %1 seconds.</source>
        <translation>Aucun hello ni authentification dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Control client %1 dropped: it does not read what it is sent (%2 bytes waiting)</source>
        <translation>Client de contrôle %1 déconnecté : il ne lit pas ce qui lui est envoyé (%2 octets en attente)</translation>
    </message>
    <message>
        <source>hello was already sent.</source>
        <translation>hello a déjà été envoyé.</translation>
    </message>
    <message>
        <source>This server speaks control protocol %1, the client %2: please update the %3.</source>
        <translation>Ce serveur parle le protocole de contrôle %1, le client le %2 : veuillez mettre à jour le %3.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>Envoyer d&apos;abord hello.</translation>
    </message>
    <message>
        <source>Authenticate first (auth with a key or password).</source>
        <translation>S&apos;authentifier d&apos;abord (auth avec une clé ou un mot de passe).</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Méthode inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Too many requests at once (%1); wait for answers.</source>
        <translation>Trop de requêtes simultanées (%1) ; attendre les réponses.</translation>
    </message>
    <message>
        <source>Unknown topic &quot;%1&quot;; topics are snapshot and logs.</source>
        <translation>Sujet inconnu « %1 » ; les sujets sont snapshot et logs.</translation>
    </message>
    <message>
        <source>&quot;topics&quot; must list snapshot and/or logs.</source>
        <translation>&quot;topics&quot; doit contenir snapshot et/ou logs.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::GuildChannelLister</name>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord est injoignable : %1</translation>
    </message>
    <message>
        <source>the bot may not view this server&apos;s channels</source>
        <translation>le bot n&apos;a pas le droit de voir les salons de ce serveur</translation>
    </message>
    <message>
        <source>the bot is not in this server</source>
        <translation>le bot n&apos;est pas sur ce serveur</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord a répondu %1 : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::LocalChannel</name>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>Une ligne dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Impossible de lire la clé privée %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (EC ou RSA).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ValueJson</name>
    <message>
        <source>&quot;action&quot; must be start, stop or restart.</source>
        <translation>&quot;action&quot; doit être start, stop ou restart.</translation>
    </message>
    <message>
        <source>A task needs &quot;container&quot; and &quot;schedule&quot;.</source>
        <translation>Une tâche exige &quot;container&quot; et &quot;schedule&quot;.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebPageServer</name>
    <message>
        <source>web.listen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>web.listen « %1 » n&apos;est pas de la forme ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Web page: no password is set yet. Open it and enter the setup code %1 to choose one.</source>
        <translation>Page web : aucun mot de passe n&apos;est encore défini. Ouvrez-la et saisissez le code de configuration %1 pour en choisir un.</translation>
    </message>
    <message>
        <source>This request came from another site and was refused.</source>
        <translation>Cette requête provient d&apos;un autre site et a été refusée.</translation>
    </message>
    <message>
        <source>Send the request as JSON.</source>
        <translation>Envoyez la requête au format JSON.</translation>
    </message>
    <message>
        <source>The page&apos;s security token is missing or out of date; reload the page and try again.</source>
        <translation>Le jeton de sécurité de la page est absent ou périmé ; rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nom comporte de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>A password is already set; log in with it.</source>
        <translation>Un mot de passe est déjà défini ; connectez-vous avec.</translation>
    </message>
    <message>
        <source>Too many wrong setup codes from %1; try again in a minute.</source>
        <translation>Trop de codes de configuration erronés depuis %1 ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>wrong setup code</source>
        <translation>code de configuration erroné</translation>
    </message>
    <message>
        <source>That is not the setup code in the service&apos;s log.</source>
        <translation>Ce n&apos;est pas le code de configuration indiqué dans le journal du service.</translation>
    </message>
    <message>
        <source>The settings file %1 has errors; fix it before setting a password.</source>
        <translation>Le fichier de paramètres %1 contient des erreurs ; corrigez-le avant de définir un mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe : %1</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>Web page: the password was set from %1</source>
        <translation>Page web : le mot de passe a été défini depuis %1</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebSocketChannel</name>
    <message>
        <source>Messages are JSON text; binary messages are not accepted.</source>
        <translation>Les messages sont du texte JSON ; les messages binaires ne sont pas acceptés.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordApi</name>
    <message>
        <source>Could not read the registered commands.</source>
        <translation>Impossible de lire les commandes enregistrées.</translation>
    </message>
    <message>
        <source>Could not register the commands.</source>
        <translation>Impossible d&apos;enregistrer les commandes.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordGateway</name>
    <message>
        <source>Discord rejected the bot token (401 on /gateway/bot). Set a valid token; the bot stays offline until then.</source>
        <translation>Discord a refusé le jeton du bot (401 sur /gateway/bot). Définir un jeton valide ; le bot reste hors ligne d&apos;ici là.</translation>
    </message>
    <message>
        <source>Could not get the gateway address from Discord:</source>
        <translation>Impossible d&apos;obtenir l&apos;adresse du gateway auprès de Discord :</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayCloseCode</name>
    <message>
        <source>Discord reported an unknown error; resuming.</source>
        <translation>Discord a signalé une erreur inconnue ; reprise de la session.</translation>
    </message>
    <message>
        <source>Discord did not understand an opcode; resuming.</source>
        <translation>Discord n&apos;a pas compris un opcode ; reprise de la session.</translation>
    </message>
    <message>
        <source>Discord could not decode a payload; resuming.</source>
        <translation>Discord n&apos;a pas pu décoder un payload ; reprise de la session.</translation>
    </message>
    <message>
        <source>A payload was sent before identifying; identifying again.</source>
        <translation>Un payload a été envoyé avant l&apos;identification ; nouvelle identification.</translation>
    </message>
    <message>
        <source>The session was already authenticated; resuming.</source>
        <translation>La session était déjà authentifiée ; reprise de la session.</translation>
    </message>
    <message>
        <source>The resume sequence was invalid; starting a new session.</source>
        <translation>La séquence de reprise n&apos;était pas valide ; ouverture d&apos;une nouvelle session.</translation>
    </message>
    <message>
        <source>Too many gateway events were sent; resuming after a pause.</source>
        <translation>Trop d&apos;événements envoyés au gateway ; reprise après une pause.</translation>
    </message>
    <message>
        <source>The session timed out; starting a new session.</source>
        <translation>La session a expiré ; ouverture d&apos;une nouvelle session.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (close code 4004). Set a valid token in the settings or DISCORD_BOT_TOKEN; the bot stays offline until then.</source>
        <translation>Discord a refusé le jeton du bot (code de fermeture 4004). Définir un jeton valide dans les paramètres ou dans DISCORD_BOT_TOKEN ; le bot reste hors ligne d&apos;ici là.</translation>
    </message>
    <message>
        <source>Discord rejected the shard id (close code 4010). Check the shard count setting.</source>
        <translation>Discord a refusé l&apos;ID de shard (code de fermeture 4010). Vérifier le paramètre du nombre de shards.</translation>
    </message>
    <message>
        <source>Discord requires sharding for this bot (close code 4011). Set the shard count to 0 so Discord&apos;s recommendation is used, or raise it.</source>
        <translation>Discord exige le sharding pour ce bot (code de fermeture 4011). Mettre le nombre de shards à 0 pour suivre la recommandation de Discord, ou l&apos;augmenter.</translation>
    </message>
    <message>
        <source>Discord rejected the gateway API version (close code 4012). This build of Mechdock needs an update.</source>
        <translation>Discord a refusé la version de l&apos;API du gateway (code de fermeture 4012). Cette version de Mechdock doit être mise à jour.</translation>
    </message>
    <message>
        <source>Discord rejected the intents value (close code 4013). Check the intents setting.</source>
        <translation>Discord a refusé la valeur des intents (code de fermeture 4013). Vérifier le paramètre des intents.</translation>
    </message>
    <message>
        <source>The gateway connection closed; resuming.</source>
        <translation>La connexion au gateway s&apos;est fermée ; reprise de la session.</translation>
    </message>
    <message>
        <source>Discord refused a privileged intent (close code 4014). Enable it in the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, or remove it from the intents setting.</source>
        <translation>Discord a refusé un intent privilégié (code de fermeture 4014). Activez-le dans le Discord Developer Portal → votre application → Bot → Privileged Gateway Intents, ou retirez-le du paramètre intents.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayShard</name>
    <message>
        <source>closed with code %1: %2</source>
        <translation>fermée avec le code %1 : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::RestClient</name>
    <message>
        <source>The Discord request queue is full (%1 requests); the request was dropped.</source>
        <translation>La file des requêtes Discord est pleine (%1 requêtes) ; la requête a été abandonnée.</translation>
    </message>
    <message>
        <source>Discord kept rate-limiting this request; it was given up.</source>
        <translation>Discord a limité cette requête à plusieurs reprises ; elle a été abandonnée.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord est injoignable : %1</translation>
    </message>
    <message>
        <source>Discord answered with server error %1.</source>
        <translation>Discord a répondu par l&apos;erreur serveur %1.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (401).</source>
        <translation>Discord a refusé le jeton du bot (401).</translation>
    </message>
    <message>
        <source>The bot lacks the permission for this in Discord (403).</source>
        <translation>Le bot n&apos;a pas la permission nécessaire sur Discord (403).</translation>
    </message>
    <message>
        <source>Discord does not know this message, channel or interaction (404).</source>
        <translation>Discord ne connaît pas ce message, ce salon ou cette interaction (404).</translation>
    </message>
    <message>
        <source>Discord refused the request (%1): %2</source>
        <translation>Discord a refusé la requête (%1) : %2</translation>
    </message>
    <message>
        <source>The answer could no longer reach Discord in time and was not sent.</source>
        <translation>La réponse n’aurait plus atteint Discord à temps et n’a pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::ZlibStreamInflater</name>
    <message>
        <source>The compressed gateway stream is unusable.</source>
        <translation>Le flux compressé du gateway est inutilisable.</translation>
    </message>
    <message>
        <source>A compressed gateway message exceeded the size limit.</source>
        <translation>Un message compressé du gateway a dépassé la taille limite.</translation>
    </message>
    <message>
        <source>The compressed gateway stream is corrupt: %1</source>
        <translation>Le flux compressé du gateway est corrompu : %1</translation>
    </message>
    <message>
        <source>A gateway message exceeded the size limit after decompression.</source>
        <translation>Un message du gateway a dépassé la taille limite après décompression.</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerController</name>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>aucun point d&apos;accès Docker nommé « %1 »</translation>
    </message>
    <message>
        <source>%1 was started, stopped or restarted %2 s ago; to protect it from rapid toggling, try again in %3 s</source>
        <translation>%1 a été démarré, arrêté ou redémarré il y a %2 s ; pour le protéger des bascules rapides, réessayer dans %3 s</translation>
    </message>
    <message>
        <source>too many statistics requests are waiting; try again shortly</source>
        <translation>trop de requêtes de statistiques en attente ; réessayer dans un instant</translation>
    </message>
    <message>
        <source>%1 on %2 is not a configured container</source>
        <translation>%1 sur %2 n&apos;est pas un conteneur configuré</translation>
    </message>
    <message>
        <source>only Mechdock administrators may update %1</source>
        <translation>seuls les administrateurs Mechdock peuvent mettre à jour %1</translation>
    </message>
    <message>
        <source>an update of %1 is already running</source>
        <translation>une mise à jour de %1 est déjà en cours</translation>
    </message>
    <message>
        <source>%1 is a Swarm service: Swarm rolls out its new image (docker service update --image)</source>
        <translation>%1 est un service Swarm : Swarm déploie lui-même sa nouvelle image (docker service update --image)</translation>
    </message>
    <message>
        <source>a Swarm service is not updated here</source>
        <translation>un service Swarm n&apos;est pas mis à jour ici</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerStatusCache</name>
    <message>
        <source>Up less than a second</source>
        <translation>Actif depuis moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>Exited (%1) just now</source>
        <translation>Arrêté (%1) à l&apos;instant</translation>
    </message>
    <message>
        <source>Exited just now</source>
        <translation>Arrêté à l&apos;instant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>aucun point d&apos;accès Docker nommé « %1 »</translation>
    </message>
    <message>
        <source>no container named &quot;%1&quot; on %2</source>
        <translation>aucun conteneur nommé « %1 » sur %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>no status from Docker for more than %1 s</source>
        <translation>aucun état reçu de Docker depuis plus de %1 s</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerUpdater</name>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>« %1 » n’est pas un tag d’image valide</translation>
    </message>
    <message>
        <source>the Docker endpoint went away</source>
        <translation>le point de terminaison Docker a disparu</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no container or image id</source>
        <translation>la description Docker de %1 ne contient aucun id de conteneur ou d’image</translation>
    </message>
    <message>
        <source>%1 was created from an image id, not a name; there is nothing to pull</source>
        <translation>%1 a été créé à partir d’un id d’image, pas d’un nom ; il n’y a rien à télécharger</translation>
    </message>
    <message>
        <source>%1 is pinned to the digest %2; give a tag to update it</source>
        <translation>%1 est épinglé au digest %2 ; indiquez un tag pour le mettre à jour</translation>
    </message>
    <message>
        <source>pull failed: not finished within %1 s</source>
        <translation>échec du pull : non terminé en %1 s</translation>
    </message>
    <message>
        <source>pull of %1 failed: %2</source>
        <translation>échec du pull de %1 : %2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no id</source>
        <translation>la description Docker de %1 ne contient aucun id</translation>
    </message>
    <message>
        <source>%1 is already up to date (image %2)</source>
        <translation>%1 est déjà à jour (image %2)</translation>
    </message>
    <message>
        <source>create failed: Docker&apos;s answer has no container id</source>
        <translation>échec de la création : la réponse de Docker ne contient aucun id de conteneur</translation>
    </message>
    <message>
        <source>the new container did not become ready within %1 s</source>
        <translation>le nouveau conteneur n’a pas été prêt en %1 s</translation>
    </message>
    <message>
        <source>the new container stopped (exit code %1)</source>
        <translation>le nouveau conteneur s’est arrêté (code de sortie %1)</translation>
    </message>
    <message>
        <source>the new container&apos;s health check failed</source>
        <translation>le contrôle de santé du nouveau conteneur a échoué</translation>
    </message>
    <message>
        <source>%1 updated: image %2 → %3</source>
        <translation>%1 mis à jour : image %2 → %3</translation>
    </message>
    <message>
        <source>the old container is kept as %1: %2</source>
        <translation>l’ancien conteneur est conservé sous le nom %1 : %2</translation>
    </message>
    <message>
        <source>update of %1 failed: %2</source>
        <translation>échec de la mise à jour de %1 : %2</translation>
    </message>
    <message>
        <source>the old container runs again</source>
        <translation>l’ancien conteneur tourne de nouveau</translation>
    </message>
    <message>
        <source>the old container is back</source>
        <translation>l’ancien conteneur est revenu</translation>
    </message>
    <message>
        <source>rolling back failed too: %1</source>
        <translation>le retour en arrière a également échoué : %1</translation>
    </message>
    <message>
        <source>the old container is kept as %1</source>
        <translation>l&apos;ancien conteneur est conservé sous le nom %1</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerClient</name>
    <message>
        <source>no such container</source>
        <translation>conteneur introuvable</translation>
    </message>
    <message>
        <source>Docker answered %1</source>
        <translation>Docker a répondu %1</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket&apos;s owner</source>
        <translation>Docker est injoignable à %1 (permission refusée) : ajouter l&apos;utilisateur au groupe docker ou lancer en tant que propriétaire du socket</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (%2)</source>
        <translation>Docker est injoignable à %1 (%2)</translation>
    </message>
    <message>
        <source>malformed answer from Docker: %1</source>
        <translation>réponse mal formée de Docker : %1</translation>
    </message>
    <message>
        <source>malformed container list from Docker</source>
        <translation>liste de conteneurs mal formée reçue de Docker</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name</source>
        <translation>« %1 » n&apos;est pas un nom de conteneur valide</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>redémarré</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>déjà en marche</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>déjà arrêté</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>flux de journaux mal formé reçu de Docker</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</source>
        <translation>Docker est injoignable à %1 (fichier introuvable) : le démon Docker est-il installé et lancé ?</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no answer within %2 s)</source>
        <translation>Docker est injoignable à %1 (pas de réponse en %2 s)</translation>
    </message>
    <message>
        <source>TLS for %1: this build has no TLS support (OpenSSL missing)</source>
        <translation>TLS pour %1 : cette version ne prend pas en charge TLS (OpenSSL absent)</translation>
    </message>
    <message>
        <source>Docker closed the connection without answering</source>
        <translation>Docker a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>échec de TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>Docker closed the stream</source>
        <translation>Docker a fermé le flux</translation>
    </message>
    <message>
        <source>Docker closed the connection in the middle of the answer (%1); was the daemon restarted?</source>
        <translation>Docker a fermé la connexion au milieu de la réponse (%1) ; le démon a-t-il redémarré ?</translation>
    </message>
    <message>
        <source>Docker at %1 refused Mechdock&apos;s client certificate: cert.pem and key.pem (DOCKER_CERT_PATH or the endpoint&apos;s certPath) must be signed by the CA the daemon trusts (%2)</source>
        <translation>Docker sur %1 a refusé le certificat client de Mechdock : cert.pem et key.pem (DOCKER_CERT_PATH ou le certPath du point d&apos;accès) doivent être signés par l&apos;autorité de certification à laquelle le démon fait confiance (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEndpoint</name>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation>%1 : seules les adresses unix://, npipe:// et tcp:// sont prises en charge</translation>
    </message>
    <message>
        <source>%1: the address names no host</source>
        <translation>%1 : l&apos;adresse ne désigne aucun hôte</translation>
    </message>
    <message>
        <source>%1: the address names no socket</source>
        <translation>%1 : l&apos;adresse ne désigne aucun socket</translation>
    </message>
    <message>
        <source>TLS for %1: no CA certificate in %2</source>
        <translation>TLS pour %1 : aucun certificat d&apos;autorité dans %2</translation>
    </message>
    <message>
        <source>TLS for %1: no client certificate in %2</source>
        <translation>TLS pour %1 : aucun certificat client dans %2</translation>
    </message>
    <message>
        <source>TLS for %1: cannot read the client key %2 (%3)</source>
        <translation>TLS pour %1 : impossible de lire la clé client %2 (%3)</translation>
    </message>
    <message>
        <source>TLS for %1: %2 is not an RSA or EC private key in PEM</source>
        <translation>TLS pour %1 : %2 n&apos;est pas une clé privée RSA ou EC au format PEM</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEventStream</name>
    <message>
        <source>the event stream ended</source>
        <translation>le flux d&apos;événements s&apos;est terminé</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::SwarmServiceClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid service name</source>
        <translation>« %1 » n&apos;est pas un nom de service valide</translation>
    </message>
    <message>
        <source>the Docker endpoint is gone</source>
        <translation>le point de terminaison Docker a disparu</translation>
    </message>
    <message>
        <source>the endpoint is not part of a swarm (%1)</source>
        <translation>le point de terminaison ne fait pas partie d&apos;un Swarm (%1)</translation>
    </message>
    <message>
        <source>no swarm information</source>
        <translation>aucune information Swarm</translation>
    </message>
    <message>
        <source>the endpoint is a swarm worker; services are managed on a manager</source>
        <translation>le point de terminaison est un worker Swarm ; les services se gèrent sur un manager</translation>
    </message>
    <message>
        <source>malformed service list from Docker</source>
        <translation>liste de services mal formée reçue de Docker</translation>
    </message>
    <message>
        <source>no such service: %1</source>
        <translation>service introuvable : %1</translation>
    </message>
    <message>
        <source>malformed task list from Docker</source>
        <translation>liste de tâches mal formée reçue de Docker</translation>
    </message>
    <message>
        <source>%1 is a global service (one task on every node); it cannot be started or stopped, only restarted</source>
        <translation>%1 est un service global (une tâche sur chaque nœud) ; il ne peut être ni démarré ni arrêté, seulement redémarré</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>déjà arrêté</translation>
    </message>
    <message>
        <source>stopped (scaled from %1 to 0)</source>
        <translation>arrêté (mis à l&apos;échelle de %1 à 0)</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>started (scaled to %1)</source>
        <translation>démarré (mis à l&apos;échelle à %1)</translation>
    </message>
    <message>
        <source>%1 is stopped (0 replicas); start it instead</source>
        <translation>%1 est arrêté (0 réplique) ; démarrez-le plutôt</translation>
    </message>
    <message>
        <source>restarting (rolling update)</source>
        <translation>redémarrage (mise à jour progressive)</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>flux de journaux mal formé reçu de Docker</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>impossible d&apos;ouvrir un socket UDP : %1</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>impossible d&apos;envoyer à %1:%2 : %3</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 bytes</source>
        <translation>la réponse du serveur dépasse %1 octets</translation>
    </message>
    <message>
        <source>not a Source server query answer: %1</source>
        <translation>pas une réponse de requête de serveur Source : %1</translation>
    </message>
    <message>
        <source>not a Source server query answer: a split answer inside a split answer</source>
        <translation>pas une réponse de requête de serveur Source : réponse fractionnée dans une réponse fractionnée</translation>
    </message>
    <message>
        <source>the server keeps asking for a challenge and never answers</source>
        <translation>le serveur redemande sans cesse un challenge et ne répond jamais</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sCodec</name>
    <message>
        <source>the answer is %1 bytes, more than a server query answer can be</source>
        <translation>la réponse fait %1 octets, plus qu&apos;une réponse de requête serveur ne peut en faire</translation>
    </message>
    <message>
        <source>the answer is too short (%1 bytes)</source>
        <translation>la réponse est trop courte (%1 octets)</translation>
    </message>
    <message>
        <source>the answer does not start like a Source server query answer</source>
        <translation>la réponse ne commence pas comme une réponse de requête de serveur Source</translation>
    </message>
    <message>
        <source>the challenge answer is too short</source>
        <translation>la réponse au challenge est trop courte</translation>
    </message>
    <message>
        <source>unknown answer type 0x%1</source>
        <translation>type de réponse inconnu 0x%1</translation>
    </message>
    <message>
        <source>the server information answer is cut short</source>
        <translation>la réponse d&apos;informations du serveur est tronquée</translation>
    </message>
    <message>
        <source>the player list answer is cut short</source>
        <translation>la réponse de liste des joueurs est tronquée</translation>
    </message>
    <message>
        <source>the player list answer is cut short after %1 players</source>
        <translation>la réponse de liste des joueurs est tronquée après %1 joueurs</translation>
    </message>
    <message>
        <source>the player list announces %1 players but holds %2</source>
        <translation>la liste des joueurs annonce %1 joueurs mais en contient %2</translation>
    </message>
    <message>
        <source>a part of a split answer is cut short</source>
        <translation>une partie d&apos;une réponse fractionnée est tronquée</translation>
    </message>
    <message>
        <source>the server sent a compressed split answer, which is not supported</source>
        <translation>le serveur a envoyé une réponse fractionnée compressée, ce qui n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>a split answer claims part %1 of %2 (at most %3 parts are accepted)</source>
        <translation>une réponse fractionnée annonce la partie %1 sur %2 (%3 parties au maximum sont acceptées)</translation>
    </message>
    <message>
        <source>a part of a split answer is larger than %1 bytes</source>
        <translation>une partie d&apos;une réponse fractionnée dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::GameQueryClient</name>
    <message>
        <source>no answer within %1 ms (is the query port right and open?)</source>
        <translation>aucune réponse en %1 ms (le port de requête est-il correct et ouvert ?)</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::PlayerQuerier</name>
    <message>
        <source>Player counts: only the first %1 game servers are asked</source>
        <translation>Nombre de joueurs : seuls les %1 premiers serveurs de jeu sont interrogés</translation>
    </message>
    <message>
        <source>Player count of %1 unavailable: %2</source>
        <translation>Nombre de joueurs de %1 indisponible : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpClient</name>
    <message>
        <source>the server closed the connection without a status answer</source>
        <translation>le serveur a fermé la connexion sans réponse de statut</translation>
    </message>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>impossible de joindre %1:%2 : %3</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: it is too long</source>
        <translation>pas une réponse de statut Minecraft : elle est trop longue</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: %1</source>
        <translation>pas une réponse de statut Minecraft : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpCodec</name>
    <message>
        <source>the answer is not a Minecraft packet</source>
        <translation>la réponse n&apos;est pas un paquet Minecraft</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the %2 accepted</source>
        <translation>la réponse annonce %1 octets, plus que les %2 acceptés</translation>
    </message>
    <message>
        <source>the answer is not a status response</source>
        <translation>la réponse n&apos;est pas une réponse de statut</translation>
    </message>
    <message>
        <source>the status response&apos;s text does not match its length</source>
        <translation>le texte de la réponse de statut ne correspond pas à sa longueur</translation>
    </message>
    <message>
        <source>the status response is not a JSON object</source>
        <translation>la réponse de statut n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the status response has no player counts (players.online and players.max)</source>
        <translation>la réponse de statut ne contient pas de nombre de joueurs (players.online et players.max)</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpClientConnection</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>réponse mal formée : %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpResponseParser</name>
    <message>
        <source>not an HTTP response</source>
        <translation>pas une réponse HTTP</translation>
    </message>
    <message>
        <source>malformed status line</source>
        <translation>ligne d&apos;état mal formée</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length mal formé</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>le corps de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>les en-têtes de la réponse dépassent %1 octets</translation>
    </message>
    <message>
        <source>malformed chunk header</source>
        <translation>en-tête de bloc mal formé</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>taille de bloc mal formée</translation>
    </message>
    <message>
        <source>missing line break after a chunk</source>
        <translation>saut de ligne manquant après un bloc</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>la connexion s&apos;est fermée au milieu de la réponse</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpServer</name>
    <message>
        <source>HTTP endpoint on port %1: %2 connections are open, the most allowed; closing new ones until some end</source>
        <translation>Point d&apos;accès HTTP sur le port %1 : %2 connexions sont ouvertes, le maximum autorisé ; les nouvelles sont fermées jusqu&apos;à ce que certaines se terminent</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationCache</name>
    <message>
        <source>no animation library is configured</source>
        <translation>aucune bibliothèque d&apos;animations n&apos;est configurée</translation>
    </message>
    <message>
        <source>the animation speed must be above zero</source>
        <translation>la vitesse d&apos;animation doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>animations cannot be re-timed: no renderer is configured</source>
        <translation>impossible de recadencer les animations : aucun moteur de rendu n&apos;est configuré</translation>
    </message>
    <message>
        <source>the animation %1 could not be rendered</source>
        <translation>impossible de rendre l&apos;animation %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationDiskCache</name>
    <message>
        <source>cannot create the animation cache folder %1</source>
        <translation>impossible de créer le dossier du cache d&apos;animations %1</translation>
    </message>
    <message>
        <source>the animation (%1 bytes) is larger than the disk cache limit</source>
        <translation>l&apos;animation (%1 octets) dépasse la limite du cache disque</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the animation cache index in %1</source>
        <translation>impossible d&apos;écrire l&apos;index du cache d&apos;animations dans %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationLibrary</name>
    <message>
        <source>the built-in animation %1 is missing</source>
        <translation>l&apos;animation intégrée %1 est introuvable</translation>
    </message>
    <message>
        <source>the built-in animation %1 is empty</source>
        <translation>l&apos;animation intégrée %1 est vide</translation>
    </message>
    <message>
        <source>cannot read the animation %1: %2</source>
        <translation>impossible de lire l&apos;animation %1 : %2</translation>
    </message>
    <message>
        <source>the animation %1 is empty</source>
        <translation>l&apos;animation %1 est vide</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationRetimer</name>
    <message>
        <source>the speed %1 is out of range: it must be above 0 and at most %2</source>
        <translation>la vitesse %1 est hors limites : elle doit être supérieure à 0 et au plus %2</translation>
    </message>
    <message>
        <source>the minimum frame duration %1 ms is out of range (0 to %2)</source>
        <translation>la durée minimale d&apos;image %1 ms est hors limites (0 à %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationTranscoder</name>
    <message>
        <source>the width %1 is out of range (1 to %2)</source>
        <translation>la largeur %1 est hors limites (1 à %2)</translation>
    </message>
    <message>
        <source>the quality %1 is out of range (0 to 100, or -1 for automatic)</source>
        <translation>la qualité %1 est hors limites (0 à 100, ou -1 pour automatique)</translation>
    </message>
    <message>
        <source>the resized height %1 would be larger than the limit of %2</source>
        <translation>la hauteur redimensionnée %1 dépasserait la limite de %2</translation>
    </message>
    <message>
        <source>the WebP library does not match the version Mechdock was built with</source>
        <translation>la bibliothèque WebP ne correspond pas à la version avec laquelle Mechdock a été compilé</translation>
    </message>
    <message>
        <source>the animation cannot be decoded</source>
        <translation>impossible de décoder l&apos;animation</translation>
    </message>
    <message>
        <source>invalid encoder settings</source>
        <translation>paramètres d&apos;encodeur non valides</translation>
    </message>
    <message>
        <source>not enough memory to resize the animation</source>
        <translation>mémoire insuffisante pour redimensionner l&apos;animation</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded</source>
        <translation>impossible de décoder l&apos;image %1</translation>
    </message>
    <message>
        <source>frame %1 cannot be encoded: %2</source>
        <translation>impossible d&apos;encoder l&apos;image %1 : %2</translation>
    </message>
    <message>
        <source>the resized animation cannot be assembled: %1</source>
        <translation>impossible d&apos;assembler l&apos;animation redimensionnée : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::DonationLedger</name>
    <message>
        <source>a donation must be at least one cent</source>
        <translation>un don doit être d&apos;au moins un centime</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>un ajustement de zéro ne change rien</translation>
    </message>
    <message>
        <source>the amount is larger than a ledger entry accepts</source>
        <translation>le montant dépasse ce qu&apos;une entrée du registre accepte</translation>
    </message>
    <message>
        <source>the idempotency key is longer than 200 characters</source>
        <translation>la clé d&apos;idempotence dépasse 200 caractères</translation>
    </message>
    <message>
        <source>cannot start a ledger transaction: %1</source>
        <translation>impossible de démarrer une transaction du registre : %1</translation>
    </message>
    <message>
        <source>cannot record the donation: %1</source>
        <translation>impossible d&apos;enregistrer le don : %1</translation>
    </message>
    <message>
        <source>cannot write a ledger snapshot: %1</source>
        <translation>impossible d&apos;écrire un instantané du registre : %1</translation>
    </message>
    <message>
        <source>cannot commit the donation: %1</source>
        <translation>impossible de valider le don : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::EvolutionLevels</name>
    <message>
        <source>The Rustborn Husk</source>
        <translation>La Carcasse née de la rouille</translation>
    </message>
    <message>
        <source>Scrapyard Walker</source>
        <translation>Marcheur de la casse</translation>
    </message>
    <message>
        <source>Ironclad Strider</source>
        <translation>Arpenteur cuirassé</translation>
    </message>
    <message>
        <source>Steel Sentinel</source>
        <translation>Sentinelle d&apos;acier</translation>
    </message>
    <message>
        <source>Cobalt Vanguard</source>
        <translation>Avant-garde de cobalt</translation>
    </message>
    <message>
        <source>Thunder Warden</source>
        <translation>Gardien du tonnerre</translation>
    </message>
    <message>
        <source>Titan Breaker</source>
        <translation>Briseur de titans</translation>
    </message>
    <message>
        <source>Plasma Colossus</source>
        <translation>Colosse à plasma</translation>
    </message>
    <message>
        <source>Storm Dreadnought</source>
        <translation>Cuirassé de la tempête</translation>
    </message>
    <message>
        <source>Celestial Juggernaut</source>
        <translation>Mastodonte céleste</translation>
    </message>
    <message>
        <source>OMEGA MECH</source>
        <translation>MECH OMÉGA</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::MechService</name>
    <message>
        <source>the donation ledger is not available</source>
        <translation>le registre des dons n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>cannot read the donation ledger: %1</source>
        <translation>impossible de lire le registre des dons : %1</translation>
    </message>
    <message>
        <source>the animation cache is not available</source>
        <translation>le cache d&apos;animations n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::WebpContainer</name>
    <message>
        <source>not a WebP file (no RIFF/WEBP header)</source>
        <translation>pas un fichier WebP (pas d&apos;en-tête RIFF/WEBP)</translation>
    </message>
    <message>
        <source>damaged WebP file: the RIFF size is too small</source>
        <translation>fichier WebP endommagé : la taille RIFF est trop petite</translation>
    </message>
    <message>
        <source>truncated WebP file: the header announces %1 bytes but there are %2</source>
        <translation>fichier WebP tronqué : l&apos;en-tête annonce %1 octets mais il y en a %2</translation>
    </message>
    <message>
        <source>truncated WebP file: incomplete chunk header at offset %1</source>
        <translation>fichier WebP tronqué : en-tête de bloc incomplet à la position %1</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; at offset %2 runs past the end of the file</source>
        <translation>fichier WebP endommagé : le bloc « %1 » à la position %2 dépasse la fin du fichier</translation>
    </message>
    <message>
        <source>not an animated WebP (a still image)</source>
        <translation>pas un WebP animé (image fixe)</translation>
    </message>
    <message>
        <source>damaged WebP file: the first chunk must be VP8X, found &quot;%1&quot;</source>
        <translation>fichier WebP endommagé : le premier bloc doit être VP8X, trouvé « %1 »</translation>
    </message>
    <message>
        <source>damaged WebP file: unknown feature flags in the VP8X chunk</source>
        <translation>fichier WebP endommagé : indicateurs de fonctionnalités inconnus dans le bloc VP8X</translation>
    </message>
    <message>
        <source>the canvas %1x%2 is larger than the limit of %3x%3</source>
        <translation>le canevas %1x%2 dépasse la limite de %3x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: a second or short ANIM chunk</source>
        <translation>fichier WebP endommagé : un second bloc ANIM ou un bloc ANIM trop court</translation>
    </message>
    <message>
        <source>damaged WebP file: a frame comes before the ANIM chunk</source>
        <translation>fichier WebP endommagé : une image précède le bloc ANIM</translation>
    </message>
    <message>
        <source>the animation has more than %1 frames</source>
        <translation>l&apos;animation a plus de %1 images</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; outside an animation frame</source>
        <translation>fichier WebP endommagé : bloc « %1 » en dehors d&apos;une image d&apos;animation</translation>
    </message>
    <message>
        <source>damaged WebP file: the animation has no ANIM chunk</source>
        <translation>fichier WebP endommagé : l&apos;animation n&apos;a pas de bloc ANIM</translation>
    </message>
    <message>
        <source>the animation has no frames</source>
        <translation>l&apos;animation n&apos;a aucune image</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 is too short</source>
        <translation>fichier WebP endommagé : l&apos;image %1 est trop courte</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 lies outside the canvas</source>
        <translation>fichier WebP endommagé : l&apos;image %1 sort du canevas</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 ends in an incomplete chunk</source>
        <translation>fichier WebP endommagé : l&apos;image %1 se termine par un bloc incomplet</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; in frame %2 runs past the frame&apos;s end</source>
        <translation>fichier WebP endommagé : le bloc « %1 » de l&apos;image %2 dépasse la fin de l&apos;image</translation>
    </message>
    <message>
        <source>damaged WebP file: misplaced alpha data in frame %1</source>
        <translation>fichier WebP endommagé : données alpha mal placées dans l&apos;image %1</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 holds two images</source>
        <translation>fichier WebP endommagé : l&apos;image %1 contient deux bitmaps</translation>
    </message>
    <message>
        <source>damaged WebP file: the image of frame %1 is unreadable or does not match the frame size %2x%3</source>
        <translation>fichier WebP endommagé : le bitmap de l&apos;image %1 est illisible ou ne correspond pas à la taille %2x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: unexpected chunk &quot;%1&quot; before the image of frame %2</source>
        <translation>fichier WebP endommagé : bloc « %1 » inattendu avant le bitmap de l&apos;image %2</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 has no image data</source>
        <translation>fichier WebP endommagé : l&apos;image %1 n&apos;a pas de données bitmap</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::MemoryMonitor</name>
    <message>
        <source>Memory pressure high: halved the caches (%1 entries freed)</source>
        <translation>Pression mémoire élevée : caches réduits de moitié (%1 entrées libérées)</translation>
    </message>
    <message>
        <source>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</source>
        <translation>Pression mémoire critique : %1 % de la limite utilisés ; caches vidés et travail optionnel suspendu</translation>
    </message>
    <message>
        <source>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</source>
        <translation>Le nettoyage forcé a libéré %1 entrées (%2 octets) ; RSS %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Memory grew %1 % between checkpoints %2 and %3</source>
        <translation>La mémoire a augmenté de %1 % entre les points de contrôle %2 et %3</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::ResourceMonitor</name>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1 à %2 %</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>CPU du système</translation>
    </message>
    <message>
        <source>Disk of the data folder</source>
        <translation>Disque du dossier de données</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler</name>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::CronExpression</name>
    <message>
        <source>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</source>
        <translation>une expression cron a 5 champs (minute heure jour-du-mois mois jour-de-la-semaine), trouvé %1</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>champ en trop</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::DdcImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>tasks.json is not valid JSON (at byte %1: %2)</source>
        <translation>tasks.json n&apos;est pas du JSON valide (à l&apos;octet %1 : %2)</translation>
    </message>
    <message>
        <source>tasks.json does not hold a list of tasks</source>
        <translation>tasks.json ne contient pas de liste de tâches</translation>
    </message>
    <message>
        <source>entry is not a task object</source>
        <translation>l&apos;entrée n&apos;est pas un objet tâche</translation>
    </message>
    <message>
        <source>container_name is missing</source>
        <translation>container_name manquant</translation>
    </message>
    <message>
        <source>action &quot;%1&quot; is not start, stop or restart</source>
        <translation>l&apos;action « %1 » n&apos;est ni start, ni stop, ni restart</translation>
    </message>
    <message>
        <source>is_active is not true/false; imported as active</source>
        <translation>is_active ne vaut pas true/false ; importée comme active</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; used %2</source>
        <translation>fuseau horaire inconnu « %1 » ; %2 utilisé</translation>
    </message>
    <message>
        <source>schedule_details is missing</source>
        <translation>schedule_details manquant</translation>
    </message>
    <message>
        <source>schedule_details.time &quot;%1&quot; is not HH:MM</source>
        <translation>schedule_details.time « %1 » n&apos;est pas au format HH:MM</translation>
    </message>
    <message>
        <source>seconds in schedule_details.time were dropped</source>
        <translation>les secondes de schedule_details.time ont été ignorées</translation>
    </message>
    <message>
        <source>date taken from next_run_ts</source>
        <translation>date reprise de next_run_ts</translation>
    </message>
    <message>
        <source>one-time task without a valid year, month and day</source>
        <translation>tâche unique sans année, mois et jour valides</translation>
    </message>
    <message>
        <source>weekly task with an unknown weekday &quot;%1&quot;</source>
        <translation>tâche hebdomadaire avec un jour de la semaine inconnu « %1 »</translation>
    </message>
    <message>
        <source>monthly task with an invalid day &quot;%1&quot;</source>
        <translation>tâche mensuelle avec un jour non valide « %1 »</translation>
    </message>
    <message>
        <source>yearly task with an invalid month or day</source>
        <translation>tâche annuelle avec un mois ou un jour non valide</translation>
    </message>
    <message>
        <source>cron task without cron_string</source>
        <translation>tâche cron sans cron_string</translation>
    </message>
    <message>
        <source>unknown cycle &quot;%1&quot;</source>
        <translation>cycle inconnu « %1 »</translation>
    </message>
    <message>
        <source>schedule cannot be used: %1</source>
        <translation>planification inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::FieldParser</name>
    <message>
        <source>value out of range %1-%2</source>
        <translation>valeur hors limites %1-%2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>unknown month name (use JAN-DEC)</source>
        <translation>nom de mois inconnu (utiliser JAN-DEC)</translation>
    </message>
    <message>
        <source>unknown weekday name (use SUN-SAT)</source>
        <translation>nom de jour inconnu (utiliser SUN-SAT)</translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation>les noms ne sont autorisés que dans les champs mois et jour de la semaine</translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation>élément de liste vide</translation>
    </message>
    <message>
        <source>range start is after its end (wrap-around ranges are not supported; write two ranges)</source>
        <translation>le début de la plage est après sa fin (les plages circulaires ne sont pas prises en charge ; écrire deux plages)</translation>
    </message>
    <message>
        <source>missing step after &apos;/&apos;</source>
        <translation>pas manquant après &apos;/&apos;</translation>
    </message>
    <message>
        <source>step must be between 1 and %1</source>
        <translation>le pas doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>texte inattendu</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleCli</name>
    <message>
        <source>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression (&quot;30 2 * * 1-5&quot;) or &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</source>
        <translation>Usage : mechdock schedule preview EXPRESSION [--tz FUSEAU] [--from HEURE-ISO] [--count N]
EXPRESSION : une expression cron (&quot;30 2 * * 1-5&quot;) ou &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</translation>
    </message>
    <message>
        <source>error: unknown schedule command &quot;%1&quot;</source>
        <translation>erreur : commande de planification inconnue « %1 »</translation>
    </message>
    <message>
        <source>error: --count needs a number from 1 to 1000, got &quot;%1&quot;</source>
        <translation>erreur : --count attend un nombre de 1 à 1000, reçu « %1 »</translation>
    </message>
    <message>
        <source>error: unknown or incomplete option &quot;%1&quot;</source>
        <translation>erreur : option inconnue ou incomplète « %1 »</translation>
    </message>
    <message>
        <source>error: missing EXPRESSION</source>
        <translation>erreur : EXPRESSION manquante</translation>
    </message>
    <message>
        <source>error: unknown time zone &quot;%1&quot;</source>
        <translation>erreur : fuseau horaire inconnu « %1 »</translation>
    </message>
    <message>
        <source>error: --from &quot;%1&quot; is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</source>
        <translation>erreur : --from « %1 » n&apos;est pas une heure ISO 8601 comme 2026-03-29T01:30:00+01:00</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; never runs after %2</source>
        <translation>« %1 » ne s&apos;exécute jamais après %2</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleError</name>
    <message>
        <source>%1 (field %2 at position %3: &quot;%4&quot;)</source>
        <translation>%1 (champ %2 à la position %3 : « %4 »)</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleSpec</name>
    <message>
        <source>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</source>
        <translation>planification vide ; attendu : once, daily, weekly, monthly, yearly ou une expression cron</translation>
    </message>
    <message>
        <source>incomplete schedule; expected &quot;%1&quot;</source>
        <translation>planification incomplète ; attendu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>champ en trop</translation>
    </message>
    <message>
        <source>unexpected text; expected &quot;%1&quot;</source>
        <translation>texte inattendu ; attendu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a 24-hour time HH:MM</source>
        <translation>heure sur 24 heures HH:MM attendue</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>date YYYY-MM-DD attendue</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun) or a range like mon-fri</source>
        <translation>nom de jour attendu (mon-sun) ou une plage comme mon-fri</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun)</source>
        <translation>nom de jour attendu (mon-sun)</translation>
    </message>
    <message>
        <source>range start is after its end</source>
        <translation>le début de la plage est après sa fin</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31</source>
        <translation>jour du mois 1-31 attendu</translation>
    </message>
    <message>
        <source>expected MM-DD with a month 01-12</source>
        <translation>MM-DD attendu avec un mois 01-12</translation>
    </message>
    <message>
        <source>this month has no such day</source>
        <translation>ce mois n&apos;a pas ce jour</translation>
    </message>
    <message>
        <source>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</source>
        <translation>type de planification inconnu ; attendu : once, daily, weekly, monthly, yearly, cron ou une expression cron</translation>
    </message>
    <message>
        <source>no weekday selected</source>
        <translation>aucun jour de la semaine sélectionné</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SchedulerApi</name>
    <message>
        <source>The stored schedule &quot;%1&quot; is not valid.</source>
        <translation>La planification enregistrée « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu « %1 » ; utiliser un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>%1: imported disabled (%2)</source>
        <translation>%1 : importée désactivée (%2)</translation>
    </message>
    <message>
        <source>%1: not imported (%2)</source>
        <translation>%1 : non importée (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SpacingRule</name>
    <message>
        <source>This task would run at %1, less than 10 minutes from task %2 (%3 %4, &quot;%5&quot;) at %6. Tasks on one container must be at least 10 minutes apart.</source>
        <translation>Cette tâche s&apos;exécuterait à %1, à moins de 10 minutes de la tâche %2 (%3 %4, « %5 ») à %6. Les tâches d&apos;un même conteneur doivent être espacées d&apos;au moins 10 minutes.</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::TaskRunner</name>
    <message>
        <source>Choose a container for the task.</source>
        <translation>Choisir un conteneur pour la tâche.</translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation>Planification non valide : %1</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu « %1 » ; utiliser un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>The time %1 is in the past.</source>
        <translation>L&apos;heure %1 est dans le passé.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never matches a date.</source>
        <translation>La planification « %1 » ne correspond à aucune date.</translation>
    </message>
    <message>
        <source>A task with id %1 already exists.</source>
        <translation>Une tâche avec l&apos;ID %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Il n&apos;y a aucune tâche avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>No result within %1 s; the run was abandoned.</source>
        <translation>Aucun résultat en %1 s ; l&apos;exécution a été abandonnée.</translation>
    </message>
    <message>
        <source>Skipped: the previous run of this task is still in progress.</source>
        <translation>Ignorée : l&apos;exécution précédente de cette tâche est toujours en cours.</translation>
    </message>
    <message>
        <source>Missed: due at %1, more than %2 min before the scheduler could run it.</source>
        <translation>Manquée : prévue à %1, plus de %2 min avant que le planificateur puisse l&apos;exécuter.</translation>
    </message>
    <message>
        <source>No action executor is connected.</source>
        <translation>Aucun exécuteur d&apos;actions n&apos;est connecté.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::CooldownTracker</name>
    <message>
        <source>Please wait %1 s before using this again.</source>
        <translation>Merci d&apos;attendre %1 s avant de réutiliser ceci.</translation>
    </message>
    <message>
        <source>You have used %1 commands in the last minute; please wait %2 s.</source>
        <translation>Vous avez utilisé %1 commandes au cours de la dernière minute ; merci d&apos;attendre %2 s.</translation>
    </message>
    <message>
        <source>You have pressed %1 buttons in the last minute; please wait %2 s.</source>
        <translation>Vous avez appuyé sur %1 boutons au cours de la dernière minute ; merci d&apos;attendre %2 s.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::PermissionPolicy</name>
    <message>
        <source>Mechdock is not set up for this server.</source>
        <translation>Mechdock n&apos;est pas configuré pour ce serveur.</translation>
    </message>
    <message>
        <source>This channel is not configured for Mechdock.</source>
        <translation>Ce salon n&apos;est pas configuré pour Mechdock.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may use /%1.</source>
        <translation>Seuls les administrateurs Mechdock peuvent utiliser /%1.</translation>
    </message>
    <message>
        <source>/%1 works only in control channels.</source>
        <translation>/%1 ne fonctionne que dans les salons de contrôle.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Conteneur inconnu.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Commande inconnue.</translation>
    </message>
    <message>
        <source>Details of this container are not shared.</source>
        <translation>Les détails de ce conteneur ne sont pas partagés.</translation>
    </message>
    <message>
        <source>Logs can be read only in control channels.</source>
        <translation>Les journaux ne peuvent être lus que dans les salons de contrôle.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may read logs.</source>
        <translation>Seuls les administrateurs Mechdock peuvent lire les journaux.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
    <message>
        <source>Actions work only in control channels.</source>
        <translation>Les actions ne fonctionnent que dans les salons de contrôle.</translation>
    </message>
    <message>
        <source>%1 does not allow &quot;%2&quot;.</source>
        <translation>%1 n&apos;autorise pas « %2 ».</translation>
    </message>
    <message>
        <source>Only Mechdock admins may update containers.</source>
        <translation>Seuls les admins Mechdock peuvent mettre à jour les conteneurs.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::AutoActionService</name>
    <message>
        <source>Auto-action notification not posted: the bot is not running</source>
        <translation>Notification d&apos;action automatique non publiée : le bot ne tourne pas</translation>
    </message>
    <message>
        <source>Could not post the auto-action notification in channel %1: %2</source>
        <translation>Impossible de publier la notification d&apos;action automatique dans le salon %1 : %2</translation>
    </message>
    <message>
        <source>No auto-action rules are configured.</source>
        <translation>Aucune règle d&apos;action automatique n&apos;est configurée.</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire (nothing was done):</source>
        <translation>%1 règle(s) sur %2 se déclencheraient (rien n&apos;a été fait) :</translation>
    </message>
</context>
<context>
    <name>mechdock::service::BotService</name>
    <message>
        <source>Database unavailable: %1</source>
        <translation>Base de données indisponible : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</source>
        <translation>Aucun jeton de bot Discord n&apos;est configuré. L&apos;ajouter dans la page Paramètres du panneau, ou définir DISCORD_BOT_TOKEN dans l&apos;environnement, puis redémarrer ou recharger (SIGHUP) Mechdock.</translation>
    </message>
    <message>
        <source>Health endpoint off: %1</source>
        <translation>Point d&apos;accès de santé désactivé : %1</translation>
    </message>
    <message>
        <source>Health and metrics on http://%1 (/health, /health/memory, /metrics)</source>
        <translation>Santé et métriques sur http://%1 (/health, /health/memory, /metrics)</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Service démarré</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>Service arrêté</translation>
    </message>
    <message>
        <source>Reloading the configuration</source>
        <translation>Rechargement de la configuration</translation>
    </message>
    <message>
        <source>Docker endpoint %1 (%2): reachable</source>
        <translation>Point d&apos;accès Docker %1 (%2) : joignable</translation>
    </message>
    <message>
        <source>Scheduled tasks not loaded: %1</source>
        <translation>Tâches planifiées non chargées : %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Mech animations not prepared: %1</source>
        <translation>Animations du mech non préparées : %1</translation>
    </message>
    <message>
        <source>The mech is not running (the database is unavailable).</source>
        <translation>Le mech n&apos;est pas en marche (la base de données est indisponible).</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>enregistré par %1</translation>
    </message>
    <message>
        <source>Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of power.</source>
        <translation>Merci ! $%1 enregistrés. Le mech est au niveau %2 (%3) avec $%4 d&apos;énergie.</translation>
    </message>
    <message>
        <source>The mech is at level %1 (%2), power $%3, speed %4 %.</source>
        <translation>Le mech est au niveau %1 (%2), énergie $%3, vitesse %4 %.</translation>
    </message>
    <message>
        <source>$%1 of $%2 to the next level.</source>
        <translation>$%1 sur $%2 avant le niveau suivant.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service ne tourne pas.</translation>
    </message>
    <message>
        <source>The database is available again</source>
        <translation>La base de données est de nouveau disponible</translation>
    </message>
    <message>
        <source>Docker endpoint %1 unreachable: %2</source>
        <translation>Point d&apos;accès Docker %1 injoignable : %2</translation>
    </message>
    <message>
        <source>Heartbeat off: alerts.heartbeatUrl is not an http or https URL</source>
        <translation>Battement désactivé : alerts.heartbeatUrl n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>The keychain was asked too: %1.</source>
        <translation>Le trousseau a aussi été consulté : %1.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>Unknown container.</source>
        <translation>Conteneur inconnu.</translation>
    </message>
    <message>
        <source>Docker went away.</source>
        <translation>Docker n&apos;est plus joignable.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::CrashAlertReporter</name>
    <message>
        <source>Docker endpoint %1 does not answer: %2</source>
        <translation>Le point d&apos;accès Docker %1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>Docker endpoint %1 answers again</source>
        <translation>Le point d&apos;accès Docker %1 répond de nouveau</translation>
    </message>
    <message>
        <source>%1 is in a restart loop: %2 crashes in %3 min</source>
        <translation>%1 est dans une boucle de redémarrage : %2 plantages en %3 min</translation>
    </message>
    <message>
        <source>%1 was killed: out of memory</source>
        <translation>%1 a été tué : mémoire épuisée</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2)</source>
        <translation>%1 s&apos;est arrêté de façon inattendue (code de sortie %2)</translation>
    </message>
    <message>
        <source>Crash alert not posted to Discord: the bot is not running</source>
        <translation>Alerte de plantage non publiée sur Discord : le bot ne tourne pas</translation>
    </message>
    <message>
        <source>Could not post the alert in channel %1: %2</source>
        <translation>Impossible de publier l&apos;alerte dans le salon %1 : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::DiscordBot</name>
    <message>
        <source>No Discord bot token is configured.</source>
        <translation>Aucun jeton de bot Discord n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token. Set a valid token in the settings or DISCORD_BOT_TOKEN.</source>
        <translation>Discord a refusé le jeton du bot. Définir un jeton valide dans les paramètres ou dans DISCORD_BOT_TOKEN.</translation>
    </message>
    <message>
        <source>Connecting to Discord at %1</source>
        <translation>Connexion à Discord sur %1</translation>
    </message>
    <message>
        <source>Slash commands not registered%1: %2</source>
        <translation>Commandes slash non enregistrées%1 : %2</translation>
    </message>
    <message>
        <source>Slash commands registered%1</source>
        <translation>Commandes slash enregistrées%1</translation>
    </message>
    <message>
        <source>Slash commands unchanged%1</source>
        <translation>Commandes slash inchangées%1</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) arrived too late to be answered within Discord&apos;s 3 seconds and were dropped; the service is overloaded.</source>
        <translation>
            <numerusform>%n interaction est arrivée trop tard pour recevoir une réponse dans les 3 secondes de Discord et a été abandonnée ; le service est surchargé.</numerusform>
            <numerusform>%n interactions sont arrivées trop tard pour recevoir une réponse dans les 3 secondes de Discord et ont été abandonnées ; le service est surchargé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::service::EndpointProbe</name>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HealthServer</name>
    <message>
        <source>the service is not running</source>
        <translation>le service n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de données : %1</translation>
    </message>
    <message>
        <source>docker endpoint %1: %2</source>
        <translation>point d&apos;accès Docker %1 : %2</translation>
    </message>
    <message>
        <source>discord gateway stopped: %1</source>
        <translation>gateway Discord arrêté : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>« %1 » n&apos;est pas de la forme ADRESSE:PORT</translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use, or not this machine&apos;s)</source>
        <translation>impossible d&apos;écouter sur %1 (adresse déjà utilisée, ou pas celle de cette machine)</translation>
    </message>
    <message numerus="yes">
        <source>database writes are failing (%n so far): %1</source>
        <translation>
            <numerusform>les écritures dans la base de données échouent (%n échec jusqu&apos;ici) : %1</numerusform>
            <numerusform>les écritures dans la base de données échouent (%n échecs jusqu&apos;ici) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk of the data folder %1 is full: %2 MB free, below %3 MB</source>
        <translation>le disque du dossier de données %1 est plein : %2 Mo libres, moins de %3 Mo</translation>
    </message>
    <message>
        <source>discord gateway not connected for %1 s (allowed: %2 s)%3</source>
        <translation>gateway discord non connecté depuis %1 s (autorisé : %2 s)%3</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HeartbeatPinger</name>
    <message>
        <source>Heartbeat: the push URL answers again</source>
        <translation>Battement : l&apos;URL de push répond de nouveau</translation>
    </message>
    <message>
        <source>Heartbeat: the push URL did not take the ping: %1</source>
        <translation>Battement : l&apos;URL de push n&apos;a pas accepté le ping : %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
</context>
<context>
    <name>mechdock::service::InstanceLock</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>another Mechdock engine uses this data folder</source>
        <translation>un autre moteur Mechdock utilise ce dossier de données</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <source>locked, but cannot record the holder in %1: %2</source>
        <translation>verrouillé, mais impossible d&apos;enregistrer le détenteur dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::MessageIntents</name>
    <message>
        <source>Discord refused the Message Content intent (close code 4014), so auto-actions cannot read messages. Turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → enable &quot;Message Content Intent&quot;, save, then reload Mechdock. Until then the bot connects without it: slash commands and buttons keep working.</source>
        <translation>Discord a refusé l&apos;intent Message Content (code de fermeture 4014) : les actions automatiques ne peuvent donc pas lire les messages. Activez-le : Discord Developer Portal → votre application → Bot → Privileged Gateway Intents → activez « Message Content Intent », enregistrez, puis rechargez Mechdock. En attendant, le bot se connecte sans lui : les commandes slash et les boutons continuent de fonctionner.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ScheduledActionExecutor</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker ne tourne pas dans ce service.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceBotBackend</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker ne tourne pas dans ce service.</translation>
    </message>
    <message>
        <source>%1 asked Discord to %2 %3</source>
        <translation>%1 a demandé « %2 » pour %3 via Discord</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Conteneur inconnu.</translation>
    </message>
    <message>
        <source>The mech is not running, so the donation was not recorded. Check the service log for why.</source>
        <translation>Le mech n&apos;est pas en marche, le don n&apos;a donc pas été enregistré. Consulter le journal du service pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The scheduler is not running (the database is unavailable).</source>
        <translation>Le planificateur ne tourne pas (la base de données est indisponible).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or restart.</source>
        <translation>Action inconnue « %1 » : utiliser start, stop ou restart.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu « %1 » ; utiliser un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>Scheduled %1 of %2 (task %3). Next runs: %4</source>
        <translation>« %1 » planifié pour %2 (tâche %3). Prochaines exécutions : %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 deleted scheduled task %2</source>
        <translation>%1 a supprimé la tâche planifiée %2</translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation>Tâche %1 supprimée.</translation>
    </message>
    <message>
        <source>**System health**</source>
        <translation>**État du système**</translation>
    </message>
    <message>
        <source>Memory: %1 MB of %2 MB, pressure %3.</source>
        <translation>Mémoire : %1 Mo sur %2 Mo, pression %3.</translation>
    </message>
    <message>
        <source>CPU: %1 % (Mechdock), %2 % (system); disk %3 % used.</source>
        <translation>CPU : %1 % (Mechdock), %2 % (système) ; disque utilisé à %3 %.</translation>
    </message>
    <message>
        <source>Database: ok.</source>
        <translation>Base de données : ok.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Docker %1: reachable (API %2).</source>
        <translation>Docker %1 : joignable (API %2).</translation>
    </message>
    <message>
        <source>Docker %1: %2</source>
        <translation>Docker %1 : %2</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms; REST 429 answers: %2.</source>
        <translation>Latence du gateway : %1 ms ; réponses REST 429 : %2.</translation>
    </message>
    <message>
        <source>**Operation timings** (count, p50 / p95 / p99 ms, success)</source>
        <translation>**Durées des opérations** (nombre, p50 / p95 / p99 ms, succès)</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Rien de mesuré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4.</source>
        <translation>**Mémoire** : %1 Mo résident, %2 Mo de tas, limite %3 Mo, pression %4.</translation>
    </message>
    <message>
        <source>Caches and queues (entries / limit, hit rate, evictions):</source>
        <translation>Caches et files (entrées / limite, taux de succès, évictions) :</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB.</source>
        <translation>Le nettoyage a libéré %1 entrées (%2 Mo) ; mémoire résidente %3 Mo → %4 Mo.</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB).</source>
        <translation>Le nettoyage a libéré %1 entrées (%2 Mo).</translation>
    </message>
    <message>
        <source>**Security**: default deny; %1 status and %2 control channels; %3 admin users and %4 admin roles.</source>
        <translation>**Sécurité** : refus par défaut ; %1 salons d&apos;état et %2 salons de contrôle ; %3 utilisateurs et %4 rôles administrateurs.</translation>
    </message>
    <message>
        <source>Per-minute caps: %1 commands, %2 buttons.</source>
        <translation>Limites par minute : %1 commandes, %2 boutons.</translation>
    </message>
    <message>
        <source>No donation links are configured.</source>
        <translation>Aucun lien de don n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Aucune tâche planifiée.</translation>
    </message>
    <message>
        <source>no further runs</source>
        <translation>plus aucune exécution</translation>
    </message>
    <message>
        <source>The audit log cannot keep up; entries are dropped.</source>
        <translation>Le journal d&apos;audit ne suit pas ; des entrées sont abandonnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries not written: %1</source>
        <translation>
            <numerusform>%n entrée d&apos;audit non écrite : %1</numerusform>
            <numerusform>%n entrées d&apos;audit non écrites : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made Discord user %2 an admin</source>
        <translation>%1 a fait de l&apos;utilisateur Discord %2 un admin</translation>
    </message>
    <message>
        <source>%1 removed Discord user %2 from the admins</source>
        <translation>%1 a retiré l&apos;utilisateur Discord %2 des admins</translation>
    </message>
    <message>
        <source>%1 is now a Mechdock admin.</source>
        <translation>%1 est maintenant admin Mechdock.</translation>
    </message>
    <message>
        <source>%1 is no longer a Mechdock admin.</source>
        <translation>%1 n&apos;est plus admin Mechdock.</translation>
    </message>
    <message>
        <source>%1 is already a Mechdock admin.</source>
        <translation>%1 est déjà admin Mechdock.</translation>
    </message>
    <message>
        <source>%1 is not in the list of admin users (an admin role may make them one; roles are changed in the settings).</source>
        <translation>%1 n&apos;est pas dans la liste des utilisateurs admins (un rôle admin peut l&apos;en faire un ; les rôles se changent dans les paramètres).</translation>
    </message>
    <message>
        <source>%1 is the last admin: add another admin first, so someone can still manage Mechdock from Discord.</source>
        <translation>%1 est le dernier admin : ajoutez d&apos;abord un autre admin, pour que quelqu&apos;un puisse encore gérer Mechdock depuis Discord.</translation>
    </message>
    <message>
        <source>This service runs without a settings file, so admins can only be set where it is started.</source>
        <translation>Ce service tourne sans fichier de paramètres : les admins ne peuvent être définis que là où il est lancé.</translation>
    </message>
    <message>
        <source>The settings file has an error, so it was not changed: %1</source>
        <translation>Le fichier de paramètres contient une erreur, il n&apos;a donc pas été modifié : %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Saved in the settings file, but an environment variable sets the admins, so nothing changes until it is removed.</source>
        <translation>Enregistré dans le fichier de paramètres, mais une variable d&apos;environnement définit les admins : rien ne change tant qu&apos;elle n&apos;est pas retirée.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceSnapshot</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>mechdock::service::StatusChannelPublisher</name>
    <message>
        <source>Could not post the status message in channel %1: %2</source>
        <translation>Impossible de publier le message d&apos;état dans le salon %1 : %2</translation>
    </message>
    <message>
        <source>Re-posting the status messages in channel %1</source>
        <translation>Republication des messages d&apos;état dans le salon %1</translation>
    </message>
    <message>
        <source>Could not read channel %1 to find earlier status messages: %2</source>
        <translation>Impossible de lire le salon %1 pour retrouver les messages d&apos;état précédents : %2</translation>
    </message>
    <message>
        <source>Channel %1: reusing %2 earlier status messages, removed %3 duplicates</source>
        <translation>Salon %1 : réutilisation de %2 messages d&apos;état précédents, %3 doublons supprimés</translation>
    </message>
</context>
<context>
    <name>mechdock::service::SwarmServiceTracker</name>
    <message>
        <source>global service, %1 tasks running</source>
        <translation>service global, %1 tâches en cours</translation>
    </message>
    <message>
        <source>replicated service, %1 tasks running</source>
        <translation>service répliqué, %1 tâches en cours</translation>
    </message>
    <message>
        <source>; update %1</source>
        <translation> ; mise à jour %1</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>Service inconnu.</translation>
    </message>
</context>
<context>
    <name>mechdock::storage</name>
    <message>
        <source>cannot create the schema version table: %1</source>
        <translation>impossible de créer la table des versions du schéma : %1</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::ConnectionPool</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base SQLite utilisable : %2</translation>
    </message>
    <message>
        <source>all %1 database connections stayed busy for %2 ms</source>
        <translation>les %1 connexions à la base de données sont restées occupées pendant %2 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Database</name>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>impossible de créer le dossier %1 pour la base de données</translation>
    </message>
    <message>
        <source>the database %1 is not writable by this user</source>
        <translation>la base de données %1 n&apos;est pas accessible en écriture pour cet utilisateur</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base SQLite utilisable : %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3&apos;s .recover can rescue its rows) and start again: a new database is created.</source>
        <translation>%1 est endommagé (%2). Arrêter Mechdock, mettre le fichier de côté (le .recover de sqlite3 peut en récupérer les lignes) et redémarrer : une nouvelle base de données est créée.</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Migrator</name>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>impossible de lire la version du schéma de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the database&apos;s &apos;%1&apos; tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</source>
        <translation>les tables &apos;%1&apos; de la base sont en version %2, plus récente que celle connue de ce Mechdock (%3) : utiliser un Mechdock plus récent ou restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>migrations of &apos;%1&apos; are not numbered 1..n</source>
        <translation>les migrations de &apos;%1&apos; ne sont pas numérotées 1..n</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>migration %1 of &apos;%2&apos; (%3) failed: %4</source>
        <translation>la migration %1 de &apos;%2&apos; (%3) a échoué : %4</translation>
    </message>
    <message>
        <source>cannot record migration %1 of &apos;%2&apos;: %3</source>
        <translation>impossible d&apos;enregistrer la migration %1 de &apos;%2&apos; : %3</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AuditTableModel</name>
    <message>
        <source>User id: %1</source>
        <translation>Identifiant utilisateur : %1</translation>
    </message>
    <message>
        <source>Guild: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AutoActionsPanel</name>
    <message>
        <source>Posted by a &amp;bot</source>
        <translation>Publié par un &amp;bot</translation>
    </message>
    <message>
        <source>Posted by a &amp;webhook</source>
        <translation>Publié par un &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Test the rules</source>
        <translation>&amp;Tester les règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>Se déclencherait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchées</translation>
    </message>
    <message>
        <source>Cool-down skips</source>
        <translation>Ignorées (délai)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Dernier déclenchement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Paste a message, e.g. &quot;New version 1.2 is out&quot;</source>
        <translation>Collez un message, p. ex. « La nouvelle version 1.2 est sortie »</translation>
    </message>
    <message>
        <source>Nothing is done: the rules only say what they would do</source>
        <translation>Rien n&apos;est exécuté : les règles indiquent seulement ce qu&apos;elles feraient</translation>
    </message>
    <message>
        <source>Channel id (empty: a channel no rule names)</source>
        <translation>ID du salon (vide : un salon qu&apos;aucune règle ne cite)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>Counters and last firings</source>
        <translation>Compteurs et derniers déclenchements</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Non connecté au moteur.</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>Un message contient au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation>Échec de la simulation : %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (ignoré : %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No auto-action rules are configured (autoActions.rules).</source>
        <translation>Aucune règle d&apos;action automatique n&apos;est configurée (autoActions.rules).</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire. Nothing was done.</source>
        <translation>%1 règle(s) sur %2 se déclencheraient. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omis : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <source>Listening to messages: %n firing(s) waiting.</source>
        <translation>
            <numerusform>Écoute des messages : %n déclenchement en attente.</numerusform>
            <numerusform>Écoute des messages : %n déclenchements en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is enabled: the bot does not read messages.</source>
        <translation>Aucune règle n&apos;est activée : le bot ne lit pas les messages.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::CacheTableModel</name>
    <message>
        <source>Deepest so far: %1</source>
        <translation>Plus haut niveau atteint : %1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>map</source>
        <translation>table</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Entries held, against the bound</source>
        <translation>Entrées détenues, par rapport à la limite</translation>
    </message>
    <message>
        <source>Estimated payload bytes, against the byte bound when there is one</source>
        <translation>Octets de données estimés, par rapport à la limite en octets s&apos;il y en a une</translation>
    </message>
    <message>
        <source>Lookups answered from the cache</source>
        <translation>Recherches servies par le cache</translation>
    </message>
    <message>
        <source>Entries removed to stay within bounds, by age or by pressure</source>
        <translation>Entrées retirées pour rester dans les limites, par âge ou sous pression</translation>
    </message>
    <message>
        <source>Queue items dropped or refused because the queue was full</source>
        <translation>Éléments de file abandonnés ou refusés parce que la file était pleine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Rejets</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ChoiceListDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Already in the settings</source>
        <translation>Déjà dans les paramètres</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Rien à choisir.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ConnectDialog</name>
    <message>
        <source>API &amp;key</source>
        <translation>C&amp;lé d&apos;API</translation>
    </message>
    <message>
        <source>User and &amp;password</source>
        <translation>Utilisateur et mot de &amp;passe</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>wss://server:8385 or /path/to/control.sock</source>
        <translation>wss://serveur:8385 ou /chemin/vers/control.sock</translation>
    </message>
    <message>
        <source>A remote engine&apos;s control address (control.remoteListen on the server), or the local socket of a service on this computer</source>
        <translation>L&apos;adresse de contrôle d&apos;un moteur distant (control.remoteListen sur le serveur), ou le socket local d&apos;un service sur cet ordinateur</translation>
    </message>
    <message>
        <source>mdk_… (made on the server by mechdock control add-key)</source>
        <translation>mdk_… (créée sur le serveur par mechdock control add-key)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Not an address: use wss://host:port, host:port or the full path of a control.sock.</source>
        <translation>Ce n&apos;est pas une adresse : utiliser wss://host:port, host:port ou le chemin complet d&apos;un control.sock.</translation>
    </message>
    <message>
        <source>A service on this computer: no password is needed if you may open its socket.</source>
        <translation>Un service sur cet ordinateur : aucun mot de passe n&apos;est nécessaire si vous pouvez ouvrir son socket.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the user and the password.</source>
        <translation>Saisissez l&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>On the first connection you are asked to confirm the server&apos;s certificate fingerprint (mechdock control fingerprint prints it on the server).</source>
        <translation>À la première connexion, il vous est demandé de confirmer l&apos;empreinte du certificat du serveur (mechdock control fingerprint l&apos;affiche sur le serveur).</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainerTableModel</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Docker says</source>
        <translation>Selon Docker</translation>
    </message>
    <message>
        <source>Allowed from Discord: %1</source>
        <translation>Autorisé depuis Discord : %1</translation>
    </message>
    <message>
        <source>Not configured for Discord</source>
        <translation>Non configuré pour Discord</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>redémarrage…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <source>No answer from the game server yet</source>
        <translation>Pas encore de réponse du serveur de jeu</translation>
    </message>
    <message>
        <source>The game server names no players</source>
        <translation>Le serveur de jeu ne liste aucun joueur</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>A Swarm service: start scales it back, stop scales it to 0, restart replaces its tasks one by one</source>
        <translation>Un service Swarm : démarrer le remet à l&apos;échelle, arrêter le ramène à 0, redémarrer remplace ses tâches une à une</translation>
    </message>
    <message>
        <source>A container</source>
        <translation>Un conteneur</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>Containers of every Docker endpoint; configured ones can be controlled</source>
        <translation>Conteneurs de tous les points d&apos;accès Docker ; ceux configurés peuvent être pilotés</translation>
    </message>
    <message>
        <source>No containers reported yet: Mechdock is waiting for Docker.</source>
        <translation>Aucun conteneur signalé pour l&apos;instant : Mechdock attend Docker.</translation>
    </message>
    <message>
        <source>Start the selected container</source>
        <translation>Démarrer le conteneur sélectionné</translation>
    </message>
    <message>
        <source>Stop the selected container</source>
        <translation>Arrêter le conteneur sélectionné</translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation>Redémarrer le conteneur sélectionné</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>The last %1 lines of the selected container&apos;s log</source>
        <translation>Les %1 dernières lignes du journal du conteneur sélectionné</translation>
    </message>
    <message>
        <source>Fetch the log again every 2 seconds and keep the newest line in view</source>
        <translation>Relire le journal toutes les 2 secondes et garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <source>Select a container to see its log.</source>
        <translation>Sélectionnez un conteneur pour voir son journal.</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Journal de %1 (%2)</translation>
    </message>
    <message>
        <source>Log of %1 (%2): %3</source>
        <translation>Journal de %1 (%2) : %3</translation>
    </message>
    <message>
        <source>&amp;Add to Discord</source>
        <translation>A&amp;jouter à Discord</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Rechercher des conteneurs</translation>
    </message>
    <message>
        <source>List the selected container in the settings, so Discord shows it (status only; allow actions on the Settings page)</source>
        <translation>Inscrire le conteneur sélectionné dans les paramètres pour que Discord l&apos;affiche (état seulement ; autoriser les actions dans la page Paramètres)</translation>
    </message>
    <message>
        <source>Select a container first</source>
        <translation>Sélectionnez d&apos;abord un conteneur</translation>
    </message>
    <message>
        <source>The settings do not allow this action for %1</source>
        <translation>Les paramètres n&apos;autorisent pas cette action pour %1</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 est déjà en marche</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 n&apos;est pas en marche</translation>
    </message>
    <message>
        <source>Start the container %1 on %2?</source>
        <translation>Démarrer le conteneur %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Stop the container %1 on %2?</source>
        <translation>Arrêter le conteneur %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Restart the container %1 on %2?</source>
        <translation>Redémarrer le conteneur %1 sur %2 ?</translation>
    </message>
    <message>
        <source>It is not configured for Discord; you act on it as the administrator.</source>
        <translation>Il n&apos;est pas configuré pour Discord ; vous agissez en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>The settings do not allow this for Discord; you act on it as the administrator.</source>
        <translation>Les paramètres ne l&apos;autorisent pas pour Discord ; vous agissez en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>%1 %2: sent…</source>
        <translation>%1 %2 : envoyé…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Show only the containers whose name, image, host, state or ports contain this text</source>
        <translation>N&apos;afficher que les conteneurs dont le nom, l&apos;image, l&apos;hôte, l&apos;état ou les ports contiennent ce texte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Pull the selected container&apos;s image and, if it changed, make the container again from it</source>
        <translation>Récupérer l&apos;image du conteneur sélectionné et, si elle a changé, recréer le conteneur à partir d&apos;elle</translation>
    </message>
    <message>
        <source>Update the container %1 on %2? Its image is pulled; if it changed, the container is made again from the new image with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Mettre à jour le conteneur %1 sur %2 ? Son image est récupérée ; si elle a changé, le conteneur est recréé à partir de la nouvelle image avec les mêmes paramètres, et l&apos;ancien revient si le nouveau ne démarre pas.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Swarm rolls out a service&apos;s new image: docker service update --image</source>
        <translation>Swarm déploie lui-même la nouvelle image d&apos;un service : docker service update --image</translation>
    </message>
    <message>
        <source>Start the Swarm service %1 on %2? It is scaled back to its replicas.</source>
        <translation>Démarrer le service Swarm %1 sur %2 ? Il retrouve son nombre de répliques.</translation>
    </message>
    <message>
        <source>Stop the Swarm service %1 on %2? It is scaled to 0; its replica count is kept for the next start.</source>
        <translation>Arrêter le service Swarm %1 sur %2 ? Il est ramené à 0 ; son nombre de répliques est gardé pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart the Swarm service %1 on %2? Its tasks are replaced one by one.</source>
        <translation>Redémarrer le service Swarm %1 sur %2 ? Ses tâches sont remplacées une à une.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation>En attente du service…</translation>
    </message>
    <message>
        <source>Discord bot:</source>
        <translation>Bot Discord :</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Problèmes de configuration</translation>
    </message>
    <message>
        <source>Problems found in the settings file and the environment</source>
        <translation>Problèmes trouvés dans le fichier de paramètres et l&apos;environnement</translation>
    </message>
    <message>
        <source> (latency %1 ms)</source>
        <translation> (latence %1 ms)</translation>
    </message>
    <message>
        <source>%1 (%2): reachable, API %3</source>
        <translation>%1 (%2) : joignable, API %3</translation>
    </message>
    <message>
        <source>no endpoint reported yet</source>
        <translation>aucun point d&apos;accès signalé pour l&apos;instant</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation>Aucun : les paramètres sont valides.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure en cours…</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>Force &amp;cleanup</source>
        <translation>&amp;Forcer le nettoyage</translation>
    </message>
    <message>
        <source>Memory: not measured yet</source>
        <translation>Mémoire : pas encore mesurée</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>How much history the memory chart shows</source>
        <translation>Quelle durée d&apos;historique le graphique mémoire affiche</translation>
    </message>
    <message>
        <source>Empty every registered cache and return free heap to the system now; shows what it freed</source>
        <translation>Vider maintenant tous les caches enregistrés et rendre le tas libre au système ; affiche ce qui a été libéré</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a timer: above ~50 ms the panel feels sluggish</source>
        <translation>Retard avec lequel la boucle d&apos;événements de la fenêtre exécute un minuteur : au-delà de ~50 ms, le panneau semble lent</translation>
    </message>
    <message>
        <source>Mechdock&apos;s CPU use (of one core) and the whole system&apos;s</source>
        <translation>Utilisation CPU de Mechdock (sur un cœur) et de tout le système</translation>
    </message>
    <message>
        <source>Used space on the disk that holds Mechdock&apos;s data folder</source>
        <translation>Espace utilisé sur le disque qui contient le dossier de données de Mechdock</translation>
    </message>
    <message>
        <source>The machine&apos;s network traffic: rate now and total since boot</source>
        <translation>Trafic réseau de la machine : débit actuel et total depuis le démarrage</translation>
    </message>
    <message>
        <source>Service and system</source>
        <translation>Service et système</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU :</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disque :</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Panel delay:</source>
        <translation>Retard du panneau :</translation>
    </message>
    <message>
        <source>Every bounded cache and queue: what it holds and how well it works</source>
        <translation>Chaque cache et file bornés : leur contenu et leur efficacité</translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service, newest first</source>
        <translation>Alertes récentes sur la mémoire, le CPU, le disque et le service, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Caches and queues</source>
        <translation>Caches et files</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · max %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>Freed %n entr(ies), %1 of cache payload.</source>
        <translation>
            <numerusform>%n entrée libérée, %1 de données en cache.</numerusform>
            <numerusform>%n entrées libérées, %1 de données en cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident %1 → %2.</source>
        <translation>Résident %1 → %2.</translation>
    </message>
    <message>
        <source>Heap in use %1 → %2.</source>
        <translation>Tas utilisé %1 → %2.</translation>
    </message>
    <message>
        <source>Cleanup did not run: %1</source>
        <translation>Le nettoyage n&apos;a pas eu lieu : %1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Résident %1</translation>
    </message>
    <message>
        <source> · heap %1</source>
        <translation> · tas %1</translation>
    </message>
    <message>
        <source> · limit %1 (%2 % used)</source>
        <translation> · limite %1 (%2 % utilisés)</translation>
    </message>
    <message>
        <source>Mechdock %1 · system %2</source>
        <translation>Mechdock %1 · système %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>%1/s in, %2/s out · </source>
        <translation>%1/s entrant, %2/s sortant · </translation>
    </message>
    <message>
        <source>%1 in, %2 out in total</source>
        <translation>%1 entrant, %2 sortant au total</translation>
    </message>
    <message>
        <source>Caches and queues (%1)</source>
        <translation>Caches et files (%1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>En attente du moteur…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n conteneur en cours</numerusform>
            <numerusform>%n conteneurs en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêté</numerusform>
            <numerusform>%n arrêtés</numerusform>
        </translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>bot %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) reachable</source>
        <translation>
            <numerusform>%1 point de terminaison joignable sur %n</numerusform>
            <numerusform>%1 points de terminaison joignables sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DiscordPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The bot&apos;s connection to Discord&apos;s gateway</source>
        <translation>La connexion du bot au gateway de Discord</translation>
    </message>
    <message>
        <source>Since the service started</source>
        <translation>Depuis le démarrage du service</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Recent &amp;commands</source>
        <translation>&amp;Commandes récentes</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Shards, latency and guilds</source>
        <translation>Shards, latence et serveurs</translation>
    </message>
    <message>
        <source>The latest slash commands and buttons used in Discord</source>
        <translation>Les dernières commandes slash et les derniers boutons utilisés dans Discord</translation>
    </message>
    <message>
        <source>Every recorded action, with filters</source>
        <translation>Toutes les actions enregistrées, avec filtres</translation>
    </message>
    <message>
        <source>Discord: waiting for the service…</source>
        <translation>Discord : en attente du service…</translation>
    </message>
    <message>
        <source>Latency: not connected</source>
        <translation>Latence : non connecté</translation>
    </message>
    <message>
        <source>One gateway connection per shard; hover a stopped shard for the reason</source>
        <translation>Une connexion au gateway par shard ; survoler un shard arrêté pour en voir la raison</translation>
    </message>
    <message>
        <source>The guilds (servers) the bot is a member of</source>
        <translation>Les serveurs (guilds) dont le bot est membre</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Latency (up to the last 10 minutes)</source>
        <translation>Latence (jusqu&apos;aux 10 dernières minutes)</translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>No guilds yet: they are listed once the bot is connected.</source>
        <translation>Aucun serveur pour l&apos;instant : ils apparaîtront dès que le bot sera connecté.</translation>
    </message>
    <message>
        <source>The latest Discord interactions, newest first; hover a row for the user, guild and channel ids</source>
        <translation>Les dernières interactions Discord, les plus récentes d&apos;abord ; survoler une ligne pour voir les identifiants d&apos;utilisateur, de serveur et de salon</translation>
    </message>
    <message>
        <source>No commands yet.</source>
        <translation>Aucune commande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Where the action came from</source>
        <translation>D&apos;où vient l&apos;action</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Show only actions with this outcome</source>
        <translation>N&apos;afficher que les actions ayant ce résultat</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>How far back to look</source>
        <translation>Jusqu&apos;où remonter dans le temps</translation>
    </message>
    <message>
        <source>Who (exact name)</source>
        <translation>Qui (nom exact)</translation>
    </message>
    <message>
        <source>Show only actions by this user (the exact name as recorded)</source>
        <translation>N&apos;afficher que les actions de cet utilisateur (nom exact tel qu&apos;enregistré)</translation>
    </message>
    <message>
        <source>Action, e.g. /ss or start</source>
        <translation>Action, par ex. /ss ou start</translation>
    </message>
    <message>
        <source>Show only this action (exact, e.g. /ss, button:restart, donation)</source>
        <translation>N&apos;afficher que cette action (exacte, par ex. /ss, button:restart, donation)</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Relire le journal d&apos;audit (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Matching:</source>
        <translation>C&amp;orrespondant à :</translation>
    </message>
    <message>
        <source>Recorded actions, allowed and denied; hover a row for the ids</source>
        <translation>Actions enregistrées, autorisées et refusées ; survoler une ligne pour voir les identifiants</translation>
    </message>
    <message>
        <source>The audit log is read from the service&apos;s database.</source>
        <translation>Le journal d&apos;audit est lu depuis la base de données du service.</translation>
    </message>
    <message>
        <source>The service has not started yet.</source>
        <translation>Le service n&apos;a pas encore démarré.</translation>
    </message>
    <message>
        <source>No commands yet: slash commands and buttons used in Discord appear here.</source>
        <translation>Aucune commande pour l&apos;instant : les commandes slash et les boutons utilisés dans Discord apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n command(s) from Discord.</source>
        <translation>
            <numerusform>La dernière commande venue de Discord.</numerusform>
            <numerusform>Les %n dernières commandes venues de Discord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>No recorded actions match these filters.</source>
        <translation>Aucune action enregistrée ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching action(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>L&apos;action correspondante la plus récente ; affiner les filtres pour voir les plus anciennes.</numerusform>
            <numerusform>Les %n actions correspondantes les plus récentes ; affiner les filtres pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching action(s).</source>
        <translation>
            <numerusform>%n action correspondante.</numerusform>
            <numerusform>%n actions correspondantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: online, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord : en ligne, %1 sur %n shard connecté</numerusform>
            <numerusform>Discord : en ligne, %1 sur %n shards connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: connecting, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord : connexion en cours, %1 sur %n shard connecté</numerusform>
            <numerusform>Discord : connexion en cours, %1 sur %n shards connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Discord: connecting…</source>
        <translation>Discord : connexion en cours…</translation>
    </message>
    <message>
        <source>Discord: %1</source>
        <translation>Discord : %1</translation>
    </message>
    <message>
        <source>Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last 10 minutes</source>
        <translation>Latence : %1 ms actuellement ; %2 / %3 / %4 ms min / moy. / max sur les 10 dernières minutes</translation>
    </message>
    <message>
        <source>Latency: waiting for the first heartbeat</source>
        <translation>Latence : en attente du premier heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) handled</source>
        <translation>
            <numerusform>%n interaction traitée</numerusform>
            <numerusform>%n interactions traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REST rate limit(s) hit</source>
        <translation>
            <numerusform>%n limite de débit REST atteinte</numerusform>
            <numerusform>%n limites de débit REST atteintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n reprise</numerusform>
            <numerusform>%n reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session start(s) left today</source>
        <translation>
            <numerusform>%n démarrage de session restant aujourd&apos;hui</numerusform>
            <numerusform>%n démarrages de session restants aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>slash commands registered</source>
        <translation>commandes slash enregistrées</translation>
    </message>
    <message>
        <source>slash commands not registered yet</source>
        <translation>commandes slash pas encore enregistrées</translation>
    </message>
    <message>
        <source>The bot is not in any guild yet.</source>
        <translation>Le bot n&apos;est encore membre d&apos;aucun serveur.</translation>
    </message>
    <message numerus="yes">
        <source>In %n guild(s).</source>
        <translation>
            <numerusform>Membre de %n serveur.</numerusform>
            <numerusform>Membre de %n serveurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel and control API</source>
        <translation>Panneau et API de contrôle</translation>
    </message>
    <message>
        <source>Panel (older entries)</source>
        <translation>Panneau (anciennes entrées)</translation>
    </message>
    <message>
        <source>last attempt: %1</source>
        <translation>dernière tentative : %1</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>nouvelle tentative en cours</translation>
    </message>
    <message numerus="yes">
        <source>next attempt in %n s</source>
        <translation>
            <numerusform>prochaine tentative dans %n s</numerusform>
            <numerusform>prochaine tentative dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too late to answer (overloaded)</source>
        <translation>
            <numerusform>%n trop tard pour répondre (surcharge)</numerusform>
            <numerusform>%n trop tard pour répondre (surcharge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;actions</source>
        <translation>&amp;Actions automatiques</translation>
    </message>
    <message>
        <source>Try a message on the auto-action rules; their counters and last firings</source>
        <translation>Tester un message sur les règles d&apos;action automatique ; leurs compteurs et derniers déclenchements</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Actions automatiques</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationDialog</name>
    <message>
        <source>Add donation</source>
        <translation>Ajouter un don</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>The donated amount in dollars; it powers the mech and counts toward its next level</source>
        <translation>Le montant donné en dollars ; il alimente le mech en énergie et compte pour son prochain niveau</translation>
    </message>
    <message>
        <source>Who donated</source>
        <translation>Qui a donné</translation>
    </message>
    <message>
        <source>Shown in the donation history and in Discord</source>
        <translation>Affiché dans l&apos;historique des dons et dans Discord</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>A note for the history, e.g. where the money came from</source>
        <translation>Une note pour l&apos;historique, par ex. la provenance de l&apos;argent</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the donation (Enter)</source>
        <translation>Enregistrer le don (Entrée)</translation>
    </message>
    <message>
        <source>Close without recording (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donateur :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Enter an amount of at least $0.01.</source>
        <translation>Saisir un montant d&apos;au moins $0,01.</translation>
    </message>
    <message>
        <source>Enter who donated.</source>
        <translation>Indiquer qui a donné.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationTableModel</name>
    <message>
        <source>-$%1</source>
        <translation>-$%1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>An operator correction, not a donation</source>
        <translation>Une correction de l&apos;opérateur, pas un don</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::FirstRunChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Give the bot its token (Discord developer portal &gt; Bot &gt; Reset Token)</source>
        <translation>Donner son jeton au bot (portail des développeurs Discord &gt; Bot &gt; Reset Token)</translation>
    </message>
    <message>
        <source>Settings: Discord</source>
        <translation>Paramètres : Discord</translation>
    </message>
    <message>
        <source>Reach Docker (the socket, or an endpoint over TCP with TLS)</source>
        <translation>Joindre Docker (le socket, ou un point de terminaison en TCP avec TLS)</translation>
    </message>
    <message>
        <source>Settings: Docker</source>
        <translation>Paramètres : Docker</translation>
    </message>
    <message>
        <source>Invite the bot to your Discord server and list the server&apos;s id</source>
        <translation>Inviter le bot sur votre serveur Discord et indiquer l&apos;identifiant du serveur</translation>
    </message>
    <message>
        <source>Discord page</source>
        <translation>Page Discord</translation>
    </message>
    <message>
        <source>Choose a status or control channel</source>
        <translation>Choisir un salon d&apos;état ou de contrôle</translation>
    </message>
    <message>
        <source>Settings: channels</source>
        <translation>Paramètres : salons</translation>
    </message>
    <message>
        <source>Choose the containers Discord shows (Add to Discord)</source>
        <translation>Choisir les conteneurs que Discord affiche (Ajouter à Discord)</translation>
    </message>
    <message>
        <source>Containers page</source>
        <translation>Page Conteneurs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::GuildTableModel</name>
    <message>
        <source>(not loaded yet)</source>
        <translation>(pas encore chargé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Guild id %1</source>
        <translation>ID du serveur %1</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>no: not in Guild ids</source>
        <translation>non : absent des ID de serveurs</translation>
    </message>
    <message>
        <source>The slash commands are registered only in the servers the settings list. Add %1 to Guild ids on the Settings page (Discord tab) so this server can use them.</source>
        <translation>Les commandes slash ne sont enregistrées que sur les serveurs listés dans les paramètres. Ajoutez %1 aux ID de serveurs (guilds) sur la page Paramètres (onglet Discord) pour que ce serveur puisse les utiliser.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Not known to be available: its shard is not connected, Discord reports an outage, or its details have not arrived yet</source>
        <translation>Disponibilité inconnue : son shard n&apos;est pas connecté, Discord signale une panne, ou ses détails ne sont pas encore arrivés</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LatencyChart</name>
    <message>
        <source>Gateway latency</source>
        <translation>Latence du gateway</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The heartbeat round trip to Discord&apos;s gateway (mean over the shards), one reading per second</source>
        <translation>Aller-retour du heartbeat vers le gateway de Discord (moyenne sur les shards), une mesure par seconde</translation>
    </message>
    <message>
        <source>No latency yet: it is measured with every heartbeat once the bot is connected.</source>
        <translation>Pas encore de latence : elle est mesurée à chaque heartbeat dès que le bot est connecté.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LogsPage</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug et au-dessus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et au-dessus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Show only messages of this level or more severe</source>
        <translation>N&apos;afficher que les messages de ce niveau ou plus graves</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation>N&apos;afficher que les lignes contenant ce texte</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MainWindow</name>
    <message>
        <source>Mechdock</source>
        <translation>Mechdock</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Service state, memory and problems at a glance</source>
        <translation>État du service, mémoire et problèmes en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Token, channels, containers, limits and language</source>
        <translation>Jeton, salons, conteneurs, limites et langue</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>The live log with level filter and search</source>
        <translation>Le journal en direct avec filtre de niveau et recherche</translation>
    </message>
    <message>
        <source>The Discord bot&apos;s connection</source>
        <translation>La connexion du bot Discord</translation>
    </message>
    <message>
        <source>The Docker endpoints Mechdock talks to</source>
        <translation>Les points d&apos;accès Docker avec lesquels Mechdock communique</translation>
    </message>
    <message>
        <source>Bot: starting…</source>
        <translation>Bot : démarrage…</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker : vérification…</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot : %1</translation>
    </message>
    <message>
        <source> (no token: see Dashboard)</source>
        <translation> (pas de jeton : voir le tableau de bord)</translation>
    </message>
    <message numerus="yes">
        <source>Docker: %n endpoint(s) reachable</source>
        <translation>
            <numerusform>Docker : %n point d&apos;accès joignable</numerusform>
            <numerusform>Docker : %n points d&apos;accès joignables</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker : %1</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Every container, with start, stop and restart</source>
        <translation>Tous les conteneurs, avec démarrage, arrêt et redémarrage</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation>Pages (Ctrl+1 … Ctrl+8)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Scheduled starts, stops and restarts, with their next runs</source>
        <translation>Démarrages, arrêts et redémarrages planifiés, avec leurs prochaines exécutions</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>How long Docker, Discord and animation work takes</source>
        <translation>Durée du travail de Docker, de Discord et des animations</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Mechdock is still running</source>
        <translation>Mechdock est toujours en marche</translation>
    </message>
    <message>
        <source>The bot keeps running; use the tray icon to show the window or to quit.</source>
        <translation>Le bot continue de tourner ; utiliser l&apos;icône de la zone de notification pour afficher la fenêtre ou quitter.</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech&apos;s animation, level, power and donations</source>
        <translation>L&apos;animation, le niveau, l&apos;énergie et les dons du mech</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Connection, shards, latency, guilds, commands and the audit log</source>
        <translation>Connexion, shards, latence, serveurs, commandes et journal d&apos;audit</translation>
    </message>
    <message>
        <source>The engine this panel shows</source>
        <translation>Le moteur que ce panneau affiche</translation>
    </message>
    <message>
        <source>Engine: none</source>
        <translation>Moteur : aucun</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Recent servers</source>
        <translation>Serveurs &amp;récents</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>Cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Show the engine this panel runs</source>
        <translation>Afficher le moteur qui tourne dans ce panneau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Confirmer le certificat du serveur</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate this panel has not seen before.

SHA-256 fingerprint:
%2

Compare it with what &quot;mechdock control fingerprint&quot; prints on the server (it is also in the service&apos;s log). Trust this certificate?</source>
        <translation>Le serveur %1 présente un certificat que ce panneau n&apos;a encore jamais vu.

Empreinte SHA-256 :
%2

Comparez-la avec ce qu&apos;affiche « mechdock control fingerprint » sur le serveur (elle figure aussi dans le journal du service). Faire confiance à ce certificat ?</translation>
    </message>
    <message>
        <source>Mechdock — %1</source>
        <translation>Mechdock — %1</translation>
    </message>
    <message>
        <source>Engine: this computer (runs in this panel)</source>
        <translation>Moteur : cet ordinateur (tourne dans ce panneau)</translation>
    </message>
    <message>
        <source>Engine: %1 (as %2)</source>
        <translation>Moteur : %1 (en tant que %2)</translation>
    </message>
    <message>
        <source>Engine: connecting to %1…</source>
        <translation>Moteur : connexion à %1…</translation>
    </message>
    <message>
        <source>Engine: %1 disconnected</source>
        <translation>Moteur : %1 déconnecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Non connecté à %1 : %2</translation>
    </message>
    <message>
        <source>The pages show the data of %1 and may be out of date.</source>
        <translation>Les pages affichent les données de %1 et peuvent être périmées.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Prochaine tentative dans %n s.</numerusform>
            <numerusform>Prochaine tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Engine &gt; Connect to server… to try again.</source>
        <translation>Utilisez Moteur &gt; Se connecter à un serveur… pour réessayer.</translation>
    </message>
    <message>
        <source>not connected to an engine</source>
        <translation>non connecté à un moteur</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Non connecté à un moteur.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>%1 is already in Discord&apos;s list.</source>
        <translation>%1 figure déjà dans la liste de Discord.</translation>
    </message>
    <message>
        <source>%1 is in Discord&apos;s list now (status only); allow start, stop or restart on the Settings page.</source>
        <translation>%1 figure désormais dans la liste de Discord (état seulement) ; autoriser le démarrage, l&apos;arrêt ou le redémarrage dans la page Paramètres.</translation>
    </message>
    <message>
        <source>Stop the bot?</source>
        <translation>Arrêter le bot ?</translation>
    </message>
    <message>
        <source>The Discord bot runs inside this panel: closing it stops the bot. (A service started with mechdockd keeps the bot running without a window, and the panel attaches to it.)

Close and stop the bot?</source>
        <translation>Le bot Discord tourne dans ce panneau : le fermer arrête le bot. (Un service lancé avec mechdockd fait tourner le bot sans fenêtre, et le panneau s&apos;y rattache.)

Fermer et arrêter le bot ?</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MechPage</name>
    <message>
        <source>&amp;Add donation…</source>
        <translation>&amp;Ajouter un don…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The mech&apos;s current animation, at the speed its power gives it</source>
        <translation>L&apos;animation actuelle du mech, à la vitesse que lui donne son énergie</translation>
    </message>
    <message>
        <source>Evolution level: total donations unlock the next one</source>
        <translation>Niveau d&apos;évolution : le total des dons débloque le suivant</translation>
    </message>
    <message>
        <source>Speed level %v of 100</source>
        <translation>Niveau de vitesse %v sur 100</translation>
    </message>
    <message>
        <source>Power drives the walking speed; it decays a little every day</source>
        <translation>L&apos;énergie détermine la vitesse de marche ; elle diminue un peu chaque jour</translation>
    </message>
    <message>
        <source>Donations counted toward the next level</source>
        <translation>Dons comptabilisés pour le niveau suivant</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Énergie :</translation>
    </message>
    <message>
        <source>Evolution:</source>
        <translation>Évolution :</translation>
    </message>
    <message>
        <source>Donated:</source>
        <translation>Total des dons :</translation>
    </message>
    <message>
        <source>The latest donations and adjustments, newest first</source>
        <translation>Les derniers dons et ajustements, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Record a donation received outside Discord (Ctrl+N)</source>
        <translation>Enregistrer un don reçu en dehors de Discord (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read the donation history and the animation again (F5)</source>
        <translation>Relire l&apos;historique des dons et l&apos;animation (F5)</translation>
    </message>
    <message>
        <source>Donation history</source>
        <translation>Historique des dons</translation>
    </message>
    <message>
        <source>Waiting for the service to report the mech…</source>
        <translation>En attente de l&apos;état du mech transmis par le service…</translation>
    </message>
    <message>
        <source>No animation yet.</source>
        <translation>Pas encore d&apos;animation.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The history appears once the service has started the mech.</source>
        <translation>L&apos;historique apparaîtra dès que le service aura démarré le mech.</translation>
    </message>
    <message>
        <source>The mech is not running yet; it starts with the service&apos;s database.</source>
        <translation>Le mech n&apos;est pas encore en marche ; il démarre avec la base de données du service.</translation>
    </message>
    <message>
        <source>The mech is not running: the database is unavailable (%1).</source>
        <translation>Le mech n&apos;est pas en marche : la base de données est indisponible (%1).</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>Niveau %1 sur %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (niveau %2)</translation>
    </message>
    <message>
        <source>%1 of power: resting</source>
        <translation>%1 d&apos;énergie : au repos</translation>
    </message>
    <message>
        <source>%1 of power, %2 % speed</source>
        <translation>%1 d&apos;énergie, vitesse %2 %</translation>
    </message>
    <message>
        <source>%1 of %2 to level %3</source>
        <translation>%1 sur %2 avant le niveau %3</translation>
    </message>
    <message>
        <source>The top level is reached.</source>
        <translation>Le niveau maximal est atteint.</translation>
    </message>
    <message>
        <source>Resting: the mech has no power left.</source>
        <translation>Au repos : le mech n&apos;a plus d&apos;énergie.</translation>
    </message>
    <message>
        <source>Walking at %1 % speed.</source>
        <translation>Marche à %1 % de vitesse.</translation>
    </message>
    <message>
        <source>This system cannot play WebP animations. Install Qt&apos;s image format plugins (Debian: qt6-image-formats-plugins) and restart Mechdock.</source>
        <translation>Ce système ne peut pas lire les animations WebP. Installer les plugins de formats d&apos;image de Qt (Debian : qt6-image-formats-plugins) et redémarrer Mechdock.</translation>
    </message>
    <message>
        <source>No animation: %1</source>
        <translation>Pas d&apos;animation : %1</translation>
    </message>
    <message>
        <source>The animation could not be decoded: %1</source>
        <translation>Impossible de décoder l&apos;animation : %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>No donations yet. Use /donate in Discord or add one here.</source>
        <translation>Aucun don pour l&apos;instant. Utiliser /donate dans Discord ou en ajouter un ici.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n donation(s).</source>
        <translation>
            <numerusform>Le dernier don.</numerusform>
            <numerusform>Les %n derniers dons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s).</source>
        <translation>
            <numerusform>%n don.</numerusform>
            <numerusform>%n dons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Non connecté au moteur.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MemoryChart</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>No memory readings yet: the monitor samples every few seconds.</source>
        <translation>Aucune mesure de mémoire pour l&apos;instant : le moniteur mesure toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Tas</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>RSS (resident memory), heap in use and the effective limit over the chosen window; the shaded bands are the Medium, High and Critical pressure levels</source>
        <translation>RSS (mémoire résidente), tas utilisé et limite effective sur la période choisie ; les bandes ombrées sont les niveaux de pression Moyenne, Élevée et Critique</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::OperationTableModel</name>
    <message numerus="yes">
        <source>%1: %n call(s) since start, %2 failed; percentiles over the last %3</source>
        <translation>
            <numerusform>%1 : %n appel depuis le démarrage, %2 en échec ; centiles sur les %3 derniers</numerusform>
            <numerusform>%1 : %n appels depuis le démarrage, %2 en échec ; centiles sur les %3 derniers</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls since the service started</source>
        <translation>Appels depuis le démarrage du service</translation>
    </message>
    <message>
        <source>Duration in milliseconds that this share of recent calls stayed under</source>
        <translation>Durée en millisecondes sous laquelle est restée cette part des appels récents</translation>
    </message>
    <message>
        <source>The slowest recent call, in milliseconds</source>
        <translation>L&apos;appel récent le plus lent, en millisecondes</translation>
    </message>
    <message>
        <source>Recent calls that succeeded</source>
        <translation>Appels récents réussis</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max ms</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PerformancePage</name>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Every timed operation: Docker calls, Discord REST calls, interaction handling, animation jobs</source>
        <translation>Chaque opération chronométrée : appels Docker, appels REST Discord, traitement des interactions, tâches d&apos;animation</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Median and 95th percentile of the busiest operations</source>
        <translation>Médiane et 95e centile des opérations les plus actives</translation>
    </message>
    <message>
        <source>No operations measured yet.</source>
        <translation>Aucune opération mesurée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Round trip of the gateway heartbeat</source>
        <translation>Aller-retour du heartbeat du gateway</translation>
    </message>
    <message>
        <source>Discord REST answers with 429 Too Many Requests since start</source>
        <translation>Réponses REST Discord 429 Too Many Requests depuis le démarrage</translation>
    </message>
    <message>
        <source>Slash commands and buttons handled since start</source>
        <translation>Commandes slash et boutons traités depuis le démarrage</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Gateway latency:</source>
        <translation>Latence du gateway :</translation>
    </message>
    <message>
        <source>REST 429 answers:</source>
        <translation>Réponses REST 429 :</translation>
    </message>
    <message>
        <source>Interactions handled:</source>
        <translation>Interactions traitées :</translation>
    </message>
    <message>
        <source>not connected (%1)</source>
        <translation>non connecté (%1)</translation>
    </message>
    <message>
        <source>connected, waiting for the first heartbeat</source>
        <translation>connecté, en attente du premier heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms over %2 of %n shard(s)</source>
        <translation>
            <numerusform>%1 ms sur %2 de %n shard</numerusform>
            <numerusform>%1 ms sur %2 de %n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1
median %2 ms, 95th percentile %3 ms</source>
        <translation>%1
médiane %2 ms, 95e centile %3 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PressureBadge</name>
    <message>
        <source>Memory: unknown</source>
        <translation>Mémoire : inconnue</translation>
    </message>
    <message>
        <source>Memory: low</source>
        <translation>Mémoire : faible</translation>
    </message>
    <message>
        <source>Memory: medium</source>
        <translation>Mémoire : moyenne</translation>
    </message>
    <message>
        <source>Memory: high</source>
        <translation>Mémoire : élevée</translation>
    </message>
    <message>
        <source>Memory: critical</source>
        <translation>Mémoire : critique</translation>
    </message>
    <message>
        <source>Memory pressure: usage against the effective limit</source>
        <translation>Pression mémoire : utilisation par rapport à la limite effective</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SchedulerPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Scheduled container actions; double-click a task to edit it</source>
        <translation>Actions de conteneurs planifiées ; double-cliquer sur une tâche pour la modifier</translation>
    </message>
    <message>
        <source>Schedule a start, stop or restart (Ctrl+N)</source>
        <translation>Planifier un démarrage, un arrêt ou un redémarrage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected task (Enter)</source>
        <translation>Modifier la tâche sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete)</source>
        <translation>Supprimer la tâche sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Enable or disable the selected task without removing it</source>
        <translation>Activer ou désactiver la tâche sélectionnée sans la supprimer</translation>
    </message>
    <message>
        <source>Read the tasks again (F5)</source>
        <translation>Relire les tâches (F5)</translation>
    </message>
    <message>
        <source>The scheduler is not running yet; tasks appear once the service has started it.</source>
        <translation>Le planificateur ne tourne pas encore ; les tâches apparaîtront dès que le service l&apos;aura démarré.</translation>
    </message>
    <message>
        <source>No scheduled tasks. Add one to start, stop or restart a container at set times.</source>
        <translation>Aucune tâche planifiée. En ajouter une pour démarrer, arrêter ou redémarrer un conteneur à heures fixes.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s).</source>
        <translation>
            <numerusform>%n tâche planifiée.</numerusform>
            <numerusform>%n tâches planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Tâche enregistrée.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1 %2 at %3&quot;?</source>
        <translation>Supprimer la tâche « %1 %2 à %3 » ?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Tâche supprimée.</translation>
    </message>
    <message>
        <source>Task enabled.</source>
        <translation>Tâche activée.</translation>
    </message>
    <message>
        <source>Task disabled.</source>
        <translation>Tâche désactivée.</translation>
    </message>
    <message>
        <source>The tasks cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher les tâches : %1</translation>
    </message>
    <message>
        <source>Not connected to the engine; try again in a moment.</source>
        <translation>Non connecté au moteur ; réessayer dans un instant.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SettingsPage</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <translation>&amp;Discord</translation>
    </message>
    <message>
        <source>Doc&amp;ker</source>
        <translation>Doc&amp;ker</translation>
    </message>
    <message>
        <source>&amp;Limits and behaviour</source>
        <translation>&amp;Limites et comportement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Write the settings file (Ctrl+S); the service reloads it</source>
        <translation>Écrire le fichier de paramètres (Ctrl+S) ; le service le recharge</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>Abandonner les modifications et relire le fichier</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>Discord connection</source>
        <translation>Connexion à Discord</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Cool-downs and rate limits</source>
        <translation>Délais de récupération et limites de débit</translation>
    </message>
    <message>
        <source>Memory and resources</source>
        <translation>Mémoire et ressources</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Point d&apos;accès de santé</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source> (environment: %1)</source>
        <translation> (environnement : %1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Paste the bot token from the Discord developer portal</source>
        <translation>Coller le jeton du bot depuis le portail des développeurs Discord</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>&amp;Jeton du bot :</translation>
    </message>
    <message>
        <source>Discord ids, separated by commas</source>
        <translation>Identifiants Discord, séparés par des virgules</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>ID du salon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Refresh (s)</source>
        <translation>Actualisation (s)</translation>
    </message>
    <message>
        <source>Recreate after (s)</source>
        <translation>Recréer après (s)</translation>
    </message>
    <message>
        <source>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</source>
        <translation>Les salons d&apos;état affichent les conteneurs ; les salons de contrôle permettent aussi les actions. Cocher Contrôle pour un salon de contrôle.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>Address (empty = DOCKER_HOST or the local socket)</source>
        <translation>Adresse (vide = DOCKER_HOST ou le socket local)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>Dossier des certificats</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Info text</source>
        <translation>Texte d&apos;info</translation>
    </message>
    <message>
        <source>Which containers Discord shows, and which actions it allows</source>
        <translation>Quels conteneurs Discord affiche et quelles actions il autorise</translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation>Points d&apos;accès Docker</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>point d&apos;accès</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>Tous les paramètres sont valides.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Coller d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</source>
        <translation>Non enregistré : %1. Définir plutôt DISCORD_BOT_TOKEN dans l&apos;environnement.</translation>
    </message>
    <message numerus="yes">
        <source>Settings that need attention: %n</source>
        <translation>
            <numerusform>Paramètre à vérifier : %n</numerusform>
            <numerusform>Paramètres à vérifier : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0</source>
        <translation>NIVEAU:CENTIMES_PAR_JOUR, p. ex. 10:50, 11:0</translation>
    </message>
    <message>
        <source>Stored in the keychain, or in the settings file (readable only by its owner) where no keychain works; never shown again</source>
        <translation>Enregistré dans le trousseau, ou dans le fichier de paramètres (lisible par son seul propriétaire) là où aucun trousseau ne fonctionne ; jamais réaffiché</translation>
    </message>
    <message>
        <source>&amp;Store token</source>
        <translation>Enregistrer le je&amp;ton</translation>
    </message>
    <message>
        <source>Give the token to the engine; the bot uses it at once</source>
        <translation>Transmettre le jeton au moteur ; le bot l&apos;utilise aussitôt</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask Discord whose token this is (the pasted one, or the engine&apos;s own when the field is empty)</source>
        <translation>Demander à Discord à qui appartient ce jeton (celui collé, ou celui du moteur si le champ est vide)</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s settings…</source>
        <translation>Lecture des paramètres du moteur…</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read: %1</source>
        <translation>Impossible de lire les paramètres du moteur : %1</translation>
    </message>
    <message>
        <source>The engine has a bot token. Paste a new one to replace it.</source>
        <translation>Le moteur a un jeton de bot. Collez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Settings of %1.</source>
        <translation>Paramètres de %1.</translation>
    </message>
    <message>
        <source>The environment overrides: %1 (the engine keeps applying them after a save).</source>
        <translation>Surcharges par l&apos;environnement : %1 (le moteur continue de les appliquer après un enregistrement).</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1, ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>The token comes from the environment variable %1; it wins over a stored one.</source>
        <translation>Le jeton provient de la variable d&apos;environnement %1 ; elle l&apos;emporte sur un jeton enregistré.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over the file: change or unset it there. The file&apos;s value is shown.</source>
        <translation>Défini par la variable d&apos;environnement %1, qui l&apos;emporte sur le fichier : la modifier ou la supprimer à cet endroit. La valeur du fichier est affichée.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to %1; the engine uses the new settings.</source>
        <translation>Enregistré dans %1 ; le moteur utilise les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>The engine is not running; the token can be checked once it is.</source>
        <translation>Le moteur ne tourne pas ; le jeton pourra être vérifié dès qu&apos;il tournera.</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Interrogation de Discord…</translation>
    </message>
    <message>
        <source>The token works: it belongs to the bot %1 (id %2).</source>
        <translation>Le jeton fonctionne : il appartient au bot %1 (ID %2).</translation>
    </message>
    <message>
        <source>The token does not work: %1</source>
        <translation>Le jeton ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; the bot uses it now.</source>
        <translation>Enregistré dans le trousseau ; le bot l&apos;utilise désormais.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable only by its owner); the bot uses it now.</source>
        <translation>Enregistré dans %1 (lisible par son seul propriétaire) ; le bot l&apos;utilise désormais.</translation>
    </message>
    <message>
        <source>No keychain works here (%1), so the token is stored in %2, readable only by its owner; the bot uses it now.</source>
        <translation>Aucun trousseau ne fonctionne ici (%1), le jeton est donc enregistré dans %2, lisible par son seul propriétaire ; le bot l&apos;utilise désormais.</translation>
    </message>
    <message>
        <source>Choose from &amp;Discord…</source>
        <translation>Choisir dans &amp;Discord…</translation>
    </message>
    <message>
        <source>Pick channels from the servers the bot is in</source>
        <translation>Choisir des salons des serveurs où se trouve le bot</translation>
    </message>
    <message>
        <source>Choose from D&amp;ocker…</source>
        <translation>Choisir dans D&amp;ocker…</translation>
    </message>
    <message>
        <source>Pick containers from the Docker endpoints</source>
        <translation>Choisir des conteneurs des points de terminaison Docker</translation>
    </message>
    <message>
        <source>The engine is not running; channels can be listed once it is.</source>
        <translation>Le moteur ne tourne pas ; les salons pourront être listés dès qu&apos;il tournera.</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>Les salons n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>Channel id %1</source>
        <translation>ID de salon %1</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Choisir des salons</translation>
    </message>
    <message>
        <source>Tick the channels the bot should post container status in. They are added as status channels; tick Control in the table to allow actions there.</source>
        <translation>Cochez les salons où le bot doit publier l&apos;état des conteneurs. Ils sont ajoutés comme salons d&apos;état ; cochez Contrôle dans le tableau pour y autoriser des actions.</translation>
    </message>
    <message>
        <source>The engine is not running; containers can be listed once it is.</source>
        <translation>Le moteur ne tourne pas ; les conteneurs pourront être listés dès qu&apos;il tournera.</translation>
    </message>
    <message>
        <source>The containers could not be listed: %1</source>
        <translation>Les conteneurs n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>%1: Docker does not answer (%2)</source>
        <translation>%1 : Docker ne répond pas (%2)</translation>
    </message>
    <message>
        <source>Choose containers</source>
        <translation>Choisir des conteneurs</translation>
    </message>
    <message>
        <source>Tick the containers Discord should show. They are added with their status only; tick Start, Stop or Restart in the table to allow those actions.</source>
        <translation>Cochez les conteneurs que Discord doit afficher. Ils sont ajoutés avec leur seul état ; cochez Démarrer, Arrêter ou Redémarrer dans le tableau pour autoriser ces actions.</translation>
    </message>
    <message>
        <source>The bot&apos;s servers have no text channel it can see.</source>
        <translation>Les serveurs du bot n&apos;ont aucun salon textuel qu&apos;il puisse voir.</translation>
    </message>
    <message>
        <source>Docker has not listed any container yet (the settings may have just changed); try again in a moment.</source>
        <translation>Docker n&apos;a encore listé aucun conteneur (les paramètres viennent peut-être de changer) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Actions automatiques</translation>
    </message>
    <message>
        <source>Player query</source>
        <translation>Requête des joueurs</translation>
    </message>
    <message>
        <source>Query host</source>
        <translation>Hôte de requête</translation>
    </message>
    <message>
        <source>Query port</source>
        <translation>Port de requête</translation>
    </message>
    <message>
        <source>How to ask the game server for its players: none, a2s (Steam/Source games) or minecraft</source>
        <translation>Comment interroger le serveur de jeu sur ses joueurs : none, a2s (jeux Steam/Source) ou minecraft</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1</source>
        <translation>Vide : 127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: the protocol&apos;s usual port (27015 for A2S, 25565 for Minecraft)</source>
        <translation>Vide : le port habituel du protocole (27015 pour A2S, 25565 pour Minecraft)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>container, or service for a Swarm service of a manager endpoint</source>
        <translation>container, ou service pour un service Swarm d&apos;un point d&apos;accès manager</translation>
    </message>
    <message>
        <source>%1 [Swarm service]</source>
        <translation>%1 [service Swarm]</translation>
    </message>
    <message>
        <source>Update tag</source>
        <translation>Tag de mise à jour</translation>
    </message>
    <message>
        <source>The tag an update pulls, e.g. stable; empty: the container&apos;s own</source>
        <translation>Le tag que tire une mise à jour, p. ex. stable ; vide : celui du conteneur</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ShardTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Gateway events received on this shard</source>
        <translation>Événements du gateway reçus sur ce shard</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Identifications</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Dernière fermeture</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskEditorDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>Tâche planifiée</translation>
    </message>
    <message>
        <source>The Docker endpoint the container runs on</source>
        <translation>Le point d&apos;accès Docker sur lequel tourne le conteneur</translation>
    </message>
    <message>
        <source>The container&apos;s name</source>
        <translation>Le nom du conteneur</translation>
    </message>
    <message>
        <source>What happens to the container when the task runs</source>
        <translation>Ce qui arrive au conteneur quand la tâche s&apos;exécute</translation>
    </message>
    <message>
        <source>e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</source>
        <translation>par ex. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</source>
        <translation>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>The IANA time zone the schedule&apos;s times are in, e.g. Europe/Berlin</source>
        <translation>Le fuseau horaire IANA des heures de la planification, par ex. Europe/Berlin</translation>
    </message>
    <message>
        <source>A disabled task is kept but does not run</source>
        <translation>Une tâche désactivée est conservée mais ne s&apos;exécute pas</translation>
    </message>
    <message>
        <source>A note for other operators (optional)</source>
        <translation>Une note pour les autres opérateurs (facultatif)</translation>
    </message>
    <message>
        <source>When the task would run next, in the chosen time zone</source>
        <translation>Quand la tâche s&apos;exécuterait la prochaine fois, dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>&amp;Point d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Conteneur :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Pla&amp;nification :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <source>New scheduled task</source>
        <translation>Nouvelle tâche planifiée</translation>
    </message>
    <message>
        <source>Edit scheduled task</source>
        <translation>Modifier la tâche planifiée</translation>
    </message>
    <message>
        <source>Choose the container the task acts on.</source>
        <translation>Choisir le conteneur sur lequel la tâche agit.</translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation>Saisir une planification.</translation>
    </message>
    <message>
        <source>This schedule never runs (again).</source>
        <translation>Cette planification ne s&apos;exécute jamais (plus).</translation>
    </message>
    <message>
        <source>The settings do not allow &quot;%1&quot; for %2, so the engine will refuse the task when it runs. Allow it on the Settings page (Docker tab).</source>
        <translation>Les paramètres n&apos;autorisent pas « %1 » pour %2 : le moteur refusera la tâche à son exécution. Autorisez-le sur la page Paramètres (onglet Docker).</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskTableModel</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Next runs:
%1</source>
        <translation>Prochaines exécutions :
%1</translation>
    </message>
    <message>
        <source>Enabled: runs on schedule</source>
        <translation>Activée : s&apos;exécute selon la planification</translation>
    </message>
    <message>
        <source>Disabled: does not run</source>
        <translation>Désactivée : ne s&apos;exécute pas</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>plus jamais</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TrayController</name>
    <message>
        <source>&amp;Show Mechdock</source>
        <translation>&amp;Afficher Mechdock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Mechdock: starting…</source>
        <translation>Mechdock : démarrage…</translation>
    </message>
    <message>
        <source>Mechdock alert</source>
        <translation>Alerte Mechdock</translation>
    </message>
    <message numerus="yes">
        <source>Mechdock: %n new alert(s)</source>
        <translation>
            <numerusform>Mechdock : %n nouvelle alerte</numerusform>
            <numerusform>Mechdock : %n nouvelles alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechdock · bot %1</source>
        <translation>Mechdock · bot %1</translation>
    </message>
    <message>
        <source> · memory %1</source>
        <translation> · mémoire %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n Docker endpoint(s) unreachable</source>
        <translation>
            <numerusform> · %n point d&apos;accès Docker injoignable</numerusform>
            <numerusform> · %n points d&apos;accès Docker injoignables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Start %1?</source>
        <translation>Démarrer %1 ?</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>Arrêter %1 ?</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Redémarrer %1 ?</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>Only the newest part is shown.</source>
        <translation>Seule la partie la plus récente est affichée.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour à %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>En attente du moteur…</translation>
    </message>
    <message>
        <source>Docker endpoint %1 cannot be reached: %2</source>
        <translation>Le point d&apos;accès Docker %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>No containers.</source>
        <translation>Aucun conteneur.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Aucune tâche planifiée.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Delete the task “%1” for %2?</source>
        <translation>Supprimer la tâche « %1 » pour %2 ?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Tâche supprimée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Cette planification ne s&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>Prochaines exécutions (%1) :</translation>
    </message>
    <message>
        <source>Please choose a container.</source>
        <translation>Choisissez un conteneur.</translation>
    </message>
    <message>
        <source>Please enter a schedule.</source>
        <translation>Saisissez une planification.</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Tâche enregistrée.</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Tâche ajoutée.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</source>
        <translation>Par exemple : daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>Empty: the settings&apos; default time zone.</source>
        <translation>Vide : le fuseau horaire par défaut des paramètres.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <source>No donations yet.</source>
        <translation>Aucun don pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Please enter an amount above 0.</source>
        <translation>Saisissez un montant supérieur à 0.</translation>
    </message>
    <message>
        <source>Record a donation of %1 from %2?</source>
        <translation>Enregistrer un don de %1 de la part de %2 ?</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Record donation</source>
        <translation>Enregistrer le don</translation>
    </message>
    <message>
        <source>Donation recorded. The mech is at level %1.</source>
        <translation>Don enregistré. Le mech est au niveau %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1 : %2</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>au repos</translation>
    </message>
    <message>
        <source>%1 of %2 to the next level</source>
        <translation>%1 sur %2 avant le niveau suivant</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>Niveau maximal atteint</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech is not running.</source>
        <translation>Le mech n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>Mech animation</source>
        <translation>Animation du mech</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Progression vers le niveau suivant</translation>
    </message>
    <message>
        <source>Record a donation</source>
        <translation>Enregistrer un don</translation>
    </message>
    <message>
        <source>Amount ($)</source>
        <translation>Montant ($)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Donated in total</source>
        <translation>Total des dons</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Aucune entrée ne correspond.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Pas encore assez de données.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>No recent alerts.</source>
        <translation>Aucune alerte récente.</translation>
    </message>
    <message>
        <source>Free memory now? Caches are emptied and unused memory is returned to the system.</source>
        <translation>Libérer de la mémoire maintenant ? Les caches sont vidés et la mémoire inutilisée est rendue au système.</translation>
    </message>
    <message>
        <source>Free memory now</source>
        <translation>Libérer de la mémoire</translation>
    </message>
    <message>
        <source>Freed %1 entries (%2). Memory: %3 → %4.</source>
        <translation>%1 entrées libérées (%2). Mémoire : %3 → %4.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Memory use over time</source>
        <translation>Utilisation de la mémoire au fil du temps</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Défauts</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Memory (RSS)</source>
        <translation>Mémoire (RSS)</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Tas</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Process CPU</source>
        <translation>CPU du processus</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>CPU du système</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Alertes récentes</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Mettre à jour %1 ? Son image est récupérée ; si elle a changé, le conteneur est recréé à partir d&apos;elle avec les mêmes paramètres, et l&apos;ancien revient si le nouveau ne démarre pas.</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>service Swarm</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>(one per line)</source>
        <translation>(une valeur par ligne)</translation>
    </message>
    <message>
        <source>Choose from Docker…</source>
        <translation>Choisir dans Docker…</translation>
    </message>
    <message>
        <source>Choose from Discord…</source>
        <translation>Choisir dans Discord…</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Retirer la ligne %1</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>Set by the environment (these win over the file):</source>
        <translation>Définis par l&apos;environnement (ils l&apos;emportent sur le fichier) :</translation>
    </message>
    <message>
        <source>A bot token is set.</source>
        <translation>Un jeton de bot est défini.</translation>
    </message>
    <message>
        <source>No bot token is set.</source>
        <translation>Aucun jeton de bot n&apos;est défini.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>Saved, with %1 warnings.</source>
        <translation>Enregistré, avec %1 avertissements.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Discard your changes and load the saved settings?</source>
        <translation>Abandonner vos modifications et charger les paramètres enregistrés ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Collez d&apos;abord le jeton.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>Le jeton est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The token is stored in the settings file.</source>
        <translation>Le jeton est enregistré dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The keychain was not used: %1</source>
        <translation>Le trousseau n&apos;a pas été utilisé : %1</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Interrogation de Discord…</translation>
    </message>
    <message>
        <source>Discord accepts the token: %1 (id %2).</source>
        <translation>Discord accepte le jeton : %1 (ID %2).</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Rien à choisir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Choose channels from Discord</source>
        <translation>Choisir des salons dans Discord</translation>
    </message>
    <message>
        <source>Choose containers from Docker</source>
        <translation>Choisir des conteneurs dans Docker</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>The token is never shown. A new one replaces the stored one.</source>
        <translation>Le jeton n&apos;est jamais affiché. Un nouveau jeton remplace celui enregistré.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Définir le jeton</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Vérifier le jeton</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>service Swarm</translation>
    </message>
</context>
</TS>
