<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>WebPasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Mindestens %1 Zeichen verwenden.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Höchstens %1 Zeichen verwenden.</translation>
    </message>
    <message>
        <source>Leave out spaces at the start and the end.</source>
        <translation>Keine Leerzeichen am Anfang und am Ende.</translation>
    </message>
    <message>
        <source>Too predictable: avoid repeated characters and runs like &quot;abcd&quot; or &quot;1234&quot;.</source>
        <translation>Zu vorhersehbar: wiederholte Zeichen und Folgen wie „abcd“ oder „1234“ vermeiden.</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries; choose another.</source>
        <translation>Dieses Passwort gehört zu den ersten, die ein Angreifer ausprobiert; ein anderes wählen.</translation>
    </message>
    <message>
        <source>Under %1 characters, mix at least three of: lower case, upper case, digits, symbols. Or use a longer passphrase.</source>
        <translation>Unter %1 Zeichen mindestens drei davon mischen: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen. Oder eine längere Passphrase verwenden.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>Die Engine hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The engine reported an error.</source>
        <translation>Die Engine hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The connection to the engine was lost.</source>
        <translation>Die Verbindung zur Engine wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbindung unterbrochen; wird neu verbunden…</translation>
    </message>
    <message>
        <source>Not connected to the engine; please try again.</source>
        <translation>Nicht mit der Engine verbunden; bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation>Die Engine hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Your session ended; please log in again.</source>
        <translation>Ihre Sitzung wurde beendet; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to Mechdock</source>
        <translation>Bei Mechdock anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Optional when there is only one user.</source>
        <translation>Optional, wenn es nur einen Benutzer gibt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>Bitte das Passwort eingeben.</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>%1 s warten</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Set up Mechdock</source>
        <translation>Mechdock einrichten</translation>
    </message>
    <message>
        <source>Create the user for this web page.</source>
        <translation>Den Benutzer für diese Webseite anlegen.</translation>
    </message>
    <message>
        <source>The setup code is in the service&apos;s log (journalctl -u mechdock, or docker logs).</source>
        <translation>Der Einrichtungscode steht im Log des Dienstes (journalctl -u mechdock oder docker logs).</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>Einrichtungscode</translation>
    </message>
    <message>
        <source>At least 12 characters; not a common password.</source>
        <translation>Mindestens 12 Zeichen; kein gängiges Passwort.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Please enter the setup code.</source>
        <translation>Bitte den Einrichtungscode eingeben.</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>Bitte einen Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>Bitte ein Passwort eingeben.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
</context>
<context>
    <name>mechdock::LinearRegex</name>
    <message>
        <source>the regular expression is longer than %1 characters</source>
        <translation>der reguläre Ausdruck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>der reguläre Ausdruck lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>the regular expression is too complex (program size %1, at most %2)</source>
        <translation>der reguläre Ausdruck ist zu komplex (Programmgröße %1, höchstens %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::app</name>
    <message>
        <source>usage: mechdock anim info FILE
       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]
       mechdock anim resize IN OUT --width W [--quality Q]</source>
        <translation>Aufruf: mechdock anim info DATEI
       mechdock anim retime EIN AUS --speed S [--min-frame-ms MS]
       mechdock anim resize EIN AUS --width W [--quality Q]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes)</source>
        <translation>%1: die Datei ist zu groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>file:      %1</source>
        <translation>Datei:     %1</translation>
    </message>
    <message>
        <source>size:      %1x%2</source>
        <translation>Größe:     %1x%2</translation>
    </message>
    <message>
        <source>frames:    %1</source>
        <translation>Bilder:    %1</translation>
    </message>
    <message>
        <source>loop:      %1</source>
        <translation>Schleife:  %1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>endlos</translation>
    </message>
    <message>
        <source>alpha:     %1</source>
        <translation>Alpha:     %1</translation>
    </message>
    <message>
        <source>lossless:  %1</source>
        <translation>verlustlos: %1</translation>
    </message>
    <message>
        <source>durations: %1 ms (total %2 ms)</source>
        <translation>Bilddauern: %1 ms (gesamt %2 ms)</translation>
    </message>
    <message>
        <source>bytes:     %1</source>
        <translation>Bytes:     %1</translation>
    </message>
    <message>
        <source>; no task imported</source>
        <translation>; keine Aufgabe importiert</translation>
    </message>
    <message>
        <source>; task not imported</source>
        <translation>; Aufgabe nicht importiert</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2; no task imported</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2; keine Aufgabe importiert</translation>
    </message>
    <message>
        <source>the stored tasks cannot be read: %1; no task imported</source>
        <translation>die gespeicherten Aufgaben können nicht gelesen werden: %1; keine Aufgabe importiert</translation>
    </message>
    <message>
        <source>acts on container &quot;%1&quot;, which has no entry in the settings; imported anyway</source>
        <translation>betrifft Container „%1“, der in den Einstellungen keinen Eintrag hat; trotzdem importiert</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No display found: running headless, as with --service.</source>
        <translation>Kein Bildschirm gefunden: läuft ohne Oberfläche, wie mit --service.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The system service runs on this computer, but its control socket %1 cannot be reached: %2</source>
        <translation>Der Systemdienst läuft auf diesem Computer, aber sein Steuer-Socket %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the service&apos;s cool-downs and audit. Check that it runs (systemctl status mechdock); if the socket refuses you, run this as root or as a member of the group its control.socketGroup names.</source>
        <translation>Nichts wurde getan: ein direkter Zugriff auf Docker würde die Abklingzeiten und das Audit des Dienstes umgehen. Prüfen Sie, ob er läuft (systemctl status mechdock); wenn der Socket Sie abweist, führen Sie dies als root oder als Mitglied der Gruppe aus, die seine control.socketGroup nennt.</translation>
    </message>
    <message>
        <source>An engine holds the lock of the data folder %1 (%2, process %3 on %4, since %5), but its control socket %6 cannot be reached: %7</source>
        <translation>Eine Engine hält die Sperre des Datenordners %1 (%2, Prozess %3 auf %4, seit %5), aber ihr Steuer-Socket %6 ist nicht erreichbar: %7</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the engine&apos;s cool-downs and audit. Check that engine (or stop it to act without it).</source>
        <translation>Nichts wurde getan: ein direkter Zugriff auf Docker würde die Abklingzeiten und das Audit der Engine umgehen. Prüfen Sie diese Engine (oder beenden Sie sie, um ohne sie zu handeln).</translation>
    </message>
    <message>
        <source>Cannot tell whether an engine runs on the data folder %1 (%2), and its control socket %3 cannot be reached: %4</source>
        <translation>Es lässt sich nicht feststellen, ob eine Engine auf dem Datenordner %1 läuft (%2), und ihr Steuer-Socket %3 ist nicht erreichbar: %4</translation>
    </message>
    <message>
        <source>Nothing was done: run this as the engine&apos;s user (or a member of its control.socketGroup), or pass the right --data-dir.</source>
        <translation>Nichts wurde getan: führen Sie dies als Benutzer der Engine (oder als Mitglied ihrer control.socketGroup) aus oder geben Sie das richtige --data-dir an.</translation>
    </message>
    <message>
        <source>%1: the engine did not answer within %2 s; the action may still complete (see its audit log)</source>
        <translation>%1: die Engine hat nicht innerhalb von %2 s geantwortet; die Aktion kann trotzdem noch abgeschlossen werden (siehe ihr Audit-Log)</translation>
    </message>
    <message>
        <source>%1 has errors, and the engine would not start with it; fix them first (see mechdock check-config).</source>
        <translation>%1 enthält Fehler, und die Engine würde damit nicht starten; beheben Sie sie zuerst (siehe mechdock check-config).</translation>
    </message>
    <message>
        <source>No certificate for the remote control API: %1</source>
        <translation>Kein Zertifikat für die Fernsteuerungs-API: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (control.certFile):</source>
        <translation>SHA-256-Fingerabdruck von %1 (control.certFile):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now on):</source>
        <translation>SHA-256-Fingerabdruck von %1 (selbstsigniert, soeben erzeugt; die Engine verwendet es ab jetzt):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed):</source>
        <translation>SHA-256-Fingerabdruck von %1 (selbstsigniert):</translation>
    </message>
    <message>
        <source>Remote access is off (control.remoteListen is empty); this is the certificate it would present.</source>
        <translation>Der Fernzugriff ist aus (control.remoteListen ist leer); dies ist das Zertifikat, das er vorzeigen würde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a key: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ taugt nicht als Schlüsselname: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before adding a key. Nothing was written.</source>
        <translation>%1 enthält Fehler; vor dem Hinzufügen eines Schlüssels beheben (siehe mechdock check-config). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 already has an API key named &quot;%2&quot;; choose another name, or remove that entry from control.apiKeys first. Nothing was written.</source>
        <translation>%1 hat bereits einen API-Schlüssel namens „%2“; einen anderen Namen wählen oder diesen Eintrag zuerst aus control.apiKeys entfernen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; added to %2. This is the only time it is shown: Mechdock stores only its hash, never the key in clear.</source>
        <translation>API-Schlüssel „%1“ zu %2 hinzugefügt. Er wird nur dieses eine Mal angezeigt: Mechdock speichert nur seinen Hash, nie den Schlüssel im Klartext.</translation>
    </message>
    <message>
        <source>A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl reload mechdock).</source>
        <translation>Eine laufende Engine übernimmt ihn, wenn sie ihre Einstellungen neu lädt (SIGHUP, z. B. systemctl reload mechdock).</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>keine Antwort von Docker</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm-Dienst</translation>
    </message>
</context>
<context>
    <name>mechdock::app::AnimCommand</name>
    <message>
        <source>Show, re-time or resize an animated WebP.

  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes
  retime IN OUT --speed S   change the speed (0 &lt; S &lt;= 10) without re-encoding
  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio</source>
        <translation>Ein animiertes WebP anzeigen, neu takten oder skalieren.

  info DATEI                Leinwand, Bilder, Schleife, Alpha, verlustlos, Dauern, Bytes
  retime EIN AUS --speed S  Geschwindigkeit ändern (0 &lt; S &lt;= 10), ohne neu zu kodieren
  resize EIN AUS --width W  Bild für Bild skalieren, Seitenverhältnis bleibt erhalten</translation>
    </message>
    <message>
        <source>Speed factor: 1.3 plays 30 % faster.</source>
        <translation>Geschwindigkeitsfaktor: 1.3 spielt 30 % schneller ab.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Shortest frame duration written (default 20).</source>
        <translation>Kürzeste geschriebene Bilddauer (Standard 20).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Output width in pixels.</source>
        <translation>Ausgabebreite in Pixeln.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Lossy quality 0-100; without it a lossless input stays lossless.</source>
        <translation>Verlustbehaftete Qualität 0-100; ohne Angabe bleibt eine verlustlose Eingabe verlustlos.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>info, retime or resize</source>
        <translation>info, retime oder resize</translation>
    </message>
    <message>
        <source>retime needs --speed S with 0 &lt; S &lt;= 10 and an optional --min-frame-ms from 0 to 60000</source>
        <translation>retime braucht --speed S mit 0 &lt; S &lt;= 10 und optional --min-frame-ms von 0 bis 60000</translation>
    </message>
    <message>
        <source>resize needs --width W (1 to 16384) and an optional --quality 0-100</source>
        <translation>resize braucht --width W (1 bis 16384) und optional --quality 0-100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes written</source>
        <translation>%1: %2 Bytes geschrieben</translation>
    </message>
</context>
<context>
    <name>mechdock::app::CheckConfigCommand</name>
    <message>
        <source>Checks a Mechdock settings file and the environment.</source>
        <translation>Prüft eine Mechdock-Einstellungsdatei und die Umgebung.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>Die Einstellungsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Check the file alone, without environment overrides.</source>
        <translation>Nur die Datei prüfen, ohne Überschreibungen aus der Umgebung.</translation>
    </message>
    <message>
        <source>check-config takes at most one path</source>
        <translation>check-config nimmt höchstens einen Pfad</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK (%n warning(s))</source>
        <translation>
            <numerusform>%1: OK (%n Warnung)</numerusform>
            <numerusform>%1: OK (%n Warnungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::app::CommandLine</name>
    <message>
        <source>Run headless as a service (no window).</source>
        <translation>Ohne Fenster als Dienst laufen.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The folder for the database and caches.</source>
        <translation>Der Ordner für die Datenbank und die Caches.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Panel only: save a picture of every page into DIR after start-up, then quit.</source>
        <translation>Nur Oberfläche: nach dem Start ein Bild jeder Seite in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <source>The panel&apos;s language (en, de, fr, zh_CN).</source>
        <translation>Die Sprache der Oberfläche (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Mechdock: a Docker control panel with an integrated Discord bot.</source>
        <translation>Mechdock: ein Docker-Kontrollpanel mit integriertem Discord-Bot.</translation>
    </message>
    <message>
        <source>mechdockd: the headless Mechdock service. Without a sub-command it runs the service, as mechdock --service does, without any graphical library.</source>
        <translation>mechdockd: der Mechdock-Dienst ohne Oberfläche. Ohne Unterbefehl führt er den Dienst aus, wie mechdock --service, aber ohne jede Grafikbibliothek.</translation>
    </message>
    <message>
        <source>The language of messages (en, de, fr, zh_CN).</source>
        <translation>Die Sprache der Meldungen (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1&quot;; see %2 --help</source>
        <translation>Unbekannter Unterbefehl „%1“; siehe %2 --help</translation>
    </message>
    <message>
        <source>Panel only: attach to a running engine: the path of its control.sock or wss://host:port (the API key from MECHDOCK_CONTROL_KEY).</source>
        <translation>Nur Oberfläche: mit einer laufenden Engine verbinden: der Pfad ihres control.sock oder wss://host:port (der API-Schlüssel kommt aus MECHDOCK_CONTROL_KEY).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation>%1 ist in %2 nicht konfiguriert</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
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
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>keine Antwort von Docker</translation>
    </message>
    <message>
        <source>The data folder of the engine to act through, if one runs (default: %1).</source>
        <translation>Der Datenordner der Engine, über die gehandelt wird, falls eine läuft (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show every container of the endpoints, not only the ones configured for Discord.</source>
        <translation>Alle Container der Endpunkte anzeigen, nicht nur die für Discord konfigurierten.</translation>
    </message>
    <message>
        <source>DISCORD</source>
        <translation>DISCORD</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel&apos;s Containers page (Add to Discord) or under &quot;containers&quot; in the settings file.</source>
        <translation>
            <numerusform>%n Container auf den Endpunkten ist nicht für Discord konfiguriert und wird nicht angezeigt: mechdock containers --all listet ihn auf. Hinzufügen auf der Container-Seite des Panels (Zu Discord hinzufügen) oder unter &quot;containers&quot; in der Einstellungsdatei.</numerusform>
            <numerusform>%n Container auf den Endpunkten sind nicht für Discord konfiguriert und werden nicht angezeigt: mechdock containers --all listet sie auf. Hinzufügen auf der Container-Seite des Panels (Zu Discord hinzufügen) oder unter &quot;containers&quot; in der Einstellungsdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the configured containers, or start, stop, restart or update one. When an engine (mechdockd, mechdock --service or the panel) runs on the data folder, or the system service runs and neither --config nor --data-dir is given, an action goes through it: its settings, cool-downs and audit apply.</source>
        <translation>Zeigt die konfigurierten Container an oder startet, stoppt, startet neu bzw. aktualisiert einen davon. Wenn eine Engine (mechdockd, mechdock --service oder das Panel) auf dem Datenordner läuft oder der Systemdienst läuft und weder --config noch --data-dir angegeben ist, läuft eine Aktion über sie: Ihre Einstellungen, Abklingzeiten und Ihr Audit gelten.</translation>
    </message>
    <message>
        <source>start, stop, restart or update</source>
        <translation>starten, stoppen, neu starten oder aktualisieren</translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart|update NAME]</source>
        <translation>Verwendung: mechdock containers [start|stop|restart|update NAME]</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use start, stop, restart or update</source>
        <translation>unbekannte Aktion „%1“: verwenden Sie start, stop, restart oder update</translation>
    </message>
    <message>
        <source>no answer from Docker within %1 s</source>
        <translation>keine Antwort von Docker innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ControlCommand</name>
    <message>
        <source>The remote control API&apos;s credentials. fingerprint: print the SHA-256 fingerprint of the certificate it presents, for clients to confirm. add-key NAME: make an API key, store its hash in control.apiKeys and print the key once.</source>
        <translation>Die Zugangsdaten der Fernsteuerungs-API. fingerprint: den SHA-256-Fingerabdruck des Zertifikats ausgeben, das sie vorzeigt, damit Clients ihn bestätigen können. add-key NAME: einen API-Schlüssel erzeugen, seinen Hash in control.apiKeys speichern und den Schlüssel einmal ausgeben.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>Die Einstellungsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The data folder, where the self-signed certificate is kept (default: %1).</source>
        <translation>Der Datenordner, in dem das selbstsignierte Zertifikat liegt (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>fingerprint, or add-key NAME</source>
        <translation>fingerprint oder add-key NAME</translation>
    </message>
    <message>
        <source>usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]</source>
        <translation>Aufruf: mechdock control fingerprint | add-key NAME [--config PFAD] [--data-dir ORDNER]</translation>
    </message>
</context>
<context>
    <name>mechdock::app::GuiRunner</name>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Der Datenordner kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an engine&apos;s address: use the path of its control.sock or wss://host:port.</source>
        <translation>„%1“ ist keine Adresse einer Engine: den Pfad ihres control.sock oder wss://host:port verwenden.</translation>
    </message>
    <message>
        <source>The system service runs here; the panel attaches to %1.</source>
        <translation>Der Systemdienst läuft hier; das Panel verbindet sich mit %1.</translation>
    </message>
    <message>
        <source>%1 (process %2) runs the engine of %3; the panel attaches to it.</source>
        <translation>%1 (Prozess %2) betreibt die Engine von %3; das Panel verbindet sich mit ihr.</translation>
    </message>
</context>
<context>
    <name>mechdock::app::HealthCommand</name>
    <message>
        <source>Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token).</source>
        <translation>Fragt den laufenden Mechdock-Dienst, ob er gesund ist. Exit-Code 0: gesund, 1: nicht gesund, 2: kein Urteil (der Endpunkt ist aus, nicht erreichbar oder lehnt das Token ab).</translation>
    </message>
    <message>
        <source>The settings file with http.listen and http.bearerToken (default: %1).</source>
        <translation>Die Einstellungsdatei mit http.listen und http.bearerToken (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Ask this URL instead of the one the settings give.</source>
        <translation>Diese URL statt der aus den Einstellungen fragen.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 5).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>health takes no arguments; see mechdock health --help</source>
        <translation>health nimmt keine Argumente; siehe mechdock health --help</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 0 und 600</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// URL</source>
        <translation>„%1“ ist keine http://-URL</translation>
    </message>
    <message>
        <source>The health endpoint is off: http.listen is empty (settings %1, or MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.</source>
        <translation>Der Health-Endpunkt ist aus: http.listen ist leer (Einstellungen %1 oder MECHDOCK_HTTP_LISTEN). Setzen Sie ihn, z. B. auf 127.0.0.1:9374, und starten Sie den Dienst neu.</translation>
    </message>
    <message>
        <source>http.listen &quot;%1&quot; is not ADDRESS:PORT (settings %2)</source>
        <translation>http.listen „%1“ hat nicht die Form ADRESSE:PORT (Einstellungen %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>unreachable: %1: %2. Is the service running, and does http.listen match its settings?</source>
        <translation>nicht erreichbar: %1: %2. Läuft der Dienst, und stimmt http.listen mit seinen Einstellungen überein?</translation>
    </message>
    <message>
        <source>refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the service&apos;s.</source>
        <translation>abgelehnt: %1 verlangt ein Token; setzen Sie http.bearerToken oder MECHDOCK_HTTP_TOKEN auf das des Dienstes.</translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation>gesund: %1</translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation>nicht gesund: %1</translation>
    </message>
    <message>
        <source>no verdict: %1 answered HTTP %2</source>
        <translation>kein Urteil: %1 antwortete mit HTTP %2</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ImportDdcCommand</name>
    <message>
        <source>Imports a DockerDiscordControl config folder (containers, channels, admins, settings, scheduled tasks) into Mechdock.</source>
        <translation>Importiert einen DockerDiscordControl-Konfigurationsordner (Container, Kanäle, Admins, Einstellungen, geplante Aufgaben) in Mechdock.</translation>
    </message>
    <message>
        <source>DDC&apos;s config folder (the one holding config.json or bot_config.json, containers/, channels/, tasks.json).</source>
        <translation>Der Konfigurationsordner von DDC (mit config.json oder bot_config.json, containers/, channels/, tasks.json).</translation>
    </message>
    <message>
        <source>The settings file to merge into (default: %1).</source>
        <translation>Die Einstellungsdatei, in die zusammengeführt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The folder of the database (default: %1).</source>
        <translation>Der Ordner der Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Anzeigen, was importiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Store the bot token in the settings file (readable by its owner only) instead of the keychain.</source>
        <translation>Bot-Token in der Einstellungsdatei speichern (nur für den Eigentümer lesbar) statt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]</source>
        <translation>Aufruf: mechdock import-ddc ORDNER [--config PFAD] [--data-dir ORDNER] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before importing. Nothing was written.</source>
        <translation>%1 enthält Fehler; vor dem Import beheben (siehe mechdock check-config). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The merged settings are not valid; nothing was written.</source>
        <translation>Die zusammengeführten Einstellungen sind ungültig; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The bot token would be stored in %1.</source>
        <translation>Der Bot-Token würde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The bot token is stored in %1 (owner-only).</source>
        <translation>Der Bot-Token ist in %1 gespeichert (nur für den Eigentümer).</translation>
    </message>
    <message>
        <source>The bot token from %1 would be stored in the keychain.</source>
        <translation>Der Bot-Token aus %1 würde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The bot token is stored in the keychain.</source>
        <translation>Der Bot-Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN in Mechdock&apos;s environment, or run again with --token-in-file.</source>
        <translation>Der Bot-Token aus %1 wurde NICHT gespeichert: %2. DISCORD_BOT_TOKEN in Mechdocks Umgebung setzen oder erneut mit --token-in-file ausführen.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. From %1 Mechdock would import:</source>
        <translation>Probelauf, nichts wurde geschrieben. Aus %1 würde Mechdock importieren:</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importiert aus %1:</translation>
    </message>
    <message>
        <source>%1 containers, %2 channels, %3 admins, %4 tasks imported</source>
        <translation>%1 Container, %2 Kanäle, %3 Admins, %4 Aufgaben importiert</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Einstellungen geschrieben nach %1</translation>
    </message>
    <message>
        <source>Scheduled tasks stored in %1</source>
        <translation>Geplante Aufgaben gespeichert in %1</translation>
    </message>
    <message>
        <source>could not map: %1</source>
        <translation>nicht zuzuordnen: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ServiceRunner</name>
    <message>
        <source>Mechdock %1 starting as a service</source>
        <translation>Mechdock %1 startet als Dienst</translation>
    </message>
    <message>
        <source>Settings: %1%2</source>
        <translation>Einstellungen: %1%2</translation>
    </message>
    <message>
        <source> (not found: using defaults)</source>
        <translation> (nicht gefunden: Standardwerte werden verwendet)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Environment override: %1</source>
        <translation>Überschreibung aus der Umgebung: %1</translation>
    </message>
    <message>
        <source>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</source>
        <translation>Start verweigert: die obigen Einstellungen korrigieren (mechdock check-config %1 listet sie auf).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: Eigentümer und Rechte prüfen oder --data-dir angeben.</translation>
    </message>
    <message>
        <source>Signal %1: shutting down</source>
        <translation>Signal %1: wird beendet</translation>
    </message>
    <message>
        <source>The service thread did not stop in time</source>
        <translation>Der Dienst-Thread hat nicht rechtzeitig angehalten</translation>
    </message>
    <message>
        <source>Reload refused: the settings file has errors; keeping the running settings.</source>
        <translation>Neuladen abgelehnt: die Einstellungsdatei enthält Fehler; die laufenden Einstellungen bleiben aktiv.</translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation>Konfiguration neu geladen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>bot %1; %2 of %3 Docker endpoints reachable</source>
        <translation>Bot %1; %2 von %3 Docker-Endpunkten erreichbar</translation>
    </message>
    <message>
        <source>Another Mechdock engine already runs on the data folder %1 (%2, process %3 on %4, since %5). Stop it first, or give this one its own --data-dir.</source>
        <translation>Eine andere Mechdock-Engine läuft bereits auf dem Datenordner %1 (%2, Prozess %3 auf %4, seit %5). Beenden Sie sie zuerst oder geben Sie dieser ein eigenes --data-dir.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Der Datenordner kann nicht gesperrt werden: %1</translation>
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
        <translation>Unterbefehle:
  anim info|retime|resize ...     ein animiertes WebP anzeigen, neu takten oder skalieren
  check-config [PFAD]             eine Einstellungsdatei prüfen
  containers [start|stop|restart NAME]  die konfigurierten Container anzeigen oder steuern
                                  (über die laufende Engine, wenn es eine gibt)
  control fingerprint | add-key NAME  den Zertifikat-Fingerabdruck der Fernsteuerungs-API
                                  ausgeben oder einen neuen API-Schlüssel erzeugen
  health [--config PFAD]          den /health-Endpunkt des laufenden Dienstes fragen
  schedule preview AUSDRUCK       die nächsten Ausführungszeiten eines Zeitplans anzeigen
  import-ddc ORDNER [--dry-run]   einen DockerDiscordControl-Konfigurationsordner importieren</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionDecision</name>
    <message>
        <source>would not fire: %1</source>
        <translation>würde nicht auslösen: %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (übersprungen: %2)</translation>
    </message>
    <message>
        <source>would only notify</source>
        <translation>würde nur benachrichtigen</translation>
    </message>
    <message>
        <source>would %1 %2</source>
        <translation>würde %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>nach %n Sekunde</numerusform>
            <numerusform>nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>silently</source>
        <translation>ohne Benachrichtigung</translation>
    </message>
    <message>
        <source>notifying &lt;#%1&gt;</source>
        <translation>benachrichtigt &lt;#%1&gt;</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionEngine</name>
    <message>
        <source>Auto-action left out: %1</source>
        <translation>Auto-Aktion ausgelassen: %1</translation>
    </message>
    <message>
        <source>protected: no rule may touch it</source>
        <translation>geschützt: keine Regel darf ihn berühren</translation>
    </message>
    <message>
        <source>its state is not known</source>
        <translation>sein Zustand ist unbekannt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>only if running, and it is not</source>
        <translation>nur wenn er läuft, und das tut er nicht</translation>
    </message>
    <message>
        <source>only if stopped, and it runs</source>
        <translation>nur wenn er gestoppt ist, und er läuft</translation>
    </message>
    <message>
        <source>auto-actions are switched off (autoActions.enabled)</source>
        <translation>Auto-Aktionen sind ausgeschaltet (autoActions.enabled)</translation>
    </message>
    <message>
        <source>the rule is disabled</source>
        <translation>die Regel ist deaktiviert</translation>
    </message>
    <message>
        <source>the rule cools down for %1 more s</source>
        <translation>die Regel klingt noch %1 s ab</translation>
    </message>
    <message>
        <source>the global cool-down lasts %1 more s</source>
        <translation>die globale Abklingzeit dauert noch %1 s</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; matched message %2 but %3</source>
        <translation>Auto-Aktion „%1“ passte auf Nachricht %2, aber %3</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; not run: %2 firings are already waiting</source>
        <translation>Auto-Aktion „%1“ nicht ausgeführt: %2 Auslösungen warten bereits</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; fired on message %2 by %3</source>
        <translation>Auto-Aktion „%1“ ausgelöst durch Nachricht %2 von %3</translation>
    </message>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker läuft in diesem Dienst nicht.</translation>
    </message>
    <message>
        <source>auto-action &quot;%1&quot; on message %2 by %3</source>
        <translation>Auto-Aktion „%1“ bei Nachricht %2 von %3</translation>
    </message>
    <message>
        <source>Auto-action **%1** fired on a message by %2 in &lt;#%3&gt;.</source>
        <translation>Auto-Aktion **%1** wurde durch eine Nachricht von %2 in &lt;#%3&gt; ausgelöst.</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionMatcher</name>
    <message>
        <source>the message is in another channel</source>
        <translation>die Nachricht ist in einem anderen Kanal</translation>
    </message>
    <message>
        <source>the author is not one the rule listens to</source>
        <translation>der Autor gehört nicht zu denen, auf die die Regel hört</translation>
    </message>
    <message>
        <source>the author is excluded</source>
        <translation>der Autor ist ausgeschlossen</translation>
    </message>
    <message>
        <source>the ignore keyword &quot;%1&quot; occurs</source>
        <translation>das Ignorier-Schlüsselwort „%1“ kommt vor</translation>
    </message>
    <message>
        <source>the required keyword &quot;%1&quot; is missing</source>
        <translation>das erforderliche Schlüsselwort „%1“ fehlt</translation>
    </message>
    <message>
        <source>none of the keywords occurs</source>
        <translation>keines der Schlüsselwörter kommt vor</translation>
    </message>
    <message>
        <source>not every keyword occurs (missing %1)</source>
        <translation>nicht alle Schlüsselwörter kommen vor (es fehlt %1)</translation>
    </message>
    <message>
        <source>the regular expression does not match</source>
        <translation>der reguläre Ausdruck passt nicht</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>Schlüsselwörter %1</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>erforderlich %1</translation>
    </message>
    <message>
        <source>the regular expression</source>
        <translation>der reguläre Ausdruck</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionRule</name>
    <message>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>unknown author mode &quot;%1&quot;</source>
        <translation>unbekannter Autor-Modus „%1“</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>unbekannte Bedingung „%1“</translation>
    </message>
    <message>
        <source>it searches nowhere</source>
        <translation>sie sucht nirgends</translation>
    </message>
    <message>
        <source>it has neither keywords nor a regular expression</source>
        <translation>sie hat weder Schlüsselwörter noch einen regulären Ausdruck</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>it names no container</source>
        <translation>sie nennt keinen Container</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation>Fehlerhafte Interaktion ignoriert: %1</translation>
    </message>
    <message>
        <source>Sorry, this request could not be read.</source>
        <translation>Diese Anfrage konnte leider nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This kind of request is not supported.</source>
        <translation>Diese Art von Anfrage wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unbekannter Container.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>/serverstatus or /ss shows all containers. /info shows one. Buttons in control channels start, stop and restart containers. /control, /force_cleanup and /schedule are for admins. /ping, /system_health, /performance_metrics, /memory_optimization and /security_status show how Mechdock is doing.</source>
        <translation>/serverstatus oder /ss zeigt alle Container. /info zeigt einen. Buttons in Steuerkanälen starten, stoppen und starten Container neu. /control, /force_cleanup und /schedule sind für Admins. /ping, /system_health, /performance_metrics, /memory_optimization und /security_status zeigen, wie es Mechdock geht.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: not measured yet.</source>
        <translation>Pong. Gateway-Latenz: noch nicht gemessen.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: %1 ms.</source>
        <translation>Pong. Gateway-Latenz: %1 ms.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents above 0.</source>
        <translation>Der Betrag muss eine ganze Zahl von Cent über 0 sein.</translation>
    </message>
    <message>
        <source>Cool-downs: %1 allowed, %2 refused by cool-down, %3 by the per-minute caps; %4 users tracked.</source>
        <translation>Abklingzeiten: %1 erlaubt, %2 durch Abklingzeit abgewiesen, %3 durch Limits pro Minute; %4 Benutzer verfolgt.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>This button does not belong to Mechdock.</source>
        <translation>Dieser Button gehört nicht zu Mechdock.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restart every container you allow to be restarted?</source>
        <translation>Alle Container neu starten, die neu gestartet werden dürfen?</translation>
    </message>
    <message>
        <source>Stop every container you allow to be stopped?</source>
        <translation>Alle Container stoppen, die gestoppt werden dürfen?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>⏳ %1 pending…</source>
        <translation>⏳ %1 läuft…</translation>
    </message>
    <message>
        <source>No container allows this action.</source>
        <translation>Kein Container erlaubt diese Aktion.</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in a few minutes.</source>
        <translation>Zu viele falsche Passwörter; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>More is protected by a password.</source>
        <translation>Weiteres ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>🔒 Show protected info</source>
        <translation>🔒 Geschützte Infos zeigen</translation>
    </message>
    <message>
        <source>This container has no protected info.</source>
        <translation>Dieser Container hat keine geschützten Infos.</translation>
    </message>
    <message>
        <source>Protected info</source>
        <translation>Geschützte Infos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Add a Mechdock admin</source>
        <translation>Mechdock-Admin hinzufügen</translation>
    </message>
    <message>
        <source>Remove a Mechdock admin</source>
        <translation>Mechdock-Admin entfernen</translation>
    </message>
    <message>
        <source>User id or @mention</source>
        <translation>Benutzer-ID oder @Erwähnung</translation>
    </message>
    <message>
        <source>e.g. 123456789012345678</source>
        <translation>z. B. 123456789012345678</translation>
    </message>
    <message>
        <source>That is not a user id or mention. Type @ and pick the user, or paste the id (Developer Mode → Copy User ID).</source>
        <translation>Das ist keine Benutzer-ID und keine Erwähnung. Tippen Sie @ und wählen Sie den Benutzer, oder fügen Sie die ID ein (Entwicklermodus → Benutzer-ID kopieren).</translation>
    </message>
    <message>
        <source>This form does not belong to Mechdock.</source>
        <translation>Dieses Formular gehört nicht zu Mechdock.</translation>
    </message>
    <message>
        <source>Auto-actions are not available.</source>
        <translation>Auto-Aktionen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>%1 aktualisieren? Sein Image wird abgerufen; falls es sich geändert hat, wird der Container mit denselben Einstellungen daraus neu erstellt, und der alte kehrt zurück, falls der neue nicht startet.</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::LogFollower</name>
    <message>
        <source>⏹ Stop following</source>
        <translation>⏹ Nicht mehr folgen</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 Aktualisieren</translation>
    </message>
    <message>
        <source>⏹ Not following any more. Refresh to follow again.</source>
        <translation>⏹ Wird nicht mehr verfolgt. Aktualisieren, um wieder zu folgen.</translation>
    </message>
    <message numerus="yes">
        <source>🔄 Following: new lines every %1 s, %n more time(s).</source>
        <translation>
            <numerusform>🔄 Folgt: neue Zeilen alle %1 s, noch %n Mal.</numerusform>
            <numerusform>🔄 Folgt: neue Zeilen alle %1 s, noch %n Mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1**: the last lines of its log</source>
        <translation>**%1**: die letzten Zeilen des Logs</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::StatusMessageBuilder</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No containers are configured yet.</source>
        <translation>Noch keine Container konfiguriert.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>Alle neu starten</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm-Dienst</translation>
    </message>
    <message>
        <source>Swarm service, %1/%2 tasks</source>
        <translation>Swarm-Dienst, %1/%2 Tasks</translation>
    </message>
</context>
<context>
    <name>mechdock::client::InProcessEngineClient</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>The engine&apos;s control API is not running; restart Mechdock.</source>
        <translation>Die Steuer-API der Engine läuft nicht; starten Sie Mechdock neu.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::LocalClientTransport</name>
    <message>
        <source>The engine closed the connection.</source>
        <translation>Die Engine hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The engine sent a message larger than %1 bytes.</source>
        <translation>Die Engine hat eine Nachricht gesendet, die größer als %1 Bytes ist.</translation>
    </message>
    <message>
        <source>No engine is listening on %1.</source>
        <translation>Auf %1 lauscht keine Engine.</translation>
    </message>
    <message>
        <source>The engine&apos;s socket %1 refused the connection (is the service running?).</source>
        <translation>Der Socket %1 der Engine hat die Verbindung abgelehnt (läuft der Dienst?).</translation>
    </message>
    <message>
        <source>No permission to open %1: run the panel as the service&apos;s user or as a member of its control.socketGroup.</source>
        <translation>Keine Berechtigung, %1 zu öffnen: das Panel als Benutzer des Dienstes oder als Mitglied seiner control.socketGroup ausführen.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::RemoteEngineClient</name>
    <message>
        <source>The connection was replaced.</source>
        <translation>Die Verbindung wurde ersetzt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) has not been confirmed.</source>
        <translation>Das Zertifikat des Servers (SHA-256 %1) wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The engine sent something that is not the control API (%1).</source>
        <translation>Die Engine hat etwas gesendet, das nicht zur Steuer-API gehört (%1).</translation>
    </message>
    <message>
        <source>The engine speaks control protocol %1, this panel %2: update the older one.</source>
        <translation>Die Engine spricht Steuerprotokoll %1, dieses Panel %2: Bitte aktualisieren Sie die ältere Seite.</translation>
    </message>
    <message>
        <source>This engine needs an API key or a password.</source>
        <translation>Diese Engine verlangt einen API-Schlüssel oder ein Passwort.</translation>
    </message>
    <message>
        <source>Not connected to the engine: %1</source>
        <translation>Nicht mit der Engine verbunden: %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 s.</source>
        <translation>Die Engine hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to the engine yet.</source>
        <translation>Noch nicht mit der Engine verbunden.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::TlsClientTransport</name>
    <message>
        <source>The engine sent binary data, which the control API never does.</source>
        <translation>Die Engine hat Binärdaten gesendet, was die Steuer-API nie tut.</translation>
    </message>
    <message>
        <source>The engine closed the connection.</source>
        <translation>Die Engine hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The engine stopped answering (no reply for %1 s).</source>
        <translation>Die Engine antwortet nicht mehr (seit %1 s keine Antwort).</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2. If the server&apos;s certificate was replaced on purpose, connect again and confirm the new one.</source>
        <translation>Das Zertifikat der Engine hat sich geändert: sein Fingerabdruck ist %1, der bestätigte war %2. Wenn das Zertifikat des Servers absichtlich ersetzt wurde, verbinden Sie sich erneut und bestätigen Sie das neue.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate (fingerprint %1) is not confirmed yet.</source>
        <translation>Das Zertifikat der Engine (Fingerabdruck %1) ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2.</source>
        <translation>Das Zertifikat der Engine hat sich geändert: sein Fingerabdruck ist %1, der bestätigte war %2.</translation>
    </message>
</context>
<context>
    <name>mechdock::config</name>
    <message>
        <source>the keychain needs a running application</source>
        <translation>der Schlüsselbund braucht eine laufende Anwendung</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>no token is stored in the keychain</source>
        <translation>im Schlüsselbund ist kein Token gespeichert</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a string: Discord ids do not fit a JSON number</source>
        <translation>muss ein String sein: Discord-IDs passen nicht in eine JSON-Zahl</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>unbekannte Einstellung (ignoriert)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an object of name: seconds</source>
        <translation>muss ein Objekt aus Name: Sekunden sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>nicht lesbar: %1 (Eigentümer und Rechte der Datei prüfen)</translation>
    </message>
    <message>
        <source>is not valid JSON at %1: %2</source>
        <translation>ist kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>must hold a JSON object { ... }</source>
        <translation>muss ein JSON-Objekt { ... } enthalten</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>muss eine Discord-ID sein (17 bis 20 Ziffern)</translation>
    </message>
    <message>
        <source>cannot be a settings file: %1 is a file, not a folder</source>
        <translation>kann keine Einstellungsdatei sein: %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>is a folder; give the path of the settings file (mechdock.json)</source>
        <translation>ist ein Ordner; den Pfad der Einstellungsdatei angeben (mechdock.json)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); give the path of the settings file</source>
        <translation>ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); den Pfad der Einstellungsdatei angeben</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; this is not a settings file</source>
        <translation>ist größer als %1 MiB; das ist keine Einstellungsdatei</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off</source>
        <translation>muss ADRESSE:PORT sein, z. B. 127.0.0.1:9375, oder leer zum Abschalten</translation>
    </message>
    <message>
        <source>must be a group name</source>
        <translation>muss ein Gruppenname sein</translation>
    </message>
    <message>
        <source>control.certFile and control.keyFile go together: set both or neither</source>
        <translation>control.certFile und control.keyFile gehören zusammen: beide setzen oder keines</translation>
    </message>
    <message>
        <source>must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself</source>
        <translation>muss ein PBKDF2-Hash sein (pbkdf2-sha256$...), niemals das Passwort selbst</translation>
    </message>
    <message>
        <source>must be &quot;NAME|pbkdf2-sha256$...&quot; (made by mechdock control add-key)</source>
        <translation>muss &quot;NAME|pbkdf2-sha256$...&quot; sein (erzeugt mit mechdock control add-key)</translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; is used twice</source>
        <translation>der Schlüsselname „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss eines der folgenden sein: %1</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>muss 1 bis 100 Zeichen lang sein</translation>
    </message>
    <message>
        <source>name at least one author (or authorBots, authorWebhooks) when authorMode is &quot;%1&quot;</source>
        <translation>nennen Sie mindestens einen Autor (oder authorBots, authorWebhooks), wenn authorMode „%1“ ist</translation>
    </message>
    <message>
        <source>a rule needs keywords, required keywords or a regular expression: without them it would fire on every message</source>
        <translation>eine Regel braucht Schlüsselwörter, erforderliche Schlüsselwörter oder einen regulären Ausdruck: ohne sie würde sie bei jeder Nachricht auslösen</translation>
    </message>
    <message>
        <source>allowed: 0 to %1</source>
        <translation>erlaubt: 0 bis %1</translation>
    </message>
    <message>
        <source>name the containers the rule %1</source>
        <translation>nennen Sie die Container, die die Regel %1</translation>
    </message>
    <message>
        <source>at most %1 containers</source>
        <translation>höchstens %1 Container</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the containers of the settings</source>
        <translation>„%1“ ist nicht unter den Containern der Einstellungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected (autoActions.protectedContainers): no rule may touch it</source>
        <translation>„%1“ ist geschützt (autoActions.protectedContainers): keine Regel darf ihn berühren</translation>
    </message>
    <message>
        <source>the container does not allow &quot;%1&quot; (allowedActions): the action will be refused</source>
        <translation>der Container erlaubt „%1“ nicht (allowedActions): die Aktion wird abgelehnt</translation>
    </message>
    <message>
        <source>must be a host name or an IP address (empty: 127.0.0.1)</source>
        <translation>muss ein Hostname oder eine IP-Adresse sein (leer: 127.0.0.1)</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 (the protocol&apos;s usual port) to 65535</source>
        <translation>ist %1; erlaubt: 0 (der übliche Port des Protokolls) bis 65535</translation>
    </message>
    <message>
        <source>the keychain module %1 could not be loaded: %2</source>
        <translation>das Schlüsselbund-Modul %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the keychain module %1 is not installed (looked in %2)</source>
        <translation>das Schlüsselbund-Modul %1 ist nicht installiert (gesucht in %2)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionValidator</name>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>muss eine Discord-ID sein (17 bis 20 Ziffern)</translation>
    </message>
    <message>
        <source>must be &quot;name&quot; or &quot;endpoint/name&quot;</source>
        <translation>muss „name“ oder „endpoint/name“ sein</translation>
    </message>
    <message>
        <source>at most %1 rules</source>
        <translation>höchstens %1 Regeln</translation>
    </message>
    <message>
        <source>the rule name &quot;%1&quot; is used twice</source>
        <translation>der Regelname „%1“ wird zweimal verwendet</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionsJson</name>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>unbekannte Einstellung (ignoriert)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>mechdock::config::ConfigIssue</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>mechdock::config::EnvironmentOverrides</name>
    <message>
        <source>&quot;%1&quot; is not a number (sets %2)</source>
        <translation>„%1“ ist keine Zahl (setzt %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number (sets %2)</source>
        <translation>„%1“ muss eine ganze Zahl sein (setzt %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false (sets %2)</source>
        <translation>„%1“ muss true oder false sein (setzt %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::config::Reader</name>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>nicht lesbar: %1 (Eigentümer und Rechte der Datei prüfen)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not a DDC config file, skipped</source>
        <translation>ist größer als %1 MiB; keine DDC-Konfigurationsdatei, übersprungen</translation>
    </message>
    <message>
        <source>is not valid JSON at %1 (%2); nothing from this file was imported</source>
        <translation>ist kein gültiges JSON bei %1 (%2); aus dieser Datei wurde nichts importiert</translation>
    </message>
    <message>
        <source>does not hold a JSON object { ... }; nothing from this file was imported</source>
        <translation>enthält kein JSON-Objekt { ... }; aus dieser Datei wurde nichts importiert</translation>
    </message>
    <message>
        <source>holds %1 files; only the first %2 were read</source>
        <translation>enthält %1 Dateien; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>%1 is outside Mechdock&apos;s range for %2 (%3 to %4); kept %5</source>
        <translation>%1 liegt außerhalb von Mechdocks Bereich für %2 (%3 bis %4); %5 beibehalten</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no DockerDiscordControl config file (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</source>
        <translation>%1 enthält keine DockerDiscordControl-Konfigurationsdatei (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</translation>
    </message>
    <message>
        <source>Mechdock has no &quot;%1&quot; translation (it has %2); the language was not changed</source>
        <translation>Mechdock hat keine Übersetzung „%1“ (vorhanden: %2); die Sprache wurde nicht geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone; scheduler.defaultTimeZone was not changed</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone; scheduler.defaultTimeZone wurde nicht geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord id (17 to 20 digits, as a string); refused</source>
        <translation>„%1“ ist keine Discord-ID (17 bis 20 Ziffern, als String); abgelehnt</translation>
    </message>
    <message>
        <source>is not a whole number of seconds; not imported</source>
        <translation>ist keine ganze Zahl von Sekunden; nicht importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path inside DDC&apos;s container; not imported. Set docker.endpoints[].uri if Mechdock needs another socket</source>
        <translation>„%1“ ist ein Pfad innerhalb des DDC-Containers; nicht importiert. docker.endpoints[].uri setzen, falls Mechdock einen anderen Socket braucht</translation>
    </message>
    <message>
        <source>DDC&apos;s status watchdog pings an external URL; Mechdock sends no outgoing heartbeat. Point the monitor at Mechdock&apos;s /health endpoint (http.listen) instead</source>
        <translation>Der Status-Watchdog von DDC pingt eine externe URL; Mechdock sendet keinen ausgehenden Heartbeat. Den Monitor stattdessen auf Mechdocks /health-Endpunkt (http.listen) richten</translation>
    </message>
    <message>
        <source>DDC no longer reads this file; nothing imported from it</source>
        <translation>DDC liest diese Datei nicht mehr; nichts daraus importiert</translation>
    </message>
    <message>
        <source>is encrypted by DDC and cannot be imported. Store the bot token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>ist von DDC verschlüsselt und kann nicht importiert werden. Den Bot-Token auf Mechdocks Einstellungsseite speichern oder DISCORD_BOT_TOKEN setzen</translation>
    </message>
    <message>
        <source>does not look like a Discord bot token; not imported. Store the token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>sieht nicht wie ein Discord-Bot-Token aus; nicht importiert. Den Token auf Mechdocks Einstellungsseite speichern oder DISCORD_BOT_TOKEN setzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 not changed</source>
        <translation>„%1“ ist keine Zahl; %2 nicht geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; %2 not changed</source>
        <translation>„%1“ ist nicht true oder false; %2 nicht geändert</translation>
    </message>
    <message>
        <source>no Mechdock setting for %1</source>
        <translation>keine Mechdock-Einstellung für %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 to 86400 seconds; kept %2</source>
        <translation>„%1“ liegt nicht zwischen 0 und 86400 Sekunden; %2 beibehalten</translation>
    </message>
    <message>
        <source>Mechdock has no cool-down for %1; those use cooldowns.defaultSec</source>
        <translation>Mechdock hat keine Abklingzeit für %1; dafür gilt cooldowns.defaultSec</translation>
    </message>
    <message>
        <source>DDC&apos;s spam protection was off; Mechdock always enforces cool-downs and per-minute limits (set them to 0 / high values to relax them)</source>
        <translation>Der Spam-Schutz von DDC war aus; Mechdock erzwingt immer Abklingzeiten und Limits pro Minute (auf 0 bzw. hohe Werte setzen, um sie zu lockern)</translation>
    </message>
    <message>
        <source>DDC&apos;s web UI login is not imported: Mechdock&apos;s panel is a desktop application; its health endpoint has its own http.bearerToken</source>
        <translation>Der Web-UI-Login von DDC wird nicht importiert: Mechdocks Panel ist eine Desktop-Anwendung; sein Health-Endpunkt hat ein eigenes http.bearerToken</translation>
    </message>
    <message>
        <source>Mechdock has no donation key; donation links are in discord.donationLinks</source>
        <translation>Mechdock hat keinen Spendenschlüssel; Spendenlinks stehen in discord.donationLinks</translation>
    </message>
    <message>
        <source>use logging.rules (e.g. &quot;mechdock.scheduler.debug=true&quot;) instead</source>
        <translation>stattdessen logging.rules verwenden (z. B. &quot;mechdock.scheduler.debug=true&quot;)</translation>
    </message>
    <message>
        <source>DDC&apos;s log settings are not imported; see logging.* in Mechdock&apos;s settings</source>
        <translation>Die Log-Einstellungen von DDC werden nicht importiert; siehe logging.* in Mechdocks Einstellungen</translation>
    </message>
    <message>
        <source>Mechdock has no setting for the number of log lines shown</source>
        <translation>Mechdock hat keine Einstellung für die Zahl angezeigter Logzeilen</translation>
    </message>
    <message>
        <source>DDC itself no longer uses heartbeat channels; not imported</source>
        <translation>DDC selbst nutzt keine Heartbeat-Kanäle mehr; nicht importiert</translation>
    </message>
    <message>
        <source>DDC 1.x web form state; DDC itself ignores it, not imported</source>
        <translation>Formularzustand der Weboberfläche von DDC 1.x; DDC selbst ignoriert ihn, nicht importiert</translation>
    </message>
    <message>
        <source>notes about admins are not imported (Mechdock keeps only their ids)</source>
        <translation>Notizen zu Admins werden nicht importiert (Mechdock speichert nur ihre IDs)</translation>
    </message>
    <message>
        <source>is not a list of Discord user ids; no admin imported</source>
        <translation>ist keine Liste von Discord-Benutzer-IDs; kein Admin importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord user id (17 to 20 digits, as a string); refused</source>
        <translation>„%1“ ist keine Discord-Benutzer-ID (17 bis 20 Ziffern, als String); abgelehnt</translation>
    </message>
    <message>
        <source>superseded by containers/*.json (as in DDC); not imported</source>
        <translation>ersetzt durch containers/*.json (wie in DDC); nicht importiert</translation>
    </message>
    <message>
        <source>is not a list of containers; no container imported</source>
        <translation>ist keine Liste von Containern; kein Container importiert</translation>
    </message>
    <message>
        <source>is not a container object; skipped</source>
        <translation>ist kein Container-Objekt; übersprungen</translation>
    </message>
    <message>
        <source>the container has no docker_name; skipped</source>
        <translation>der Container hat keinen docker_name; übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, at most 255); refused</source>
        <translation>„%1“ ist kein Docker-Containername (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, höchstens 255); abgelehnt</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; is configured twice in DDC; this copy was skipped</source>
        <translation>Container „%1“ ist in DDC doppelt konfiguriert; diese Kopie wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused, the container name is shown instead</source>
        <translation>„%1“ ist länger als %2 Zeichen oder enthält Steuerzeichen; abgelehnt, stattdessen wird der Containername angezeigt</translation>
    </message>
    <message>
        <source>%1 not imported: Mechdock&apos;s actions are %2</source>
        <translation>%1 nicht importiert: Mechdocks Aktionen sind %2</translation>
    </message>
    <message>
        <source>is not a list; status only</source>
        <translation>ist keine Liste; nur Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 1000000; ignored</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 1000000; ignoriert</translation>
    </message>
    <message>
        <source>Mechdock does not query game servers for player counts; not imported</source>
        <translation>Mechdock fragt Spielserver nicht nach Spielerzahlen ab; nicht importiert</translation>
    </message>
    <message>
        <source>keys without a Mechdock setting: %1</source>
        <translation>Schlüssel ohne Mechdock-Einstellung: %1</translation>
    </message>
    <message>
        <source>holds control characters; refused</source>
        <translation>enthält Steuerzeichen; abgelehnt</translation>
    </message>
    <message>
        <source>is %1 characters; Mechdock keeps at most %2, the rest was cut</source>
        <translation>hat %1 Zeichen; Mechdock behält höchstens %2, der Rest wurde abgeschnitten</translation>
    </message>
    <message>
        <source>Mechdock does not look up the host&apos;s public address; put it in the info text</source>
        <translation>Mechdock ermittelt die öffentliche Adresse des Hosts nicht; sie in den Infotext schreiben</translation>
    </message>
    <message>
        <source>info was turned off in DDC; its text was not imported</source>
        <translation>Info war in DDC ausgeschaltet; der Text wurde nicht importiert</translation>
    </message>
    <message>
        <source>protected info needs a password of 1 to %1 characters; the protected part was not imported</source>
        <translation>geschützte Info braucht ein Passwort mit 1 bis %1 Zeichen; der geschützte Teil wurde nicht importiert</translation>
    </message>
    <message>
        <source>superseded by channels/*.json (as in DDC); not imported</source>
        <translation>ersetzt durch channels/*.json (wie in DDC); nicht importiert</translation>
    </message>
    <message>
        <source>is not a map of channel id to settings; no channel imported</source>
        <translation>ist keine Zuordnung von Kanal-ID zu Einstellungen; kein Kanal importiert</translation>
    </message>
    <message>
        <source>is not a channel object; skipped</source>
        <translation>ist kein Kanal-Objekt; übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord channel id (17 to 20 digits, as a string); the channel was refused</source>
        <translation>„%1“ ist keine Discord-Kanal-ID (17 bis 20 Ziffern, als String); der Kanal wurde abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused</source>
        <translation>„%1“ ist länger als %2 Zeichen oder enthält Steuerzeichen; abgelehnt</translation>
    </message>
    <message>
        <source>no command was allowed in this channel in DDC; imported as a status channel</source>
        <translation>in DDC war in diesem Kanal kein Befehl erlaubt; als Statuskanal importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 1 to %2 minutes; kept %3 minutes</source>
        <translation>„%1“ liegt nicht zwischen 1 und %2 Minuten; %3 Minuten beibehalten</translation>
    </message>
    <message>
        <source>Mechdock allows at most %1 %2 channels; this one was refused</source>
        <translation>Mechdock erlaubt höchstens %1 %2-Kanäle; dieser wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsJson</name>
    <message>
        <source>must be &quot;status&quot; or &quot;control&quot;</source>
        <translation>muss &quot;status&quot; oder &quot;control&quot; sein</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsSchema</name>
    <message>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>REST API base URL</source>
        <translation>Basis-URL der REST-API</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Keep the token in the settings file</source>
        <translation>Token in der Einstellungsdatei behalten</translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation>Gateway-Intents</translation>
    </message>
    <message>
        <source>Shards (0 = automatic)</source>
        <translation>Shards (0 = automatisch)</translation>
    </message>
    <message>
        <source>Status cache lifetime (s)</source>
        <translation>Lebensdauer des Status-Caches (s)</translation>
    </message>
    <message>
        <source>Background refresh (s)</source>
        <translation>Hintergrundaktualisierung (s)</translation>
    </message>
    <message>
        <source>Start/stop cool-down per container (s)</source>
        <translation>Start/Stopp-Abklingzeit pro Container (s)</translation>
    </message>
    <message>
        <source>Operations per batch</source>
        <translation>Operationen pro Stapel</translation>
    </message>
    <message>
        <source>Pause between batches (ms)</source>
        <translation>Pause zwischen Stapeln (ms)</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>Anfrage-Timeout (s)</translation>
    </message>
    <message>
        <source>Default cool-down (s)</source>
        <translation>Standard-Abklingzeit (s)</translation>
    </message>
    <message>
        <source>Commands per user per minute</source>
        <translation>Befehle pro Benutzer und Minute</translation>
    </message>
    <message>
        <source>Buttons per user per minute</source>
        <translation>Buttons pro Benutzer und Minute</translation>
    </message>
    <message>
        <source>Forget idle users after (s)</source>
        <translation>Inaktive Benutzer vergessen nach (s)</translation>
    </message>
    <message>
        <source>Users tracked at most</source>
        <translation>Höchstens verfolgte Benutzer</translation>
    </message>
    <message>
        <source>Monitor memory</source>
        <translation>Speicher überwachen</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>Speicherlimit (MB)</translation>
    </message>
    <message>
        <source>Sample every (s)</source>
        <translation>Messung alle (s)</translation>
    </message>
    <message>
        <source>Cache entries at most</source>
        <translation>Höchstzahl Cache-Einträge</translation>
    </message>
    <message>
        <source>Message cache entries</source>
        <translation>Einträge im Nachrichten-Cache</translation>
    </message>
    <message>
        <source>Media group cache entries</source>
        <translation>Einträge im Mediengruppen-Cache</translation>
    </message>
    <message>
        <source>Queue length at most</source>
        <translation>Höchstlänge der Warteschlange</translation>
    </message>
    <message>
        <source>User state lifetime (s)</source>
        <translation>Benutzerzustand: Lebensdauer (s)</translation>
    </message>
    <message>
        <source>Failed peer lifetime (s)</source>
        <translation>Fehlgeschlagene Peers: Lebensdauer (s)</translation>
    </message>
    <message>
        <source>Sweep expired entries at medium pressure</source>
        <translation>Abgelaufene Einträge bei mittlerem Druck entfernen</translation>
    </message>
    <message>
        <source>Halve caches at high pressure</source>
        <translation>Caches bei hohem Druck halbieren</translation>
    </message>
    <message>
        <source>Clear caches at critical pressure</source>
        <translation>Caches bei kritischem Druck leeren</translation>
    </message>
    <message>
        <source>Warning threshold (%)</source>
        <translation>Warnschwelle (%)</translation>
    </message>
    <message>
        <source>Critical threshold (%)</source>
        <translation>Kritische Schwelle (%)</translation>
    </message>
    <message>
        <source>Emergency threshold (%)</source>
        <translation>Notfallschwelle (%)</translation>
    </message>
    <message>
        <source>Database file (empty = data folder)</source>
        <translation>Datenbankdatei (leer = Datenordner)</translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation>Höchstzahl Verbindungen</translation>
    </message>
    <message>
        <source>Connections opened at start</source>
        <translation>Beim Start geöffnete Verbindungen</translation>
    </message>
    <message>
        <source>Close idle connections after (s)</source>
        <translation>Inaktive Verbindungen schließen nach (s)</translation>
    </message>
    <message>
        <source>Prepared statements cached</source>
        <translation>Prepared Statements im Cache</translation>
    </message>
    <message>
        <source>Audit log rows kept</source>
        <translation>Behaltene Zeilen im Audit-Log</translation>
    </message>
    <message>
        <source>Tasks running at once</source>
        <translation>Gleichzeitig laufende Aufgaben</translation>
    </message>
    <message>
        <source>Task timeout (s)</source>
        <translation>Aufgaben-Timeout (s)</translation>
    </message>
    <message>
        <source>Minimum minutes between tasks on a container</source>
        <translation>Mindestabstand zwischen Aufgaben eines Containers (min)</translation>
    </message>
    <message>
        <source>Re-check interval (s)</source>
        <translation>Prüfintervall (s)</translation>
    </message>
    <message>
        <source>Run missed tasks within (min)</source>
        <translation>Verpasste Aufgaben nachholen bis (min)</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Standard-Zeitzone</translation>
    </message>
    <message>
        <source>Power decay per day (cents)</source>
        <translation>Energieverlust pro Tag (Cent)</translation>
    </message>
    <message>
        <source>Top level decays</source>
        <translation>Oberste Stufe verfällt</translation>
    </message>
    <message>
        <source>Slowest animation (%)</source>
        <translation>Langsamste Animation (%)</translation>
    </message>
    <message>
        <source>Fastest animation (%)</source>
        <translation>Schnellste Animation (%)</translation>
    </message>
    <message>
        <source>Speed step (%)</source>
        <translation>Geschwindigkeitsschritt (%)</translation>
    </message>
    <message>
        <source>Animations kept in memory</source>
        <translation>Animationen im Speicher</translation>
    </message>
    <message>
        <source>Animation disk cache (MB)</source>
        <translation>Animations-Festplattencache (MB)</translation>
    </message>
    <message>
        <source>Health endpoint address</source>
        <translation>Adresse des Health-Endpunkts</translation>
    </message>
    <message>
        <source>Health endpoint token</source>
        <translation>Token des Health-Endpunkts</translation>
    </message>
    <message>
        <source>Language (empty = system)</source>
        <translation>Sprache (leer = System)</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>Logging rules</source>
        <translation>Logging-Regeln</translation>
    </message>
    <message>
        <source>Log file size (KB)</source>
        <translation>Größe der Logdatei (KB)</translation>
    </message>
    <message>
        <source>Log files kept</source>
        <translation>Behaltene Logdateien</translation>
    </message>
    <message>
        <source>Log lines kept in memory</source>
        <translation>Logzeilen im Speicher</translation>
    </message>
    <message>
        <source>Guild ids</source>
        <translation>Guild-IDs</translation>
    </message>
    <message>
        <source>Admin user ids</source>
        <translation>Admin-Benutzer-IDs</translation>
    </message>
    <message>
        <source>Admin role ids</source>
        <translation>Admin-Rollen-IDs</translation>
    </message>
    <message>
        <source>Decay per level</source>
        <translation>Energieverlust je Stufe</translation>
    </message>
    <message>
        <source>Unhealthy when Discord is unreachable for (s)</source>
        <translation>Nicht gesund, wenn Discord länger unerreichbar ist als (s)</translation>
    </message>
    <message>
        <source>Unhealthy when the data folder&apos;s disk has less free (MB)</source>
        <translation>Nicht gesund, wenn auf dem Datenträger des Datenordners weniger frei ist als (MB)</translation>
    </message>
    <message>
        <source>Remote control address (TLS; empty = off)</source>
        <translation>Adresse der Fernsteuerung (TLS; leer = aus)</translation>
    </message>
    <message>
        <source>Group that may use the local control socket</source>
        <translation>Gruppe, die den lokalen Steuer-Socket nutzen darf</translation>
    </message>
    <message>
        <source>Remote control certificate (PEM; empty = self-signed)</source>
        <translation>Zertifikat der Fernsteuerung (PEM; leer = selbstsigniert)</translation>
    </message>
    <message>
        <source>Remote control private key (PEM)</source>
        <translation>Privater Schlüssel der Fernsteuerung (PEM)</translation>
    </message>
    <message>
        <source>Remote control password (PBKDF2 hash)</source>
        <translation>Passwort der Fernsteuerung (PBKDF2-Hash)</translation>
    </message>
    <message>
        <source>Concurrent stats requests per host</source>
        <translation>Gleichzeitige Statistikabfragen pro Host</translation>
    </message>
    <message>
        <source>Web page address (empty = off)</source>
        <translation>Adresse der Webseite (leer = aus)</translation>
    </message>
    <message>
        <source>Web page: log out after this many idle minutes</source>
        <translation>Webseite: nach so vielen Minuten Inaktivität abmelden</translation>
    </message>
    <message>
        <source>Web page over HTTPS (the remote control certificate)</source>
        <translation>Webseite über HTTPS (das Zertifikat der Fernsteuerung)</translation>
    </message>
    <message>
        <source>Crash alerts: Discord channel id (empty = log only)</source>
        <translation>Absturzmeldungen: Discord-Kanal-ID (leer = nur Protokoll)</translation>
    </message>
    <message>
        <source>Crash alerts: log lines shown</source>
        <translation>Absturzmeldungen: gezeigte Protokollzeilen</translation>
    </message>
    <message>
        <source>Restart loop: crashes</source>
        <translation>Neustartschleife: Abstürze</translation>
    </message>
    <message>
        <source>Restart loop: within (s)</source>
        <translation>Neustartschleife: innerhalb von (s)</translation>
    </message>
    <message>
        <source>Heartbeat: push URL pinged while healthy (empty = off)</source>
        <translation>Heartbeat: Push-URL, aufgerufen solange gesund (leer = aus)</translation>
    </message>
    <message>
        <source>Heartbeat: every (minutes)</source>
        <translation>Heartbeat: alle (Minuten)</translation>
    </message>
    <message>
        <source>Player counts: ask a game server again after (s)</source>
        <translation>Spielerzahlen: Spielserver erneut abfragen nach (s)</translation>
    </message>
    <message>
        <source>Player counts: wait for an answer (ms)</source>
        <translation>Spielerzahlen: auf Antwort warten (ms)</translation>
    </message>
    <message>
        <source>Player counts: queries at once</source>
        <translation>Spielerzahlen: gleichzeitige Abfragen</translation>
    </message>
    <message>
        <source>Auto-actions: act on Discord messages</source>
        <translation>Auto-Aktionen: auf Discord-Nachrichten reagieren</translation>
    </message>
    <message>
        <source>Auto-actions: pause between any two firings (s)</source>
        <translation>Auto-Aktionen: Pause zwischen zwei Auslösungen (s)</translation>
    </message>
    <message>
        <source>Auto-actions: notification channel (empty = silent)</source>
        <translation>Auto-Aktionen: Benachrichtigungskanal (leer = still)</translation>
    </message>
    <message>
        <source>Auto-actions: firings kept in the history</source>
        <translation>Auto-Aktionen: im Verlauf gespeicherte Auslösungen</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>die Rechte von %1 können nicht eingeschränkt werden</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsValidator</name>
    <message>
        <source>is %1; allowed: %2 to %3</source>
        <translation>ist %1; erlaubt: %2 bis %3</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>muss eine Discord-ID sein (17 bis 20 Ziffern)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</source>
        <translation>muss eine http://- oder https://-URL sein, z. B. https://discord.com/api/v10</translation>
    </message>
    <message>
        <source>contains spaces or line breaks; paste only the token itself</source>
        <translation>enthält Leerzeichen oder Zeilenumbrüche; nur den Token selbst einfügen</translation>
    </message>
    <message>
        <source>this channel is configured twice</source>
        <translation>dieser Kanal ist doppelt konfiguriert</translation>
    </message>
    <message>
        <source>is %1; allowed: 10 to 86400</source>
        <translation>ist %1; erlaubt: 10 bis 86400</translation>
    </message>
    <message>
        <source>is %1; allowed: 60 to 604800</source>
        <translation>ist %1; erlaubt: 60 bis 604800</translation>
    </message>
    <message>
        <source>has %1 status channels; at most %2</source>
        <translation>hat %1 Statuskanäle; höchstens %2</translation>
    </message>
    <message>
        <source>has %1 control channels; at most %2</source>
        <translation>hat %1 Steuerkanäle; höchstens %2</translation>
    </message>
    <message>
        <source>must be &quot;label|https://...&quot;</source>
        <translation>muss &quot;label|https://...&quot; sein</translation>
    </message>
    <message>
        <source>needs at least one endpoint</source>
        <translation>braucht mindestens einen Endpunkt</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>another endpoint has this name</source>
        <translation>ein anderer Endpunkt hat diesen Namen</translation>
    </message>
    <message>
        <source>must start with unix://, npipe://, tcp:// or https://</source>
        <translation>muss mit unix://, npipe://, tcp:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>needs a host and a port</source>
        <translation>braucht einen Host und einen Port</translation>
    </message>
    <message>
        <source>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</source>
        <translation>wird bei eingeschaltetem tlsVerify gebraucht (ca.pem, cert.pem, key.pem)</translation>
    </message>
    <message>
        <source>must be a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>muss ein Docker-Containername sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>names no configured endpoint (&quot;%1&quot;)</source>
        <translation>nennt keinen konfigurierten Endpunkt („%1“)</translation>
    </message>
    <message>
        <source>this container is configured twice</source>
        <translation>dieser Container ist doppelt konfiguriert</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer von diesen sein: %1</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>is %1 characters; at most %2</source>
        <translation>hat %1 Zeichen; höchstens %2</translation>
    </message>
    <message>
        <source>is needed for protected info: set a password in the panel or with &apos;mechdock hash-password&apos;</source>
        <translation>wird für geschützte Infos gebraucht: im Panel oder mit &apos;mechdock hash-password&apos; ein Passwort setzen</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 to 86400</source>
        <translation>ist %1; erlaubt: 0 bis 86400</translation>
    </message>
    <message>
        <source>thresholds must rise: warning &lt; critical &lt; emergency</source>
        <translation>Schwellen müssen steigen: Warnung &lt; kritisch &lt; Notfall</translation>
    </message>
    <message>
        <source>is larger than database.maxConnections (%1)</source>
        <translation>ist größer als database.maxConnections (%1)</translation>
    </message>
    <message>
        <source>must be below mech.maxSpeedPercent</source>
        <translation>muss unter mech.maxSpeedPercent liegen</translation>
    </message>
    <message>
        <source>must divide the distance from 100 % to both speed limits, so 100 % is a step</source>
        <translation>muss den Abstand von 100 % zu beiden Geschwindigkeitsgrenzen teilen, damit 100 % ein Schritt ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</source>
        <translation>muss ADRESSE:PORT sein, z. B. 127.0.0.1:9374, oder leer zum Abschalten</translation>
    </message>
    <message>
        <source>must be &quot;LEVEL:CENTS_PER_DAY&quot; with a level from 1 to 11 and 0 to 1000000 cents, e.g. &quot;11:0&quot;</source>
        <translation>muss &quot;LEVEL:CENTS_PER_DAY&quot; sein, mit einer Stufe von 1 bis 11 und 0 bis 1000000 Cent, z. B. &quot;11:0&quot;</translation>
    </message>
    <message>
        <source>level %1 is given more than once</source>
        <translation>Stufe %1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off</source>
        <translation>muss ADDRESS:PORT sein, z. B. 0.0.0.0:9380, oder leer zum Abschalten</translation>
    </message>
    <message>
        <source>must be a Discord channel id (digits), or empty</source>
        <translation>muss eine Discord-Kanal-ID (Ziffern) oder leer sein</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, or empty</source>
        <translation>muss eine http://- oder https://-URL oder leer sein</translation>
    </message>
    <message>
        <source>must be a Swarm service name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>muss ein Swarm-Dienstname sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>a Swarm service is updated by Swarm (docker service update --image); remove &quot;update&quot;</source>
        <translation>ein Swarm-Dienst wird von Swarm aktualisiert (docker service update --image); entfernen Sie &quot;update&quot;</translation>
    </message>
    <message>
        <source>must be an image tag (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128), or empty for the container&apos;s own</source>
        <translation>muss ein Image-Tag sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; höchstens 128) oder leer für das eigene des Containers</translation>
    </message>
    <message>
        <source>is for containers; Swarm rolls out a service&apos;s image</source>
        <translation>gilt nur für Container; Swarm verteilt das Image eines Dienstes selbst</translation>
    </message>
</context>
<context>
    <name>mechdock::control</name>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>Die Nachricht ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>Eine Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>hello needs &quot;protocol&quot;, a whole number.</source>
        <translation>hello braucht &quot;protocol&quot; als ganze Zahl.</translation>
    </message>
    <message>
        <source>hello&apos;s &quot;client&quot; must be a string.</source>
        <translation>&quot;client&quot; in hello muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>auth needs &quot;key&quot;, or &quot;user&quot; and &quot;password&quot;, as strings.</source>
        <translation>auth braucht &quot;key&quot; oder &quot;user&quot; und &quot;password&quot; als Zeichenketten.</translation>
    </message>
    <message>
        <source>A request needs &quot;id&quot;, a whole number from 0 to 2^53.</source>
        <translation>Eine Anfrage braucht &quot;id&quot; als ganze Zahl von 0 bis 2^53.</translation>
    </message>
    <message>
        <source>A request needs &quot;method&quot;, a string.</source>
        <translation>Eine Anfrage braucht &quot;method&quot; als Zeichenkette.</translation>
    </message>
    <message>
        <source>A request&apos;s &quot;params&quot; must be an object.</source>
        <translation>&quot;params&quot; einer Anfrage muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot load OpenSSL&apos;s libcrypto to make the control API&apos;s certificate (%1): install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>libcrypto von OpenSSL kann nicht geladen werden, um das Zertifikat der Steuer-API zu erzeugen (%1): libssl3 installieren oder control.certFile/control.keyFile angeben.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which the control API&apos;s certificate needs: install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>%1 fehlt %2, das für das Zertifikat der Steuer-API gebraucht wird: libssl3 installieren oder control.certFile/control.keyFile angeben.</translation>
    </message>
    <message>
        <source>Could not make the control API&apos;s certificate (%1).</source>
        <translation>Das Zertifikat der Steuer-API konnte nicht erzeugt werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::AutoActionControl</name>
    <message>
        <source>&quot;content&quot; must be a string.</source>
        <translation>„content“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;content&quot; holds at most %1 characters.</source>
        <translation>„content“ enthält höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;embeds&quot; must be a list of embed objects.</source>
        <translation>„embeds“ muss eine Liste von Embed-Objekten sein.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rule objects.</source>
        <translation>„rules“ muss eine Liste von Regelobjekten sein.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlAuthenticator</name>
    <message>
        <source>The key or password is not valid.</source>
        <translation>Der Schlüssel oder das Passwort ist ungültig.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlDispatcher</name>
    <message>
        <source>%1 is not answered by the engine.</source>
        <translation>%1 wird von der Engine nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1 is configured on several endpoints (%2); name one.</source>
        <translation>%1 ist auf mehreren Endpunkten konfiguriert (%2); einen davon angeben.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>containers.logs needs &quot;name&quot; and &quot;lines&quot; from 1 to %1.</source>
        <translation>containers.logs braucht &quot;name&quot; und &quot;lines&quot; von 1 bis %1.</translation>
    </message>
    <message>
        <source>The scheduler is not running (no database).</source>
        <translation>Der Zeitplaner läuft nicht (keine Datenbank).</translation>
    </message>
    <message>
        <source>&quot;upcoming&quot; must be from 0 to 20.</source>
        <translation>&quot;upcoming&quot; muss zwischen 0 und 20 liegen.</translation>
    </message>
    <message>
        <source>scheduler.update needs the task&apos;s &quot;id&quot;.</source>
        <translation>scheduler.update braucht die &quot;id&quot; der Aufgabe.</translation>
    </message>
    <message>
        <source>scheduler.remove needs &quot;id&quot;.</source>
        <translation>scheduler.remove braucht &quot;id&quot;.</translation>
    </message>
    <message>
        <source>scheduler.preview needs &quot;expression&quot; and &quot;count&quot; from 1 to 50.</source>
        <translation>scheduler.preview braucht &quot;expression&quot; und &quot;count&quot; von 1 bis 50.</translation>
    </message>
    <message>
        <source>The mech is not running (no database).</source>
        <translation>Der Mech läuft nicht (keine Datenbank).</translation>
    </message>
    <message>
        <source>mech.donate needs &quot;cents&quot;, a whole number above 0.</source>
        <translation>mech.donate braucht &quot;cents&quot; als ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be from 1 to %1.</source>
        <translation>&quot;limit&quot; muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The audit log is not available (no database).</source>
        <translation>Das Audit-Log ist nicht verfügbar (keine Datenbank).</translation>
    </message>
    <message>
        <source>The memory monitor is not running.</source>
        <translation>Der Speichermonitor läuft nicht.</translation>
    </message>
    <message>
        <source>settings.setToken needs &quot;token&quot; (one line) and &quot;where&quot;: auto, keychain or file.</source>
        <translation>settings.setToken braucht &quot;token&quot; (eine Zeile) und &quot;where&quot;: auto, keychain oder file.</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>Der Schlüsselbund hat den Token nicht angenommen: %1</translation>
    </message>
    <message>
        <source>There is no token to check: paste one, or store one first.</source>
        <translation>Es gibt keinen Token zu prüfen: Fügen Sie einen ein oder speichern Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Discord refused this token (401): it is wrong, or it was reset in the developer portal.</source>
        <translation>Discord hat diesen Token abgelehnt (401): Er ist falsch oder wurde im Entwicklerportal zurückgesetzt.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord antwortete %1: %2</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Der Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be big or small.</source>
        <translation>&quot;size&quot; muss big oder small sein.</translation>
    </message>
    <message>
        <source>The animation is larger than %1 bytes.</source>
        <translation>Die Animation ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>There is no bot token yet: store one, then the channels can be listed.</source>
        <translation>Es gibt noch keinen Bot-Token: Speichern Sie einen, dann lassen sich die Kanäle auflisten.</translation>
    </message>
    <message>
        <source>The bot is in no server yet, and no server id is configured: invite the bot to your server first.</source>
        <translation>Der Bot ist noch auf keinem Server, und keine Server-ID ist eingestellt: Laden Sie den Bot zuerst auf Ihren Server ein.</translation>
    </message>
    <message>
        <source>containers.action needs &quot;name&quot; and &quot;action&quot; (start, stop, restart or update).</source>
        <translation>containers.action benötigt „name“ und „action“ (start, stop, restart oder update).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlProtocol</name>
    <message>
        <source>Unknown message type &quot;%1&quot;; expected hello, auth or request.</source>
        <translation>Unbekannter Nachrichtentyp „%1“; erwartet: hello, auth oder request.</translation>
    </message>
    <message>
        <source>Unknown message type from the server.</source>
        <translation>Unbekannter Nachrichtentyp vom Server.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlServer</name>
    <message>
        <source>The service is stopping.</source>
        <translation>Der Dienst wird beendet.</translation>
    </message>
    <message>
        <source>Control socket %1 is in use by another engine; not listening</source>
        <translation>Steuer-Socket %1 wird von einer anderen Engine benutzt; es wird nicht gelauscht</translation>
    </message>
    <message>
        <source>Control socket %1 not available: %2</source>
        <translation>Steuer-Socket %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Control socket: cannot give it to group %1; only the owner may use it</source>
        <translation>Steuer-Socket: kann nicht der Gruppe %1 zugewiesen werden; nur der Eigentümer darf ihn nutzen</translation>
    </message>
    <message>
        <source>Control API on %1</source>
        <translation>Steuer-API auf %1</translation>
    </message>
    <message>
        <source>Remote access was turned off or changed.</source>
        <translation>Der Fernzugriff wurde abgeschaltet oder geändert.</translation>
    </message>
    <message>
        <source>no TLS connection was made (a plain-text client, or one that refused the certificate): %1</source>
        <translation>keine TLS-Verbindung zustande gekommen (ein Klartext-Client oder einer, der das Zertifikat abgelehnt hat): %1</translation>
    </message>
    <message>
        <source>control.remoteListen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>control.remoteListen „%1“ ist nicht ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Remote control API off: %1</source>
        <translation>Fernsteuerungs-API aus: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Remote control API on wss://%1:%2 (TLS); certificate SHA-256 fingerprint %3</source>
        <translation>Fernsteuerungs-API auf wss://%1:%2 (TLS); SHA-256-Fingerabdruck des Zertifikats %3</translation>
    </message>
    <message>
        <source>Remote control API: no API key or password is set, so every remote client is refused; add one with: mechdock control add-key NAME</source>
        <translation>Fernsteuerungs-API: kein API-Schlüssel und kein Passwort gesetzt, daher wird jeder entfernte Client abgelehnt; einen hinzufügen mit: mechdock control add-key NAME</translation>
    </message>
    <message>
        <source>The engine serves at most %1 clients.</source>
        <translation>Die Engine bedient höchstens %1 Clients.</translation>
    </message>
    <message>
        <source>refused without checking: too many failures</source>
        <translation>ohne Prüfung abgelehnt: zu viele Fehlversuche</translation>
    </message>
    <message>
        <source>Too many failed attempts from %1; try again in a minute.</source>
        <translation>Zu viele Fehlversuche von %1; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>wrong %1 (client &quot;%2&quot;)</source>
        <translation>%1 falsch (Client „%2“)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Control API: failed authentication from %1</source>
        <translation>Steuer-API: fehlgeschlagene Authentifizierung von %1</translation>
    </message>
    <message>
        <source>Web page off: cannot listen on %1: %2</source>
        <translation>Webseite aus: kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Web page on %1://%2:%3/</source>
        <translation>Webseite auf %1://%2:%3/</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlSession</name>
    <message>
        <source>No hello and authentication within %1 seconds.</source>
        <translation>Kein hello und keine Authentifizierung innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Control client %1 dropped: it does not read what it is sent (%2 bytes waiting)</source>
        <translation>Steuer-Client %1 getrennt: er liest nicht, was ihm gesendet wird (%2 Bytes ausstehend)</translation>
    </message>
    <message>
        <source>hello was already sent.</source>
        <translation>hello wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>This server speaks control protocol %1, the client %2: please update the %3.</source>
        <translation>Dieser Server spricht Steuerprotokoll %1, der Client %2: Bitte aktualisieren Sie den %3.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>Zuerst hello senden.</translation>
    </message>
    <message>
        <source>Authenticate first (auth with a key or password).</source>
        <translation>Zuerst authentifizieren (auth mit Schlüssel oder Passwort).</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <source>Too many requests at once (%1); wait for answers.</source>
        <translation>Zu viele gleichzeitige Anfragen (%1); auf Antworten warten.</translation>
    </message>
    <message>
        <source>Unknown topic &quot;%1&quot;; topics are snapshot and logs.</source>
        <translation>Unbekanntes Thema „%1“; Themen sind snapshot und logs.</translation>
    </message>
    <message>
        <source>&quot;topics&quot; must list snapshot and/or logs.</source>
        <translation>&quot;topics&quot; muss snapshot und/oder logs aufführen.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::GuildChannelLister</name>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the bot may not view this server&apos;s channels</source>
        <translation>der Bot darf die Kanäle dieses Servers nicht sehen</translation>
    </message>
    <message>
        <source>the bot is not in this server</source>
        <translation>der Bot ist nicht auf diesem Server</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::LocalChannel</name>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>Eine Zeile ist länger als %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (EC oder RSA).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ValueJson</name>
    <message>
        <source>&quot;action&quot; must be start, stop or restart.</source>
        <translation>&quot;action&quot; muss start, stop oder restart sein.</translation>
    </message>
    <message>
        <source>A task needs &quot;container&quot; and &quot;schedule&quot;.</source>
        <translation>Eine Aufgabe braucht &quot;container&quot; und &quot;schedule&quot;.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebPageServer</name>
    <message>
        <source>web.listen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>web.listen „%1“ hat nicht die Form ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Web page: no password is set yet. Open it and enter the setup code %1 to choose one.</source>
        <translation>Webseite: Es ist noch kein Passwort gesetzt. Die Seite öffnen und den Einrichtungscode %1 eingeben, um eines zu wählen.</translation>
    </message>
    <message>
        <source>This request came from another site and was refused.</source>
        <translation>Diese Anfrage kam von einer anderen Website und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Send the request as JSON.</source>
        <translation>Die Anfrage als JSON senden.</translation>
    </message>
    <message>
        <source>The page&apos;s security token is missing or out of date; reload the page and try again.</source>
        <translation>Das Sicherheitstoken der Seite fehlt oder ist veraltet; die Seite neu laden und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Das Passwort eingeben.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ein Name besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>A password is already set; log in with it.</source>
        <translation>Es ist bereits ein Passwort gesetzt; damit anmelden.</translation>
    </message>
    <message>
        <source>Too many wrong setup codes from %1; try again in a minute.</source>
        <translation>Zu viele falsche Einrichtungscodes von %1; in einer Minute noch einmal versuchen.</translation>
    </message>
    <message>
        <source>wrong setup code</source>
        <translation>falscher Einrichtungscode</translation>
    </message>
    <message>
        <source>That is not the setup code in the service&apos;s log.</source>
        <translation>Das ist nicht der Einrichtungscode aus dem Log des Dienstes.</translation>
    </message>
    <message>
        <source>The settings file %1 has errors; fix it before setting a password.</source>
        <translation>Die Einstellungsdatei %1 enthält Fehler; sie vor dem Setzen eines Passworts korrigieren.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>Web page: the password was set from %1</source>
        <translation>Webseite: das Passwort wurde von %1 aus gesetzt</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebSocketChannel</name>
    <message>
        <source>Messages are JSON text; binary messages are not accepted.</source>
        <translation>Nachrichten sind JSON-Text; Binärnachrichten werden nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordApi</name>
    <message>
        <source>Could not read the registered commands.</source>
        <translation>Die registrierten Befehle konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not register the commands.</source>
        <translation>Die Befehle konnten nicht registriert werden.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordGateway</name>
    <message>
        <source>Discord rejected the bot token (401 on /gateway/bot). Set a valid token; the bot stays offline until then.</source>
        <translation>Discord hat den Bot-Token abgelehnt (401 auf /gateway/bot). Einen gültigen Token setzen; bis dahin bleibt der Bot offline.</translation>
    </message>
    <message>
        <source>Could not get the gateway address from Discord:</source>
        <translation>Gateway-Adresse konnte nicht von Discord abgerufen werden:</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayCloseCode</name>
    <message>
        <source>Discord reported an unknown error; resuming.</source>
        <translation>Discord meldete einen unbekannten Fehler; Sitzung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Discord did not understand an opcode; resuming.</source>
        <translation>Discord hat einen Opcode nicht verstanden; Sitzung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Discord could not decode a payload; resuming.</source>
        <translation>Discord konnte eine Nutzlast nicht dekodieren; Sitzung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>A payload was sent before identifying; identifying again.</source>
        <translation>Eine Nutzlast wurde vor der Identifizierung gesendet; erneute Identifizierung.</translation>
    </message>
    <message>
        <source>The session was already authenticated; resuming.</source>
        <translation>Die Sitzung war bereits authentifiziert; Sitzung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The resume sequence was invalid; starting a new session.</source>
        <translation>Die Resume-Sequenz war ungültig; neue Sitzung wird gestartet.</translation>
    </message>
    <message>
        <source>Too many gateway events were sent; resuming after a pause.</source>
        <translation>Zu viele Gateway-Ereignisse gesendet; Fortsetzung nach einer Pause.</translation>
    </message>
    <message>
        <source>The session timed out; starting a new session.</source>
        <translation>Zeitüberschreitung der Sitzung; neue Sitzung wird gestartet.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (close code 4004). Set a valid token in the settings or DISCORD_BOT_TOKEN; the bot stays offline until then.</source>
        <translation>Discord hat den Bot-Token abgelehnt (Close-Code 4004). Einen gültigen Token in den Einstellungen oder in DISCORD_BOT_TOKEN setzen; bis dahin bleibt der Bot offline.</translation>
    </message>
    <message>
        <source>Discord rejected the shard id (close code 4010). Check the shard count setting.</source>
        <translation>Discord hat die Shard-ID abgelehnt (Close-Code 4010). Die Einstellung für die Shard-Anzahl prüfen.</translation>
    </message>
    <message>
        <source>Discord requires sharding for this bot (close code 4011). Set the shard count to 0 so Discord&apos;s recommendation is used, or raise it.</source>
        <translation>Discord verlangt Sharding für diesen Bot (Close-Code 4011). Die Shard-Anzahl auf 0 setzen, damit Discords Empfehlung gilt, oder erhöhen.</translation>
    </message>
    <message>
        <source>Discord rejected the gateway API version (close code 4012). This build of Mechdock needs an update.</source>
        <translation>Discord hat die Gateway-API-Version abgelehnt (Close-Code 4012). Dieser Mechdock-Build braucht ein Update.</translation>
    </message>
    <message>
        <source>Discord rejected the intents value (close code 4013). Check the intents setting.</source>
        <translation>Discord hat den Intents-Wert abgelehnt (Close-Code 4013). Die Intents-Einstellung prüfen.</translation>
    </message>
    <message>
        <source>The gateway connection closed; resuming.</source>
        <translation>Die Gateway-Verbindung wurde geschlossen; Sitzung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Discord refused a privileged intent (close code 4014). Enable it in the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, or remove it from the intents setting.</source>
        <translation>Discord hat einen privilegierten Intent abgelehnt (Close-Code 4014). Aktivieren Sie ihn im Discord Developer Portal → Ihre Anwendung → Bot → Privileged Gateway Intents, oder entfernen Sie ihn aus der Einstellung intents.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayShard</name>
    <message>
        <source>closed with code %1: %2</source>
        <translation>mit Code %1 geschlossen: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::RestClient</name>
    <message>
        <source>The Discord request queue is full (%1 requests); the request was dropped.</source>
        <translation>Die Discord-Anfragewarteschlange ist voll (%1 Anfragen); die Anfrage wurde verworfen.</translation>
    </message>
    <message>
        <source>Discord kept rate-limiting this request; it was given up.</source>
        <translation>Discord hat diese Anfrage wiederholt gedrosselt; sie wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Discord answered with server error %1.</source>
        <translation>Discord antwortete mit Serverfehler %1.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (401).</source>
        <translation>Discord hat den Bot-Token abgelehnt (401).</translation>
    </message>
    <message>
        <source>The bot lacks the permission for this in Discord (403).</source>
        <translation>Dem Bot fehlt dafür die Berechtigung in Discord (403).</translation>
    </message>
    <message>
        <source>Discord does not know this message, channel or interaction (404).</source>
        <translation>Discord kennt diese Nachricht, diesen Kanal oder diese Interaktion nicht (404).</translation>
    </message>
    <message>
        <source>Discord refused the request (%1): %2</source>
        <translation>Discord hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The answer could no longer reach Discord in time and was not sent.</source>
        <translation>Die Antwort hätte Discord nicht mehr rechtzeitig erreicht und wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::ZlibStreamInflater</name>
    <message>
        <source>The compressed gateway stream is unusable.</source>
        <translation>Der komprimierte Gateway-Stream ist unbrauchbar.</translation>
    </message>
    <message>
        <source>A compressed gateway message exceeded the size limit.</source>
        <translation>Eine komprimierte Gateway-Nachricht hat das Größenlimit überschritten.</translation>
    </message>
    <message>
        <source>The compressed gateway stream is corrupt: %1</source>
        <translation>Der komprimierte Gateway-Stream ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A gateway message exceeded the size limit after decompression.</source>
        <translation>Eine Gateway-Nachricht hat nach dem Entpacken das Größenlimit überschritten.</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerController</name>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>kein Docker-Endpunkt namens „%1“</translation>
    </message>
    <message>
        <source>%1 was started, stopped or restarted %2 s ago; to protect it from rapid toggling, try again in %3 s</source>
        <translation>%1 wurde vor %2 s gestartet, gestoppt oder neu gestartet; zum Schutz vor schnellem Umschalten in %3 s erneut versuchen</translation>
    </message>
    <message>
        <source>too many statistics requests are waiting; try again shortly</source>
        <translation>zu viele Statistikabfragen warten; gleich erneut versuchen</translation>
    </message>
    <message>
        <source>%1 on %2 is not a configured container</source>
        <translation>%1 auf %2 ist kein konfigurierter Container</translation>
    </message>
    <message>
        <source>only Mechdock administrators may update %1</source>
        <translation>nur Mechdock-Administratoren dürfen %1 aktualisieren</translation>
    </message>
    <message>
        <source>an update of %1 is already running</source>
        <translation>eine Aktualisierung von %1 läuft bereits</translation>
    </message>
    <message>
        <source>%1 is a Swarm service: Swarm rolls out its new image (docker service update --image)</source>
        <translation>%1 ist ein Swarm-Dienst: Swarm verteilt sein neues Image selbst (docker service update --image)</translation>
    </message>
    <message>
        <source>a Swarm service is not updated here</source>
        <translation>ein Swarm-Dienst wird hier nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerStatusCache</name>
    <message>
        <source>Up less than a second</source>
        <translation>Seit weniger als einer Sekunde aktiv</translation>
    </message>
    <message>
        <source>Exited (%1) just now</source>
        <translation>Gerade beendet (%1)</translation>
    </message>
    <message>
        <source>Exited just now</source>
        <translation>Gerade beendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>kein Docker-Endpunkt namens „%1“</translation>
    </message>
    <message>
        <source>no container named &quot;%1&quot; on %2</source>
        <translation>kein Container namens „%1“ auf %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no status from Docker for more than %1 s</source>
        <translation>seit mehr als %1 s kein Status von Docker</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerUpdater</name>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>„%1“ ist kein gültiges Image-Tag</translation>
    </message>
    <message>
        <source>the Docker endpoint went away</source>
        <translation>der Docker-Endpunkt ist verschwunden</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no container or image id</source>
        <translation>Dockers Beschreibung von %1 enthält keine Container- oder Image-ID</translation>
    </message>
    <message>
        <source>%1 was created from an image id, not a name; there is nothing to pull</source>
        <translation>%1 wurde aus einer Image-ID erstellt, nicht aus einem Namen; es gibt nichts herunterzuladen</translation>
    </message>
    <message>
        <source>%1 is pinned to the digest %2; give a tag to update it</source>
        <translation>%1 ist auf den Digest %2 festgelegt; geben Sie ein Tag an, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>pull failed: not finished within %1 s</source>
        <translation>Pull fehlgeschlagen: nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>pull of %1 failed: %2</source>
        <translation>Pull von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no id</source>
        <translation>Dockers Beschreibung von %1 enthält keine ID</translation>
    </message>
    <message>
        <source>%1 is already up to date (image %2)</source>
        <translation>%1 ist bereits aktuell (Image %2)</translation>
    </message>
    <message>
        <source>create failed: Docker&apos;s answer has no container id</source>
        <translation>Erstellen fehlgeschlagen: Dockers Antwort enthält keine Container-ID</translation>
    </message>
    <message>
        <source>the new container did not become ready within %1 s</source>
        <translation>der neue Container wurde nicht innerhalb von %1 s bereit</translation>
    </message>
    <message>
        <source>the new container stopped (exit code %1)</source>
        <translation>der neue Container wurde gestoppt (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the new container&apos;s health check failed</source>
        <translation>die Integritätsprüfung des neuen Containers ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 updated: image %2 → %3</source>
        <translation>%1 aktualisiert: Image %2 → %3</translation>
    </message>
    <message>
        <source>the old container is kept as %1: %2</source>
        <translation>der alte Container wird als %1 behalten: %2</translation>
    </message>
    <message>
        <source>update of %1 failed: %2</source>
        <translation>Aktualisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the old container runs again</source>
        <translation>der alte Container läuft wieder</translation>
    </message>
    <message>
        <source>the old container is back</source>
        <translation>der alte Container ist zurück</translation>
    </message>
    <message>
        <source>rolling back failed too: %1</source>
        <translation>auch das Zurücksetzen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the old container is kept as %1</source>
        <translation>der alte Container wird als %1 behalten</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerClient</name>
    <message>
        <source>no such container</source>
        <translation>Container nicht gefunden</translation>
    </message>
    <message>
        <source>Docker answered %1</source>
        <translation>Docker antwortete %1</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket&apos;s owner</source>
        <translation>Docker ist unter %1 nicht erreichbar (Zugriff verweigert): den Benutzer zur Gruppe docker hinzufügen oder als Eigentümer des Sockets ausführen</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (%2)</source>
        <translation>Docker ist unter %1 nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>malformed answer from Docker: %1</source>
        <translation>fehlerhafte Antwort von Docker: %1</translation>
    </message>
    <message>
        <source>malformed container list from Docker</source>
        <translation>fehlerhafte Containerliste von Docker</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name</source>
        <translation>„%1“ ist kein gültiger Containername</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>bereits gestoppt</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>fehlerhafter Log-Stream von Docker</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</source>
        <translation>Docker ist unter %1 nicht erreichbar (Datei nicht gefunden): ist der Docker-Daemon installiert und gestartet?</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no answer within %2 s)</source>
        <translation>Docker ist unter %1 nicht erreichbar (keine Antwort innerhalb von %2 s)</translation>
    </message>
    <message>
        <source>TLS for %1: this build has no TLS support (OpenSSL missing)</source>
        <translation>TLS für %1: dieser Build unterstützt kein TLS (OpenSSL fehlt)</translation>
    </message>
    <message>
        <source>Docker closed the connection without answering</source>
        <translation>Docker hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Docker closed the stream</source>
        <translation>Docker hat den Stream geschlossen</translation>
    </message>
    <message>
        <source>Docker closed the connection in the middle of the answer (%1); was the daemon restarted?</source>
        <translation>Docker hat die Verbindung mitten in der Antwort geschlossen (%1); wurde der Daemon neu gestartet?</translation>
    </message>
    <message>
        <source>Docker at %1 refused Mechdock&apos;s client certificate: cert.pem and key.pem (DOCKER_CERT_PATH or the endpoint&apos;s certPath) must be signed by the CA the daemon trusts (%2)</source>
        <translation>Docker unter %1 hat das Client-Zertifikat von Mechdock abgelehnt: cert.pem und key.pem (DOCKER_CERT_PATH oder certPath des Endpunkts) müssen von der CA signiert sein, der der Daemon vertraut (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEndpoint</name>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation>%1: nur unix://-, npipe://- und tcp://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>%1: the address names no host</source>
        <translation>%1: die Adresse nennt keinen Host</translation>
    </message>
    <message>
        <source>%1: the address names no socket</source>
        <translation>%1: die Adresse nennt keinen Socket</translation>
    </message>
    <message>
        <source>TLS for %1: no CA certificate in %2</source>
        <translation>TLS für %1: kein CA-Zertifikat in %2</translation>
    </message>
    <message>
        <source>TLS for %1: no client certificate in %2</source>
        <translation>TLS für %1: kein Client-Zertifikat in %2</translation>
    </message>
    <message>
        <source>TLS for %1: cannot read the client key %2 (%3)</source>
        <translation>TLS für %1: der Client-Schlüssel %2 ist nicht lesbar (%3)</translation>
    </message>
    <message>
        <source>TLS for %1: %2 is not an RSA or EC private key in PEM</source>
        <translation>TLS für %1: %2 ist kein privater RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEventStream</name>
    <message>
        <source>the event stream ended</source>
        <translation>der Ereignis-Stream wurde beendet</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::SwarmServiceClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid service name</source>
        <translation>„%1“ ist kein gültiger Dienstname</translation>
    </message>
    <message>
        <source>the Docker endpoint is gone</source>
        <translation>der Docker-Endpunkt ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>the endpoint is not part of a swarm (%1)</source>
        <translation>der Endpunkt gehört zu keinem Swarm (%1)</translation>
    </message>
    <message>
        <source>no swarm information</source>
        <translation>keine Swarm-Informationen</translation>
    </message>
    <message>
        <source>the endpoint is a swarm worker; services are managed on a manager</source>
        <translation>der Endpunkt ist ein Swarm-Worker; Dienste werden auf einem Manager verwaltet</translation>
    </message>
    <message>
        <source>malformed service list from Docker</source>
        <translation>fehlerhafte Dienstliste von Docker</translation>
    </message>
    <message>
        <source>no such service: %1</source>
        <translation>Dienst nicht gefunden: %1</translation>
    </message>
    <message>
        <source>malformed task list from Docker</source>
        <translation>fehlerhafte Task-Liste von Docker</translation>
    </message>
    <message>
        <source>%1 is a global service (one task on every node); it cannot be started or stopped, only restarted</source>
        <translation>%1 ist ein globaler Dienst (ein Task auf jedem Knoten); er kann nicht gestartet oder gestoppt, nur neu gestartet werden</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>bereits gestoppt</translation>
    </message>
    <message>
        <source>stopped (scaled from %1 to 0)</source>
        <translation>gestoppt (von %1 auf 0 skaliert)</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>started (scaled to %1)</source>
        <translation>gestartet (auf %1 skaliert)</translation>
    </message>
    <message>
        <source>%1 is stopped (0 replicas); start it instead</source>
        <translation>%1 ist gestoppt (0 Replikate); starten Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>restarting (rolling update)</source>
        <translation>wird neu gestartet (Rolling Update)</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>fehlerhafter Log-Stream von Docker</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>UDP-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>Senden an %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 bytes</source>
        <translation>die Antwort des Servers ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>not a Source server query answer: %1</source>
        <translation>keine Source-Server-Query-Antwort: %1</translation>
    </message>
    <message>
        <source>not a Source server query answer: a split answer inside a split answer</source>
        <translation>keine Source-Server-Query-Antwort: geteilte Antwort innerhalb einer geteilten Antwort</translation>
    </message>
    <message>
        <source>the server keeps asking for a challenge and never answers</source>
        <translation>der Server fordert ständig eine Challenge an und antwortet nie</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sCodec</name>
    <message>
        <source>the answer is %1 bytes, more than a server query answer can be</source>
        <translation>die Antwort hat %1 Bytes, mehr als eine Server-Query-Antwort haben kann</translation>
    </message>
    <message>
        <source>the answer is too short (%1 bytes)</source>
        <translation>die Antwort ist zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>the answer does not start like a Source server query answer</source>
        <translation>die Antwort beginnt nicht wie eine Source-Server-Query-Antwort</translation>
    </message>
    <message>
        <source>the challenge answer is too short</source>
        <translation>die Challenge-Antwort ist zu kurz</translation>
    </message>
    <message>
        <source>unknown answer type 0x%1</source>
        <translation>unbekannter Antworttyp 0x%1</translation>
    </message>
    <message>
        <source>the server information answer is cut short</source>
        <translation>die Serverinformations-Antwort ist abgeschnitten</translation>
    </message>
    <message>
        <source>the player list answer is cut short</source>
        <translation>die Spielerlisten-Antwort ist abgeschnitten</translation>
    </message>
    <message>
        <source>the player list answer is cut short after %1 players</source>
        <translation>die Spielerlisten-Antwort ist nach %1 Spielern abgeschnitten</translation>
    </message>
    <message>
        <source>the player list announces %1 players but holds %2</source>
        <translation>die Spielerliste kündigt %1 Spieler an, enthält aber %2</translation>
    </message>
    <message>
        <source>a part of a split answer is cut short</source>
        <translation>ein Teil einer geteilten Antwort ist abgeschnitten</translation>
    </message>
    <message>
        <source>the server sent a compressed split answer, which is not supported</source>
        <translation>der Server hat eine komprimierte geteilte Antwort gesendet; das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a split answer claims part %1 of %2 (at most %3 parts are accepted)</source>
        <translation>eine geteilte Antwort gibt Teil %1 von %2 an (höchstens %3 Teile werden akzeptiert)</translation>
    </message>
    <message>
        <source>a part of a split answer is larger than %1 bytes</source>
        <translation>ein Teil einer geteilten Antwort ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::GameQueryClient</name>
    <message>
        <source>no answer within %1 ms (is the query port right and open?)</source>
        <translation>keine Antwort innerhalb von %1 ms (ist der Query-Port richtig und offen?)</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::PlayerQuerier</name>
    <message>
        <source>Player counts: only the first %1 game servers are asked</source>
        <translation>Spielerzahlen: Nur die ersten %1 Spielserver werden abgefragt</translation>
    </message>
    <message>
        <source>Player count of %1 unavailable: %2</source>
        <translation>Spielerzahl von %1 nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpClient</name>
    <message>
        <source>the server closed the connection without a status answer</source>
        <translation>der Server hat die Verbindung ohne Statusantwort geschlossen</translation>
    </message>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>%1:%2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: it is too long</source>
        <translation>keine Minecraft-Statusantwort: sie ist zu lang</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: %1</source>
        <translation>keine Minecraft-Statusantwort: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpCodec</name>
    <message>
        <source>the answer is not a Minecraft packet</source>
        <translation>die Antwort ist kein Minecraft-Paket</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the %2 accepted</source>
        <translation>die Antwort kündigt %1 Bytes an, mehr als die akzeptierten %2</translation>
    </message>
    <message>
        <source>the answer is not a status response</source>
        <translation>die Antwort ist keine Statusantwort</translation>
    </message>
    <message>
        <source>the status response&apos;s text does not match its length</source>
        <translation>der Text der Statusantwort passt nicht zu ihrer Länge</translation>
    </message>
    <message>
        <source>the status response is not a JSON object</source>
        <translation>die Statusantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the status response has no player counts (players.online and players.max)</source>
        <translation>die Statusantwort enthält keine Spielerzahlen (players.online und players.max)</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpClientConnection</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpResponseParser</name>
    <message>
        <source>not an HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>malformed status line</source>
        <translation>fehlerhafte Statuszeile</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Headerzeile</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>fehlerhafte Content-Length</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>der Antwortrumpf ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>die Antwort-Header sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed chunk header</source>
        <translation>fehlerhafter Chunk-Header</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <source>missing line break after a chunk</source>
        <translation>fehlender Zeilenumbruch nach einem Chunk</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpServer</name>
    <message>
        <source>HTTP endpoint on port %1: %2 connections are open, the most allowed; closing new ones until some end</source>
        <translation>HTTP-Endpunkt auf Port %1: %2 Verbindungen sind offen, mehr sind nicht erlaubt; neue werden geschlossen, bis einige enden</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationCache</name>
    <message>
        <source>no animation library is configured</source>
        <translation>keine Animationsbibliothek konfiguriert</translation>
    </message>
    <message>
        <source>the animation speed must be above zero</source>
        <translation>die Animationsgeschwindigkeit muss über null liegen</translation>
    </message>
    <message>
        <source>animations cannot be re-timed: no renderer is configured</source>
        <translation>Animationen können nicht neu getaktet werden: kein Renderer konfiguriert</translation>
    </message>
    <message>
        <source>the animation %1 could not be rendered</source>
        <translation>die Animation %1 konnte nicht gerendert werden</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationDiskCache</name>
    <message>
        <source>cannot create the animation cache folder %1</source>
        <translation>der Animations-Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the animation (%1 bytes) is larger than the disk cache limit</source>
        <translation>die Animation (%1 Bytes) ist größer als das Limit des Festplatten-Caches</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the animation cache index in %1</source>
        <translation>der Index des Animations-Caches in %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationLibrary</name>
    <message>
        <source>the built-in animation %1 is missing</source>
        <translation>die eingebaute Animation %1 fehlt</translation>
    </message>
    <message>
        <source>the built-in animation %1 is empty</source>
        <translation>die eingebaute Animation %1 ist leer</translation>
    </message>
    <message>
        <source>cannot read the animation %1: %2</source>
        <translation>die Animation %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the animation %1 is empty</source>
        <translation>die Animation %1 ist leer</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationRetimer</name>
    <message>
        <source>the speed %1 is out of range: it must be above 0 and at most %2</source>
        <translation>die Geschwindigkeit %1 liegt außerhalb des Bereichs: über 0 und höchstens %2</translation>
    </message>
    <message>
        <source>the minimum frame duration %1 ms is out of range (0 to %2)</source>
        <translation>die minimale Bilddauer %1 ms liegt außerhalb des Bereichs (0 bis %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationTranscoder</name>
    <message>
        <source>the width %1 is out of range (1 to %2)</source>
        <translation>die Breite %1 liegt außerhalb des Bereichs (1 bis %2)</translation>
    </message>
    <message>
        <source>the quality %1 is out of range (0 to 100, or -1 for automatic)</source>
        <translation>die Qualität %1 liegt außerhalb des Bereichs (0 bis 100 oder -1 für automatisch)</translation>
    </message>
    <message>
        <source>the resized height %1 would be larger than the limit of %2</source>
        <translation>die neue Höhe %1 wäre größer als das Limit von %2</translation>
    </message>
    <message>
        <source>the WebP library does not match the version Mechdock was built with</source>
        <translation>die WebP-Bibliothek passt nicht zu der Version, mit der Mechdock gebaut wurde</translation>
    </message>
    <message>
        <source>the animation cannot be decoded</source>
        <translation>die Animation kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>invalid encoder settings</source>
        <translation>ungültige Encoder-Einstellungen</translation>
    </message>
    <message>
        <source>not enough memory to resize the animation</source>
        <translation>nicht genug Speicher, um die Animation zu skalieren</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded</source>
        <translation>Bild %1 kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>frame %1 cannot be encoded: %2</source>
        <translation>Bild %1 kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>the resized animation cannot be assembled: %1</source>
        <translation>die skalierte Animation kann nicht zusammengesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::DonationLedger</name>
    <message>
        <source>a donation must be at least one cent</source>
        <translation>eine Spende muss mindestens einen Cent betragen</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>eine Korrektur um null ändert nichts</translation>
    </message>
    <message>
        <source>the amount is larger than a ledger entry accepts</source>
        <translation>der Betrag ist größer, als ein Eintrag im Spendenbuch erlaubt</translation>
    </message>
    <message>
        <source>the idempotency key is longer than 200 characters</source>
        <translation>der Idempotenzschlüssel ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>cannot start a ledger transaction: %1</source>
        <translation>Transaktion im Spendenbuch kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot record the donation: %1</source>
        <translation>die Spende kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>cannot write a ledger snapshot: %1</source>
        <translation>Schnappschuss des Spendenbuchs kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the donation: %1</source>
        <translation>die Spende kann nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::EvolutionLevels</name>
    <message>
        <source>The Rustborn Husk</source>
        <translation>Die rostgeborene Hülle</translation>
    </message>
    <message>
        <source>Scrapyard Walker</source>
        <translation>Schrottplatz-Läufer</translation>
    </message>
    <message>
        <source>Ironclad Strider</source>
        <translation>Eisenpanzer-Schreiter</translation>
    </message>
    <message>
        <source>Steel Sentinel</source>
        <translation>Stahlwächter</translation>
    </message>
    <message>
        <source>Cobalt Vanguard</source>
        <translation>Kobalt-Vorhut</translation>
    </message>
    <message>
        <source>Thunder Warden</source>
        <translation>Donnerhüter</translation>
    </message>
    <message>
        <source>Titan Breaker</source>
        <translation>Titanenbrecher</translation>
    </message>
    <message>
        <source>Plasma Colossus</source>
        <translation>Plasmakoloss</translation>
    </message>
    <message>
        <source>Storm Dreadnought</source>
        <translation>Sturm-Dreadnought</translation>
    </message>
    <message>
        <source>Celestial Juggernaut</source>
        <translation>Himmels-Juggernaut</translation>
    </message>
    <message>
        <source>OMEGA MECH</source>
        <translation>OMEGA-MECH</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::MechService</name>
    <message>
        <source>the donation ledger is not available</source>
        <translation>das Spendenbuch ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot read the donation ledger: %1</source>
        <translation>das Spendenbuch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the animation cache is not available</source>
        <translation>der Animations-Cache ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::WebpContainer</name>
    <message>
        <source>not a WebP file (no RIFF/WEBP header)</source>
        <translation>keine WebP-Datei (kein RIFF/WEBP-Header)</translation>
    </message>
    <message>
        <source>damaged WebP file: the RIFF size is too small</source>
        <translation>beschädigte WebP-Datei: die RIFF-Größe ist zu klein</translation>
    </message>
    <message>
        <source>truncated WebP file: the header announces %1 bytes but there are %2</source>
        <translation>abgeschnittene WebP-Datei: der Header nennt %1 Bytes, vorhanden sind %2</translation>
    </message>
    <message>
        <source>truncated WebP file: incomplete chunk header at offset %1</source>
        <translation>abgeschnittene WebP-Datei: unvollständiger Chunk-Header an Offset %1</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; at offset %2 runs past the end of the file</source>
        <translation>beschädigte WebP-Datei: Chunk „%1“ an Offset %2 reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>not an animated WebP (a still image)</source>
        <translation>kein animiertes WebP (ein Standbild)</translation>
    </message>
    <message>
        <source>damaged WebP file: the first chunk must be VP8X, found &quot;%1&quot;</source>
        <translation>beschädigte WebP-Datei: der erste Chunk muss VP8X sein, gefunden: „%1“</translation>
    </message>
    <message>
        <source>damaged WebP file: unknown feature flags in the VP8X chunk</source>
        <translation>beschädigte WebP-Datei: unbekannte Feature-Flags im VP8X-Chunk</translation>
    </message>
    <message>
        <source>the canvas %1x%2 is larger than the limit of %3x%3</source>
        <translation>die Leinwand %1x%2 ist größer als das Limit von %3x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: a second or short ANIM chunk</source>
        <translation>beschädigte WebP-Datei: ein zweiter oder zu kurzer ANIM-Chunk</translation>
    </message>
    <message>
        <source>damaged WebP file: a frame comes before the ANIM chunk</source>
        <translation>beschädigte WebP-Datei: ein Bild steht vor dem ANIM-Chunk</translation>
    </message>
    <message>
        <source>the animation has more than %1 frames</source>
        <translation>die Animation hat mehr als %1 Bilder</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; outside an animation frame</source>
        <translation>beschädigte WebP-Datei: Chunk „%1“ außerhalb eines Animationsbilds</translation>
    </message>
    <message>
        <source>damaged WebP file: the animation has no ANIM chunk</source>
        <translation>beschädigte WebP-Datei: der Animation fehlt der ANIM-Chunk</translation>
    </message>
    <message>
        <source>the animation has no frames</source>
        <translation>die Animation hat keine Bilder</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 is too short</source>
        <translation>beschädigte WebP-Datei: Bild %1 ist zu kurz</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 lies outside the canvas</source>
        <translation>beschädigte WebP-Datei: Bild %1 liegt außerhalb der Leinwand</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 ends in an incomplete chunk</source>
        <translation>beschädigte WebP-Datei: Bild %1 endet in einem unvollständigen Chunk</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; in frame %2 runs past the frame&apos;s end</source>
        <translation>beschädigte WebP-Datei: Chunk „%1“ in Bild %2 reicht über das Bildende hinaus</translation>
    </message>
    <message>
        <source>damaged WebP file: misplaced alpha data in frame %1</source>
        <translation>beschädigte WebP-Datei: Alphadaten an falscher Stelle in Bild %1</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 holds two images</source>
        <translation>beschädigte WebP-Datei: Bild %1 enthält zwei Grafiken</translation>
    </message>
    <message>
        <source>damaged WebP file: the image of frame %1 is unreadable or does not match the frame size %2x%3</source>
        <translation>beschädigte WebP-Datei: die Grafik von Bild %1 ist unlesbar oder passt nicht zur Bildgröße %2x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: unexpected chunk &quot;%1&quot; before the image of frame %2</source>
        <translation>beschädigte WebP-Datei: unerwarteter Chunk „%1“ vor der Grafik von Bild %2</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 has no image data</source>
        <translation>beschädigte WebP-Datei: Bild %1 hat keine Grafikdaten</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::MemoryMonitor</name>
    <message>
        <source>Memory pressure high: halved the caches (%1 entries freed)</source>
        <translation>Hoher Speicherdruck: Caches halbiert (%1 Einträge freigegeben)</translation>
    </message>
    <message>
        <source>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</source>
        <translation>Kritischer Speicherdruck: %1 % des Limits belegt; Caches geleert und optionale Arbeit pausiert</translation>
    </message>
    <message>
        <source>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</source>
        <translation>Erzwungene Bereinigung hat %1 Einträge (%2 Bytes) freigegeben; RSS %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Memory grew %1 % between checkpoints %2 and %3</source>
        <translation>Speicher ist zwischen den Prüfpunkten %2 und %3 um %1 % gewachsen</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::ResourceMonitor</name>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1 bei %2 %</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>System-CPU</translation>
    </message>
    <message>
        <source>Disk of the data folder</source>
        <translation>Festplatte des Datenordners</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler</name>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::CronExpression</name>
    <message>
        <source>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</source>
        <translation>ein Cron-Ausdruck hat 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag), gefunden: %1</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>überzähliges Feld</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::DdcImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tasks.json is not valid JSON (at byte %1: %2)</source>
        <translation>tasks.json ist kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>tasks.json does not hold a list of tasks</source>
        <translation>tasks.json enthält keine Liste von Aufgaben</translation>
    </message>
    <message>
        <source>entry is not a task object</source>
        <translation>Eintrag ist kein Aufgabenobjekt</translation>
    </message>
    <message>
        <source>container_name is missing</source>
        <translation>container_name fehlt</translation>
    </message>
    <message>
        <source>action &quot;%1&quot; is not start, stop or restart</source>
        <translation>Aktion „%1“ ist nicht start, stop oder restart</translation>
    </message>
    <message>
        <source>is_active is not true/false; imported as active</source>
        <translation>is_active ist nicht true/false; als aktiv importiert</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; used %2</source>
        <translation>unbekannte Zeitzone „%1“; %2 verwendet</translation>
    </message>
    <message>
        <source>schedule_details is missing</source>
        <translation>schedule_details fehlt</translation>
    </message>
    <message>
        <source>schedule_details.time &quot;%1&quot; is not HH:MM</source>
        <translation>schedule_details.time „%1“ ist nicht HH:MM</translation>
    </message>
    <message>
        <source>seconds in schedule_details.time were dropped</source>
        <translation>Sekunden in schedule_details.time wurden verworfen</translation>
    </message>
    <message>
        <source>date taken from next_run_ts</source>
        <translation>Datum aus next_run_ts übernommen</translation>
    </message>
    <message>
        <source>one-time task without a valid year, month and day</source>
        <translation>einmalige Aufgabe ohne gültiges Jahr, Monat und Tag</translation>
    </message>
    <message>
        <source>weekly task with an unknown weekday &quot;%1&quot;</source>
        <translation>wöchentliche Aufgabe mit unbekanntem Wochentag „%1“</translation>
    </message>
    <message>
        <source>monthly task with an invalid day &quot;%1&quot;</source>
        <translation>monatliche Aufgabe mit ungültigem Tag „%1“</translation>
    </message>
    <message>
        <source>yearly task with an invalid month or day</source>
        <translation>jährliche Aufgabe mit ungültigem Monat oder Tag</translation>
    </message>
    <message>
        <source>cron task without cron_string</source>
        <translation>Cron-Aufgabe ohne cron_string</translation>
    </message>
    <message>
        <source>unknown cycle &quot;%1&quot;</source>
        <translation>unbekannter Zyklus „%1“</translation>
    </message>
    <message>
        <source>schedule cannot be used: %1</source>
        <translation>Zeitplan nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::FieldParser</name>
    <message>
        <source>value out of range %1-%2</source>
        <translation>Wert außerhalb des Bereichs %1-%2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>Wert fehlt</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>unknown month name (use JAN-DEC)</source>
        <translation>unbekannter Monatsname (JAN-DEC verwenden)</translation>
    </message>
    <message>
        <source>unknown weekday name (use SUN-SAT)</source>
        <translation>unbekannter Wochentagsname (SUN-SAT verwenden)</translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation>Namen sind nur in den Feldern Monat und Wochentag erlaubt</translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation>leeres Listenelement</translation>
    </message>
    <message>
        <source>range start is after its end (wrap-around ranges are not supported; write two ranges)</source>
        <translation>Bereichsanfang liegt nach dem Ende (umlaufende Bereiche werden nicht unterstützt; zwei Bereiche schreiben)</translation>
    </message>
    <message>
        <source>missing step after &apos;/&apos;</source>
        <translation>Schrittweite nach &apos;/&apos; fehlt</translation>
    </message>
    <message>
        <source>step must be between 1 and %1</source>
        <translation>Schrittweite muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>unerwarteter Text</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleCli</name>
    <message>
        <source>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression (&quot;30 2 * * 1-5&quot;) or &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</source>
        <translation>Aufruf: mechdock schedule preview AUSDRUCK [--tz ZONE] [--from ISO-ZEIT] [--count N]
AUSDRUCK: ein Cron-Ausdruck (&quot;30 2 * * 1-5&quot;) oder &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</translation>
    </message>
    <message>
        <source>error: unknown schedule command &quot;%1&quot;</source>
        <translation>Fehler: unbekannter Zeitplanbefehl „%1“</translation>
    </message>
    <message>
        <source>error: --count needs a number from 1 to 1000, got &quot;%1&quot;</source>
        <translation>Fehler: --count braucht eine Zahl von 1 bis 1000, erhalten: „%1“</translation>
    </message>
    <message>
        <source>error: unknown or incomplete option &quot;%1&quot;</source>
        <translation>Fehler: unbekannte oder unvollständige Option „%1“</translation>
    </message>
    <message>
        <source>error: missing EXPRESSION</source>
        <translation>Fehler: AUSDRUCK fehlt</translation>
    </message>
    <message>
        <source>error: unknown time zone &quot;%1&quot;</source>
        <translation>Fehler: unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>error: --from &quot;%1&quot; is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</source>
        <translation>Fehler: --from „%1“ ist keine ISO-8601-Zeit wie 2026-03-29T01:30:00+01:00</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; never runs after %2</source>
        <translation>„%1“ läuft nach %2 nie mehr</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleError</name>
    <message>
        <source>%1 (field %2 at position %3: &quot;%4&quot;)</source>
        <translation>%1 (Feld %2 an Position %3: „%4“)</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleSpec</name>
    <message>
        <source>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</source>
        <translation>leerer Zeitplan; erwartet: once, daily, weekly, monthly, yearly oder ein Cron-Ausdruck</translation>
    </message>
    <message>
        <source>incomplete schedule; expected &quot;%1&quot;</source>
        <translation>unvollständiger Zeitplan; erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>überzähliges Feld</translation>
    </message>
    <message>
        <source>unexpected text; expected &quot;%1&quot;</source>
        <translation>unerwarteter Text; erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a 24-hour time HH:MM</source>
        <translation>erwartet eine 24-Stunden-Uhrzeit HH:MM</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet ein Datum YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun) or a range like mon-fri</source>
        <translation>erwartet einen Wochentagsnamen (mon-sun) oder einen Bereich wie mon-fri</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun)</source>
        <translation>erwartet einen Wochentagsnamen (mon-sun)</translation>
    </message>
    <message>
        <source>range start is after its end</source>
        <translation>Bereichsanfang liegt nach dem Ende</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31</source>
        <translation>erwartet einen Tag des Monats 1-31</translation>
    </message>
    <message>
        <source>expected MM-DD with a month 01-12</source>
        <translation>erwartet MM-DD mit einem Monat 01-12</translation>
    </message>
    <message>
        <source>this month has no such day</source>
        <translation>diesen Tag gibt es in diesem Monat nicht</translation>
    </message>
    <message>
        <source>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</source>
        <translation>unbekannte Zeitplanart; erwartet: once, daily, weekly, monthly, yearly, cron oder ein Cron-Ausdruck</translation>
    </message>
    <message>
        <source>no weekday selected</source>
        <translation>kein Wochentag ausgewählt</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SchedulerApi</name>
    <message>
        <source>The stored schedule &quot;%1&quot; is not valid.</source>
        <translation>Der gespeicherte Zeitplan „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“; einen IANA-Namen wie Europe/Berlin verwenden.</translation>
    </message>
    <message>
        <source>%1: imported disabled (%2)</source>
        <translation>%1: deaktiviert importiert (%2)</translation>
    </message>
    <message>
        <source>%1: not imported (%2)</source>
        <translation>%1: nicht importiert (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SpacingRule</name>
    <message>
        <source>This task would run at %1, less than 10 minutes from task %2 (%3 %4, &quot;%5&quot;) at %6. Tasks on one container must be at least 10 minutes apart.</source>
        <translation>Diese Aufgabe würde um %1 laufen, weniger als 10 Minuten von Aufgabe %2 (%3 %4, „%5“) um %6 entfernt. Aufgaben eines Containers müssen mindestens 10 Minuten auseinanderliegen.</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::TaskRunner</name>
    <message>
        <source>Choose a container for the task.</source>
        <translation>Einen Container für die Aufgabe wählen.</translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation>Ungültiger Zeitplan: %1</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“; einen IANA-Namen wie Europe/Berlin verwenden.</translation>
    </message>
    <message>
        <source>The time %1 is in the past.</source>
        <translation>Der Zeitpunkt %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never matches a date.</source>
        <translation>Der Zeitplan „%1“ trifft nie ein Datum.</translation>
    </message>
    <message>
        <source>A task with id %1 already exists.</source>
        <translation>Eine Aufgabe mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Es gibt keine Aufgabe mit der ID %1.</translation>
    </message>
    <message>
        <source>No result within %1 s; the run was abandoned.</source>
        <translation>Kein Ergebnis innerhalb von %1 s; der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Skipped: the previous run of this task is still in progress.</source>
        <translation>Übersprungen: der vorige Lauf dieser Aufgabe ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>Missed: due at %1, more than %2 min before the scheduler could run it.</source>
        <translation>Verpasst: fällig um %1, mehr als %2 min bevor der Scheduler sie ausführen konnte.</translation>
    </message>
    <message>
        <source>No action executor is connected.</source>
        <translation>Kein Aktionsausführer verbunden.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::CooldownTracker</name>
    <message>
        <source>Please wait %1 s before using this again.</source>
        <translation>Bitte %1 s warten, bevor das erneut verwendet wird.</translation>
    </message>
    <message>
        <source>You have used %1 commands in the last minute; please wait %2 s.</source>
        <translation>In der letzten Minute wurden %1 Befehle verwendet; bitte %2 s warten.</translation>
    </message>
    <message>
        <source>You have pressed %1 buttons in the last minute; please wait %2 s.</source>
        <translation>In der letzten Minute wurden %1 Buttons gedrückt; bitte %2 s warten.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::PermissionPolicy</name>
    <message>
        <source>Mechdock is not set up for this server.</source>
        <translation>Mechdock ist für diesen Server nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This channel is not configured for Mechdock.</source>
        <translation>Dieser Kanal ist nicht für Mechdock konfiguriert.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may use /%1.</source>
        <translation>Nur Mechdock-Admins dürfen /%1 verwenden.</translation>
    </message>
    <message>
        <source>/%1 works only in control channels.</source>
        <translation>/%1 funktioniert nur in Steuerkanälen.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unbekannter Container.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>Details of this container are not shared.</source>
        <translation>Details zu diesem Container werden nicht geteilt.</translation>
    </message>
    <message>
        <source>Logs can be read only in control channels.</source>
        <translation>Logs können nur in Steuerkanälen gelesen werden.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may read logs.</source>
        <translation>Nur Mechdock-Admins dürfen Logs lesen.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <source>Actions work only in control channels.</source>
        <translation>Aktionen funktionieren nur in Steuerkanälen.</translation>
    </message>
    <message>
        <source>%1 does not allow &quot;%2&quot;.</source>
        <translation>%1 erlaubt „%2“ nicht.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may update containers.</source>
        <translation>Nur Mechdock-Admins dürfen Container aktualisieren.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::AutoActionService</name>
    <message>
        <source>Auto-action notification not posted: the bot is not running</source>
        <translation>Auto-Aktions-Benachrichtigung nicht gesendet: Der Bot läuft nicht</translation>
    </message>
    <message>
        <source>Could not post the auto-action notification in channel %1: %2</source>
        <translation>Die Auto-Aktions-Benachrichtigung konnte nicht in Kanal %1 gesendet werden: %2</translation>
    </message>
    <message>
        <source>No auto-action rules are configured.</source>
        <translation>Es sind keine Auto-Aktions-Regeln konfiguriert.</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire (nothing was done):</source>
        <translation>%1 von %2 Regel(n) würden auslösen (nichts wurde ausgeführt):</translation>
    </message>
</context>
<context>
    <name>mechdock::service::BotService</name>
    <message>
        <source>Database unavailable: %1</source>
        <translation>Datenbank nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</source>
        <translation>Kein Discord-Bot-Token konfiguriert. Auf der Einstellungsseite des Panels eintragen oder DISCORD_BOT_TOKEN in der Umgebung setzen, dann Mechdock neu starten oder neu laden (SIGHUP).</translation>
    </message>
    <message>
        <source>Health endpoint off: %1</source>
        <translation>Health-Endpunkt aus: %1</translation>
    </message>
    <message>
        <source>Health and metrics on http://%1 (/health, /health/memory, /metrics)</source>
        <translation>Health und Metriken unter http://%1 (/health, /health/memory, /metrics)</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Dienst gestartet</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>Dienst gestoppt</translation>
    </message>
    <message>
        <source>Reloading the configuration</source>
        <translation>Konfiguration wird neu geladen</translation>
    </message>
    <message>
        <source>Docker endpoint %1 (%2): reachable</source>
        <translation>Docker-Endpunkt %1 (%2): erreichbar</translation>
    </message>
    <message>
        <source>Scheduled tasks not loaded: %1</source>
        <translation>Geplante Aufgaben nicht geladen: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Mech animations not prepared: %1</source>
        <translation>Mech-Animationen nicht vorbereitet: %1</translation>
    </message>
    <message>
        <source>The mech is not running (the database is unavailable).</source>
        <translation>Der Mech läuft nicht (die Datenbank ist nicht verfügbar).</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>erfasst von %1</translation>
    </message>
    <message>
        <source>Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of power.</source>
        <translation>Danke! $%1 erfasst. Der Mech ist auf Stufe %2 (%3) mit $%4 Energie.</translation>
    </message>
    <message>
        <source>The mech is at level %1 (%2), power $%3, speed %4 %.</source>
        <translation>Der Mech ist auf Stufe %1 (%2), Energie $%3, Tempo %4 %.</translation>
    </message>
    <message>
        <source>$%1 of $%2 to the next level.</source>
        <translation>$%1 von $%2 bis zur nächsten Stufe.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>The database is available again</source>
        <translation>Die Datenbank ist wieder verfügbar</translation>
    </message>
    <message>
        <source>Docker endpoint %1 unreachable: %2</source>
        <translation>Docker-Endpunkt %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Heartbeat off: alerts.heartbeatUrl is not an http or https URL</source>
        <translation>Heartbeat aus: alerts.heartbeatUrl ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>The keychain was asked too: %1.</source>
        <translation>Auch der Schlüsselbund wurde gefragt: %1.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>Unknown container.</source>
        <translation>Unbekannter Container.</translation>
    </message>
    <message>
        <source>Docker went away.</source>
        <translation>Docker ist nicht mehr erreichbar.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::CrashAlertReporter</name>
    <message>
        <source>Docker endpoint %1 does not answer: %2</source>
        <translation>Docker-Endpunkt %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Docker endpoint %1 answers again</source>
        <translation>Docker-Endpunkt %1 antwortet wieder</translation>
    </message>
    <message>
        <source>%1 is in a restart loop: %2 crashes in %3 min</source>
        <translation>%1 steckt in einer Neustartschleife: %2 Abstürze in %3 min</translation>
    </message>
    <message>
        <source>%1 was killed: out of memory</source>
        <translation>%1 wurde beendet: kein Speicher mehr</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2)</source>
        <translation>%1 wurde unerwartet beendet (Exit-Code %2)</translation>
    </message>
    <message>
        <source>Crash alert not posted to Discord: the bot is not running</source>
        <translation>Absturzmeldung nicht an Discord gesendet: der Bot läuft nicht</translation>
    </message>
    <message>
        <source>Could not post the alert in channel %1: %2</source>
        <translation>Die Meldung konnte nicht in Kanal %1 gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::DiscordBot</name>
    <message>
        <source>No Discord bot token is configured.</source>
        <translation>Kein Discord-Bot-Token konfiguriert.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token. Set a valid token in the settings or DISCORD_BOT_TOKEN.</source>
        <translation>Discord hat den Bot-Token abgelehnt. Einen gültigen Token in den Einstellungen oder in DISCORD_BOT_TOKEN setzen.</translation>
    </message>
    <message>
        <source>Connecting to Discord at %1</source>
        <translation>Verbinde mit Discord unter %1</translation>
    </message>
    <message>
        <source>Slash commands not registered%1: %2</source>
        <translation>Slash-Befehle nicht registriert%1: %2</translation>
    </message>
    <message>
        <source>Slash commands registered%1</source>
        <translation>Slash-Befehle registriert%1</translation>
    </message>
    <message>
        <source>Slash commands unchanged%1</source>
        <translation>Slash-Befehle unverändert%1</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) arrived too late to be answered within Discord&apos;s 3 seconds and were dropped; the service is overloaded.</source>
        <translation>
            <numerusform>%n Interaktion kam zu spät an, um innerhalb der 3 Sekunden von Discord beantwortet zu werden, und wurde verworfen; der Dienst ist überlastet.</numerusform>
            <numerusform>%n Interaktionen kamen zu spät an, um innerhalb der 3 Sekunden von Discord beantwortet zu werden, und wurden verworfen; der Dienst ist überlastet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::service::EndpointProbe</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HealthServer</name>
    <message>
        <source>the service is not running</source>
        <translation>der Dienst läuft nicht</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>docker endpoint %1: %2</source>
        <translation>Docker-Endpunkt %1: %2</translation>
    </message>
    <message>
        <source>discord gateway stopped: %1</source>
        <translation>Discord-Gateway gestoppt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>„%1“ ist nicht ADRESSE:PORT</translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use, or not this machine&apos;s)</source>
        <translation>kann nicht auf %1 lauschen (Adresse belegt oder nicht von diesem Rechner)</translation>
    </message>
    <message numerus="yes">
        <source>database writes are failing (%n so far): %1</source>
        <translation>
            <numerusform>Schreibvorgänge in die Datenbank schlagen fehl (bisher %n Fehler): %1</numerusform>
            <numerusform>Schreibvorgänge in die Datenbank schlagen fehl (bisher %n Fehler): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk of the data folder %1 is full: %2 MB free, below %3 MB</source>
        <translation>der Datenträger des Datenordners %1 ist voll: %2 MB frei, unter %3 MB</translation>
    </message>
    <message>
        <source>discord gateway not connected for %1 s (allowed: %2 s)%3</source>
        <translation>Discord-Gateway seit %1 s nicht verbunden (erlaubt: %2 s)%3</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HeartbeatPinger</name>
    <message>
        <source>Heartbeat: the push URL answers again</source>
        <translation>Heartbeat: die Push-URL antwortet wieder</translation>
    </message>
    <message>
        <source>Heartbeat: the push URL did not take the ping: %1</source>
        <translation>Heartbeat: die Push-URL hat den Ping nicht angenommen: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>mechdock::service::InstanceLock</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another Mechdock engine uses this data folder</source>
        <translation>eine andere Mechdock-Engine verwendet diesen Datenordner</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>locked, but cannot record the holder in %1: %2</source>
        <translation>gesperrt, aber der Inhaber kann nicht in %1 vermerkt werden: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::MessageIntents</name>
    <message>
        <source>Discord refused the Message Content intent (close code 4014), so auto-actions cannot read messages. Turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → enable &quot;Message Content Intent&quot;, save, then reload Mechdock. Until then the bot connects without it: slash commands and buttons keep working.</source>
        <translation>Discord hat den Message Content Intent abgelehnt (Close-Code 4014), daher können Auto-Aktionen keine Nachrichten lesen. Aktivieren Sie ihn: Discord Developer Portal → Ihre Anwendung → Bot → Privileged Gateway Intents → „Message Content Intent“ aktivieren, speichern, dann Mechdock neu laden. Bis dahin verbindet sich der Bot ohne ihn: Slash-Befehle und Schaltflächen funktionieren weiter.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ScheduledActionExecutor</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker läuft in diesem Dienst nicht.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceBotBackend</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker läuft in diesem Dienst nicht.</translation>
    </message>
    <message>
        <source>%1 asked Discord to %2 %3</source>
        <translation>%1 hat über Discord „%2“ für %3 angefordert</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unbekannter Container.</translation>
    </message>
    <message>
        <source>The mech is not running, so the donation was not recorded. Check the service log for why.</source>
        <translation>Der Mech läuft nicht, daher wurde die Spende nicht erfasst. Den Grund im Dienst-Log prüfen.</translation>
    </message>
    <message>
        <source>The scheduler is not running (the database is unavailable).</source>
        <translation>Der Scheduler läuft nicht (die Datenbank ist nicht verfügbar).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or restart.</source>
        <translation>Unbekannte Aktion „%1“: start, stop oder restart verwenden.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“; einen IANA-Namen wie Europe/Berlin verwenden.</translation>
    </message>
    <message>
        <source>Scheduled %1 of %2 (task %3). Next runs: %4</source>
        <translation>„%1“ für %2 geplant (Aufgabe %3). Nächste Läufe: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 deleted scheduled task %2</source>
        <translation>%1 hat die geplante Aufgabe %2 gelöscht</translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation>Aufgabe %1 gelöscht.</translation>
    </message>
    <message>
        <source>**System health**</source>
        <translation>**Systemzustand**</translation>
    </message>
    <message>
        <source>Memory: %1 MB of %2 MB, pressure %3.</source>
        <translation>Speicher: %1 MB von %2 MB, Druck %3.</translation>
    </message>
    <message>
        <source>CPU: %1 % (Mechdock), %2 % (system); disk %3 % used.</source>
        <translation>CPU: %1 % (Mechdock), %2 % (System); Festplatte %3 % belegt.</translation>
    </message>
    <message>
        <source>Database: ok.</source>
        <translation>Datenbank: ok.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Docker %1: reachable (API %2).</source>
        <translation>Docker %1: erreichbar (API %2).</translation>
    </message>
    <message>
        <source>Docker %1: %2</source>
        <translation>Docker %1: %2</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms; REST 429 answers: %2.</source>
        <translation>Gateway-Latenz: %1 ms; REST-429-Antworten: %2.</translation>
    </message>
    <message>
        <source>**Operation timings** (count, p50 / p95 / p99 ms, success)</source>
        <translation>**Laufzeiten der Operationen** (Anzahl, p50 / p95 / p99 ms, Erfolg)</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4.</source>
        <translation>**Speicher**: %1 MB resident, %2 MB Heap, Limit %3 MB, Druck %4.</translation>
    </message>
    <message>
        <source>Caches and queues (entries / limit, hit rate, evictions):</source>
        <translation>Caches und Warteschlangen (Einträge / Limit, Trefferquote, Verdrängungen):</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB.</source>
        <translation>Bereinigung hat %1 Einträge (%2 MB) freigegeben; residenter Speicher %3 MB → %4 MB.</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB).</source>
        <translation>Bereinigung hat %1 Einträge (%2 MB) freigegeben.</translation>
    </message>
    <message>
        <source>**Security**: default deny; %1 status and %2 control channels; %3 admin users and %4 admin roles.</source>
        <translation>**Sicherheit**: standardmäßig verweigert; %1 Status- und %2 Steuerkanäle; %3 Admin-Benutzer und %4 Admin-Rollen.</translation>
    </message>
    <message>
        <source>Per-minute caps: %1 commands, %2 buttons.</source>
        <translation>Limits pro Minute: %1 Befehle, %2 Buttons.</translation>
    </message>
    <message>
        <source>No donation links are configured.</source>
        <translation>Keine Spendenlinks konfiguriert.</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Keine geplanten Aufgaben.</translation>
    </message>
    <message>
        <source>no further runs</source>
        <translation>keine weiteren Läufe</translation>
    </message>
    <message>
        <source>The audit log cannot keep up; entries are dropped.</source>
        <translation>Das Audit-Log kommt nicht hinterher; Einträge werden verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries not written: %1</source>
        <translation>
            <numerusform>%n Audit-Eintrag nicht geschrieben: %1</numerusform>
            <numerusform>%n Audit-Einträge nicht geschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made Discord user %2 an admin</source>
        <translation>%1 hat Discord-Benutzer %2 zum Admin gemacht</translation>
    </message>
    <message>
        <source>%1 removed Discord user %2 from the admins</source>
        <translation>%1 hat Discord-Benutzer %2 aus den Admins entfernt</translation>
    </message>
    <message>
        <source>%1 is now a Mechdock admin.</source>
        <translation>%1 ist jetzt Mechdock-Admin.</translation>
    </message>
    <message>
        <source>%1 is no longer a Mechdock admin.</source>
        <translation>%1 ist kein Mechdock-Admin mehr.</translation>
    </message>
    <message>
        <source>%1 is already a Mechdock admin.</source>
        <translation>%1 ist bereits Mechdock-Admin.</translation>
    </message>
    <message>
        <source>%1 is not in the list of admin users (an admin role may make them one; roles are changed in the settings).</source>
        <translation>%1 steht nicht in der Liste der Admin-Benutzer (eine Admin-Rolle kann ihn dazu machen; Rollen werden in den Einstellungen geändert).</translation>
    </message>
    <message>
        <source>%1 is the last admin: add another admin first, so someone can still manage Mechdock from Discord.</source>
        <translation>%1 ist der letzte Admin: Fügen Sie zuerst einen weiteren Admin hinzu, damit Mechdock weiterhin aus Discord verwaltet werden kann.</translation>
    </message>
    <message>
        <source>This service runs without a settings file, so admins can only be set where it is started.</source>
        <translation>Dieser Dienst läuft ohne Einstellungsdatei; Admins lassen sich daher nur dort festlegen, wo er gestartet wird.</translation>
    </message>
    <message>
        <source>The settings file has an error, so it was not changed: %1</source>
        <translation>Die Einstellungsdatei enthält einen Fehler und wurde daher nicht geändert: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in the settings file, but an environment variable sets the admins, so nothing changes until it is removed.</source>
        <translation>In der Einstellungsdatei gespeichert, aber eine Umgebungsvariable legt die Admins fest; es ändert sich nichts, bis sie entfernt wird.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceSnapshot</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>mechdock::service::StatusChannelPublisher</name>
    <message>
        <source>Could not post the status message in channel %1: %2</source>
        <translation>Statusnachricht in Kanal %1 konnte nicht gepostet werden: %2</translation>
    </message>
    <message>
        <source>Re-posting the status messages in channel %1</source>
        <translation>Statusnachrichten in Kanal %1 werden neu gepostet</translation>
    </message>
    <message>
        <source>Could not read channel %1 to find earlier status messages: %2</source>
        <translation>Kanal %1 konnte nicht gelesen werden, um frühere Statusnachrichten zu finden: %2</translation>
    </message>
    <message>
        <source>Channel %1: reusing %2 earlier status messages, removed %3 duplicates</source>
        <translation>Kanal %1: %2 frühere Statusnachrichten werden weiterverwendet, %3 Duplikate entfernt</translation>
    </message>
</context>
<context>
    <name>mechdock::service::SwarmServiceTracker</name>
    <message>
        <source>global service, %1 tasks running</source>
        <translation>globaler Dienst, %1 Tasks laufen</translation>
    </message>
    <message>
        <source>replicated service, %1 tasks running</source>
        <translation>replizierter Dienst, %1 Tasks laufen</translation>
    </message>
    <message>
        <source>; update %1</source>
        <translation>; Aktualisierung %1</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>Unbekannter Dienst.</translation>
    </message>
</context>
<context>
    <name>mechdock::storage</name>
    <message>
        <source>cannot create the schema version table: %1</source>
        <translation>die Schema-Versionstabelle kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::ConnectionPool</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine nutzbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>all %1 database connections stayed busy for %2 ms</source>
        <translation>alle %1 Datenbankverbindungen blieben %2 ms lang belegt</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Database</name>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>der Ordner %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database %1 is not writable by this user</source>
        <translation>die Datenbank %1 ist für diesen Benutzer nicht schreibbar</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine nutzbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3&apos;s .recover can rescue its rows) and start again: a new database is created.</source>
        <translation>%1 ist beschädigt (%2). Beenden Sie Mechdock, legen Sie die Datei beiseite (.recover von sqlite3 kann ihre Zeilen retten) und starten Sie neu: Eine neue Datenbank wird angelegt.</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Migrator</name>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>die Schemaversion von &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the database&apos;s &apos;%1&apos; tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</source>
        <translation>die Tabellen &apos;%1&apos; der Datenbank haben Version %2, neuer als dieses Mechdock kennt (%3): ein neueres Mechdock verwenden oder ein Backup wiederherstellen</translation>
    </message>
    <message>
        <source>migrations of &apos;%1&apos; are not numbered 1..n</source>
        <translation>die Migrationen von &apos;%1&apos; sind nicht von 1..n nummeriert</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>migration %1 of &apos;%2&apos; (%3) failed: %4</source>
        <translation>Migration %1 von &apos;%2&apos; (%3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>cannot record migration %1 of &apos;%2&apos;: %3</source>
        <translation>Migration %1 von &apos;%2&apos; kann nicht vermerkt werden: %3</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AuditTableModel</name>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Guild: %1</source>
        <translation>Guild: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AutoActionsPanel</name>
    <message>
        <source>Posted by a &amp;bot</source>
        <translation>Von einem &amp;Bot gesendet</translation>
    </message>
    <message>
        <source>Posted by a &amp;webhook</source>
        <translation>Von einem &amp;Webhook gesendet</translation>
    </message>
    <message>
        <source>&amp;Test the rules</source>
        <translation>Regeln &amp;testen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>Würde auslösen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Cool-down skips</source>
        <translation>Abkühlzeit-Auslassungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Paste a message, e.g. &quot;New version 1.2 is out&quot;</source>
        <translation>Fügen Sie eine Nachricht ein, z. B. „Neue Version 1.2 ist da“</translation>
    </message>
    <message>
        <source>Nothing is done: the rules only say what they would do</source>
        <translation>Es wird nichts ausgeführt: Die Regeln sagen nur, was sie tun würden</translation>
    </message>
    <message>
        <source>Channel id (empty: a channel no rule names)</source>
        <translation>Kanal-ID (leer: ein Kanal, den keine Regel nennt)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Counters and last firings</source>
        <translation>Zähler und letzte Auslösungen</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Nicht mit der Engine verbunden.</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>Eine Nachricht hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation>Probelauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (übersprungen: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No auto-action rules are configured (autoActions.rules).</source>
        <translation>Es sind keine Auto-Aktions-Regeln konfiguriert (autoActions.rules).</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire. Nothing was done.</source>
        <translation>%1 von %2 Regel(n) würden auslösen. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Listening to messages: %n firing(s) waiting.</source>
        <translation>
            <numerusform>Nachrichten werden mitgelesen: %n Auslösung wartet.</numerusform>
            <numerusform>Nachrichten werden mitgelesen: %n Auslösungen warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is enabled: the bot does not read messages.</source>
        <translation>Keine Regel ist aktiviert: Der Bot liest keine Nachrichten.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::CacheTableModel</name>
    <message>
        <source>Deepest so far: %1</source>
        <translation>Bisher tiefster Stand: %1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Entries held, against the bound</source>
        <translation>Gehaltene Einträge im Verhältnis zur Grenze</translation>
    </message>
    <message>
        <source>Estimated payload bytes, against the byte bound when there is one</source>
        <translation>Geschätzte Nutzdaten in Bytes, im Verhältnis zur Byte-Grenze, falls vorhanden</translation>
    </message>
    <message>
        <source>Lookups answered from the cache</source>
        <translation>Aus dem Cache beantwortete Abfragen</translation>
    </message>
    <message>
        <source>Entries removed to stay within bounds, by age or by pressure</source>
        <translation>Entfernte Einträge, um in den Grenzen zu bleiben, nach Alter oder Druck</translation>
    </message>
    <message>
        <source>Queue items dropped or refused because the queue was full</source>
        <translation>Verworfene oder abgewiesene Elemente, weil die Warteschlange voll war</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ChoiceListDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Already in the settings</source>
        <translation>Schon in den Einstellungen</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Nichts zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ConnectDialog</name>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>User and &amp;password</source>
        <translation>Benutzer und &amp;Passwort</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>wss://server:8385 or /path/to/control.sock</source>
        <translation>wss://server:8385 oder /pfad/zu/control.sock</translation>
    </message>
    <message>
        <source>A remote engine&apos;s control address (control.remoteListen on the server), or the local socket of a service on this computer</source>
        <translation>Die Steueradresse einer entfernten Engine (control.remoteListen auf dem Server) oder der lokale Socket eines Dienstes auf diesem Computer</translation>
    </message>
    <message>
        <source>mdk_… (made on the server by mechdock control add-key)</source>
        <translation>mdk_… (auf dem Server mit mechdock control add-key erzeugt)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Not an address: use wss://host:port, host:port or the full path of a control.sock.</source>
        <translation>Keine Adresse: wss://host:port, host:port oder den vollständigen Pfad eines control.sock verwenden.</translation>
    </message>
    <message>
        <source>A service on this computer: no password is needed if you may open its socket.</source>
        <translation>Ein Dienst auf diesem Computer: Es ist kein Passwort nötig, wenn Sie seinen Socket öffnen dürfen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the user and the password.</source>
        <translation>Geben Sie Benutzer und Passwort ein.</translation>
    </message>
    <message>
        <source>On the first connection you are asked to confirm the server&apos;s certificate fingerprint (mechdock control fingerprint prints it on the server).</source>
        <translation>Bei der ersten Verbindung werden Sie gebeten, den Zertifikat-Fingerabdruck des Servers zu bestätigen (mechdock control fingerprint gibt ihn auf dem Server aus).</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainerTableModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
        <translation>Laut Docker</translation>
    </message>
    <message>
        <source>Allowed from Discord: %1</source>
        <translation>Von Discord erlaubt: %1</translation>
    </message>
    <message>
        <source>Not configured for Discord</source>
        <translation>Nicht für Discord konfiguriert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>stoppt…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>startet neu…</translation>
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
        <translation>Spieler</translation>
    </message>
    <message>
        <source>No answer from the game server yet</source>
        <translation>Noch keine Antwort vom Spielserver</translation>
    </message>
    <message>
        <source>The game server names no players</source>
        <translation>Der Spielserver nennt keine Spieler</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>A Swarm service: start scales it back, stop scales it to 0, restart replaces its tasks one by one</source>
        <translation>Ein Swarm-Dienst: Starten skaliert ihn zurück, Stoppen skaliert ihn auf 0, Neustarten ersetzt seine Tasks nacheinander</translation>
    </message>
    <message>
        <source>A container</source>
        <translation>Ein Container</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Containers of every Docker endpoint; configured ones can be controlled</source>
        <translation>Container aller Docker-Endpunkte; konfigurierte lassen sich steuern</translation>
    </message>
    <message>
        <source>No containers reported yet: Mechdock is waiting for Docker.</source>
        <translation>Noch keine Container gemeldet: Mechdock wartet auf Docker.</translation>
    </message>
    <message>
        <source>Start the selected container</source>
        <translation>Den ausgewählten Container starten</translation>
    </message>
    <message>
        <source>Stop the selected container</source>
        <translation>Den ausgewählten Container stoppen</translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation>Den ausgewählten Container neu starten</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>The last %1 lines of the selected container&apos;s log</source>
        <translation>Die letzten %1 Zeilen des Logs des ausgewählten Containers</translation>
    </message>
    <message>
        <source>Fetch the log again every 2 seconds and keep the newest line in view</source>
        <translation>Das Log alle 2 Sekunden neu abrufen und die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>Select a container to see its log.</source>
        <translation>Einen Container auswählen, um sein Log zu sehen.</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Log von %1 (%2)</translation>
    </message>
    <message>
        <source>Log of %1 (%2): %3</source>
        <translation>Log von %1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Add to Discord</source>
        <translation>Zu Discord &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Container suchen</translation>
    </message>
    <message>
        <source>List the selected container in the settings, so Discord shows it (status only; allow actions on the Settings page)</source>
        <translation>Den ausgewählten Container in die Einstellungen eintragen, damit Discord ihn anzeigt (nur Status; Aktionen auf der Seite Einstellungen erlauben)</translation>
    </message>
    <message>
        <source>Select a container first</source>
        <translation>Zuerst einen Container auswählen</translation>
    </message>
    <message>
        <source>The settings do not allow this action for %1</source>
        <translation>Die Einstellungen erlauben diese Aktion für %1 nicht</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 läuft bereits</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>Start the container %1 on %2?</source>
        <translation>Den Container %1 auf %2 starten?</translation>
    </message>
    <message>
        <source>Stop the container %1 on %2?</source>
        <translation>Den Container %1 auf %2 stoppen?</translation>
    </message>
    <message>
        <source>Restart the container %1 on %2?</source>
        <translation>Den Container %1 auf %2 neu starten?</translation>
    </message>
    <message>
        <source>It is not configured for Discord; you act on it as the administrator.</source>
        <translation>Er ist nicht für Discord konfiguriert; Sie handeln als Administrator.</translation>
    </message>
    <message>
        <source>The settings do not allow this for Discord; you act on it as the administrator.</source>
        <translation>Die Einstellungen erlauben dies für Discord nicht; Sie handeln als Administrator.</translation>
    </message>
    <message>
        <source>%1 %2: sent…</source>
        <translation>%1 %2: gesendet…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Show only the containers whose name, image, host, state or ports contain this text</source>
        <translation>Nur die Container zeigen, deren Name, Image, Host, Zustand oder Ports diesen Text enthalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Pull the selected container&apos;s image and, if it changed, make the container again from it</source>
        <translation>Das Image des ausgewählten Containers abrufen und den Container bei Änderungen daraus neu erstellen</translation>
    </message>
    <message>
        <source>Update the container %1 on %2? Its image is pulled; if it changed, the container is made again from the new image with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Container %1 auf %2 aktualisieren? Sein Image wird abgerufen; falls es sich geändert hat, wird der Container mit denselben Einstellungen aus dem neuen Image neu erstellt, und der alte kehrt zurück, falls der neue nicht startet.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Swarm rolls out a service&apos;s new image: docker service update --image</source>
        <translation>Swarm verteilt das neue Image eines Dienstes selbst: docker service update --image</translation>
    </message>
    <message>
        <source>Start the Swarm service %1 on %2? It is scaled back to its replicas.</source>
        <translation>Den Swarm-Dienst %1 auf %2 starten? Er wird auf seine Replikate zurückskaliert.</translation>
    </message>
    <message>
        <source>Stop the Swarm service %1 on %2? It is scaled to 0; its replica count is kept for the next start.</source>
        <translation>Den Swarm-Dienst %1 auf %2 stoppen? Er wird auf 0 skaliert; die Zahl seiner Replikate wird für den nächsten Start gemerkt.</translation>
    </message>
    <message>
        <source>Restart the Swarm service %1 on %2? Its tasks are replaced one by one.</source>
        <translation>Den Swarm-Dienst %1 auf %2 neu starten? Seine Tasks werden nacheinander ersetzt.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation>Warte auf den Dienst…</translation>
    </message>
    <message>
        <source>Discord bot:</source>
        <translation>Discord-Bot:</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Konfigurationsprobleme</translation>
    </message>
    <message>
        <source>Problems found in the settings file and the environment</source>
        <translation>Probleme in der Einstellungsdatei und der Umgebung</translation>
    </message>
    <message>
        <source> (latency %1 ms)</source>
        <translation> (Latenz %1 ms)</translation>
    </message>
    <message>
        <source>%1 (%2): reachable, API %3</source>
        <translation>%1 (%2): erreichbar, API %3</translation>
    </message>
    <message>
        <source>no endpoint reported yet</source>
        <translation>noch kein Endpunkt gemeldet</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation>Keine: die Einstellungen sind gültig.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Alarme.</translation>
    </message>
    <message>
        <source>Force &amp;cleanup</source>
        <translation>&amp;Bereinigen erzwingen</translation>
    </message>
    <message>
        <source>Memory: not measured yet</source>
        <translation>Speicher: noch nicht gemessen</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>How much history the memory chart shows</source>
        <translation>Wie viel Verlauf das Speicherdiagramm zeigt</translation>
    </message>
    <message>
        <source>Empty every registered cache and return free heap to the system now; shows what it freed</source>
        <translation>Jetzt alle registrierten Caches leeren und freien Heap an das System zurückgeben; zeigt, was freigegeben wurde</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a timer: above ~50 ms the panel feels sluggish</source>
        <translation>Wie verspätet die Ereignisschleife des Fensters einen Timer ausführt: über ~50 ms wirkt das Panel träge</translation>
    </message>
    <message>
        <source>Mechdock&apos;s CPU use (of one core) and the whole system&apos;s</source>
        <translation>CPU-Nutzung von Mechdock (eines Kerns) und des ganzen Systems</translation>
    </message>
    <message>
        <source>Used space on the disk that holds Mechdock&apos;s data folder</source>
        <translation>Belegter Platz auf der Festplatte mit Mechdocks Datenordner</translation>
    </message>
    <message>
        <source>The machine&apos;s network traffic: rate now and total since boot</source>
        <translation>Netzwerkverkehr des Rechners: aktuelle Rate und Summe seit dem Start</translation>
    </message>
    <message>
        <source>Service and system</source>
        <translation>Dienst und System</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Panel delay:</source>
        <translation>Panel-Verzögerung:</translation>
    </message>
    <message>
        <source>Every bounded cache and queue: what it holds and how well it works</source>
        <translation>Alle begrenzten Caches und Warteschlangen: Inhalt und Wirksamkeit</translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service, newest first</source>
        <translation>Aktuelle Alarme zu Speicher, CPU, Festplatte und Dienst, neueste zuerst</translation>
    </message>
    <message>
        <source>Caches and queues</source>
        <translation>Caches und Warteschlangen</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · max %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>Freed %n entr(ies), %1 of cache payload.</source>
        <translation>
            <numerusform>%n Eintrag freigegeben, %1 Cache-Nutzdaten.</numerusform>
            <numerusform>%n Einträge freigegeben, %1 Cache-Nutzdaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident %1 → %2.</source>
        <translation>Resident %1 → %2.</translation>
    </message>
    <message>
        <source>Heap in use %1 → %2.</source>
        <translation>Belegter Heap %1 → %2.</translation>
    </message>
    <message>
        <source>Cleanup did not run: %1</source>
        <translation>Bereinigung nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Resident %1</translation>
    </message>
    <message>
        <source> · heap %1</source>
        <translation> · Heap %1</translation>
    </message>
    <message>
        <source> · limit %1 (%2 % used)</source>
        <translation> · Limit %1 (%2 % belegt)</translation>
    </message>
    <message>
        <source>Mechdock %1 · system %2</source>
        <translation>Mechdock %1 · System %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <source>%1/s in, %2/s out · </source>
        <translation>%1/s ein, %2/s aus · </translation>
    </message>
    <message>
        <source>%1 in, %2 out in total</source>
        <translation>%1 ein, %2 aus insgesamt</translation>
    </message>
    <message>
        <source>Caches and queues (%1)</source>
        <translation>Caches und Warteschlangen (%1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Warte auf die Engine…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n Container läuft</numerusform>
            <numerusform>%n Container laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestoppt</numerusform>
            <numerusform>%n gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) reachable</source>
        <translation>
            <numerusform>%1 von %n Endpunkt erreichbar</numerusform>
            <numerusform>%1 von %n Endpunkten erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DiscordPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The bot&apos;s connection to Discord&apos;s gateway</source>
        <translation>Die Verbindung des Bots zum Discord-Gateway</translation>
    </message>
    <message>
        <source>Since the service started</source>
        <translation>Seit dem Start des Dienstes</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Recent &amp;commands</source>
        <translation>Letzte Be&amp;fehle</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit-Log</translation>
    </message>
    <message>
        <source>Shards, latency and guilds</source>
        <translation>Shards, Latenz und Guilds</translation>
    </message>
    <message>
        <source>The latest slash commands and buttons used in Discord</source>
        <translation>Die zuletzt in Discord verwendeten Slash-Befehle und Buttons</translation>
    </message>
    <message>
        <source>Every recorded action, with filters</source>
        <translation>Alle erfassten Aktionen, mit Filtern</translation>
    </message>
    <message>
        <source>Discord: waiting for the service…</source>
        <translation>Discord: warte auf den Dienst…</translation>
    </message>
    <message>
        <source>Latency: not connected</source>
        <translation>Latenz: nicht verbunden</translation>
    </message>
    <message>
        <source>One gateway connection per shard; hover a stopped shard for the reason</source>
        <translation>Eine Gateway-Verbindung pro Shard; bei gestoppten Shards zeigt der Tooltip den Grund</translation>
    </message>
    <message>
        <source>The guilds (servers) the bot is a member of</source>
        <translation>Die Guilds (Server), in denen der Bot Mitglied ist</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Latency (up to the last 10 minutes)</source>
        <translation>Latenz (bis zu den letzten 10 Minuten)</translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation>Guilds</translation>
    </message>
    <message>
        <source>No guilds yet: they are listed once the bot is connected.</source>
        <translation>Noch keine Guilds: sie erscheinen, sobald der Bot verbunden ist.</translation>
    </message>
    <message>
        <source>The latest Discord interactions, newest first; hover a row for the user, guild and channel ids</source>
        <translation>Die letzten Discord-Interaktionen, neueste zuerst; der Tooltip einer Zeile zeigt Benutzer-, Guild- und Kanal-ID</translation>
    </message>
    <message>
        <source>No commands yet.</source>
        <translation>Noch keine Befehle.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Where the action came from</source>
        <translation>Woher die Aktion kam</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show only actions with this outcome</source>
        <translation>Nur Aktionen mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>How far back to look</source>
        <translation>Wie weit zurück gesucht wird</translation>
    </message>
    <message>
        <source>Who (exact name)</source>
        <translation>Wer (genauer Name)</translation>
    </message>
    <message>
        <source>Show only actions by this user (the exact name as recorded)</source>
        <translation>Nur Aktionen dieses Benutzers anzeigen (genauer Name wie erfasst)</translation>
    </message>
    <message>
        <source>Action, e.g. /ss or start</source>
        <translation>Aktion, z. B. /ss oder start</translation>
    </message>
    <message>
        <source>Show only this action (exact, e.g. /ss, button:restart, donation)</source>
        <translation>Nur diese Aktion anzeigen (genau, z. B. /ss, button:restart, donation)</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Audit-Log neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Matching:</source>
        <translation>&amp;Passend zu:</translation>
    </message>
    <message>
        <source>Recorded actions, allowed and denied; hover a row for the ids</source>
        <translation>Erfasste Aktionen, erlaubte und abgelehnte; der Tooltip einer Zeile zeigt die IDs</translation>
    </message>
    <message>
        <source>The audit log is read from the service&apos;s database.</source>
        <translation>Das Audit-Log wird aus der Datenbank des Dienstes gelesen.</translation>
    </message>
    <message>
        <source>The service has not started yet.</source>
        <translation>Der Dienst ist noch nicht gestartet.</translation>
    </message>
    <message>
        <source>No commands yet: slash commands and buttons used in Discord appear here.</source>
        <translation>Noch keine Befehle: hier erscheinen die in Discord verwendeten Slash-Befehle und Buttons.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n command(s) from Discord.</source>
        <translation>
            <numerusform>Der letzte Befehl aus Discord.</numerusform>
            <numerusform>Die letzten %n Befehle aus Discord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recorded actions match these filters.</source>
        <translation>Keine erfassten Aktionen passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching action(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Die neueste passende Aktion; für ältere die Filter eingrenzen.</numerusform>
            <numerusform>Die neuesten %n passenden Aktionen; für ältere die Filter eingrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching action(s).</source>
        <translation>
            <numerusform>%n passende Aktion.</numerusform>
            <numerusform>%n passende Aktionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: online, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord: online, %1 von %n Shard verbunden</numerusform>
            <numerusform>Discord: online, %1 von %n Shards verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: connecting, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord: verbindet, %1 von %n Shard verbunden</numerusform>
            <numerusform>Discord: verbindet, %1 von %n Shards verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Discord: connecting…</source>
        <translation>Discord: verbindet…</translation>
    </message>
    <message>
        <source>Discord: %1</source>
        <translation>Discord: %1</translation>
    </message>
    <message>
        <source>Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last 10 minutes</source>
        <translation>Latenz: jetzt %1 ms; %2 / %3 / %4 ms min. / Mittel / max. in den letzten 10 Minuten</translation>
    </message>
    <message>
        <source>Latency: waiting for the first heartbeat</source>
        <translation>Latenz: warte auf den ersten Heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) handled</source>
        <translation>
            <numerusform>%n Interaktion verarbeitet</numerusform>
            <numerusform>%n Interaktionen verarbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REST rate limit(s) hit</source>
        <translation>
            <numerusform>%n REST-Ratenlimit erreicht</numerusform>
            <numerusform>%n REST-Ratenlimits erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n Fortsetzung</numerusform>
            <numerusform>%n Fortsetzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session start(s) left today</source>
        <translation>
            <numerusform>heute noch %n Sitzungsstart</numerusform>
            <numerusform>heute noch %n Sitzungsstarts</numerusform>
        </translation>
    </message>
    <message>
        <source>slash commands registered</source>
        <translation>Slash-Befehle registriert</translation>
    </message>
    <message>
        <source>slash commands not registered yet</source>
        <translation>Slash-Befehle noch nicht registriert</translation>
    </message>
    <message>
        <source>The bot is not in any guild yet.</source>
        <translation>Der Bot ist noch in keiner Guild.</translation>
    </message>
    <message numerus="yes">
        <source>In %n guild(s).</source>
        <translation>
            <numerusform>In %n Guild.</numerusform>
            <numerusform>In %n Guilds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel and control API</source>
        <translation>Panel und Steuer-API</translation>
    </message>
    <message>
        <source>Panel (older entries)</source>
        <translation>Panel (ältere Einträge)</translation>
    </message>
    <message>
        <source>last attempt: %1</source>
        <translation>letzter Versuch: %1</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>neuer Versuch läuft</translation>
    </message>
    <message numerus="yes">
        <source>next attempt in %n s</source>
        <translation>
            <numerusform>nächster Versuch in %n s</numerusform>
            <numerusform>nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too late to answer (overloaded)</source>
        <translation>
            <numerusform>%n zu spät zum Beantworten (überlastet)</numerusform>
            <numerusform>%n zu spät zum Beantworten (überlastet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;actions</source>
        <translation>Auto-&amp;Aktionen</translation>
    </message>
    <message>
        <source>Try a message on the auto-action rules; their counters and last firings</source>
        <translation>Eine Nachricht an den Auto-Aktions-Regeln testen; ihre Zähler und letzten Auslösungen</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Auto-Aktionen</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationDialog</name>
    <message>
        <source>Add donation</source>
        <translation>Spende hinzufügen</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>The donated amount in dollars; it powers the mech and counts toward its next level</source>
        <translation>Der gespendete Betrag in Dollar; er gibt dem Mech Energie und zählt für die nächste Stufe</translation>
    </message>
    <message>
        <source>Who donated</source>
        <translation>Wer gespendet hat</translation>
    </message>
    <message>
        <source>Shown in the donation history and in Discord</source>
        <translation>Wird im Spendenverlauf und in Discord angezeigt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A note for the history, e.g. where the money came from</source>
        <translation>Eine Notiz für den Verlauf, z. B. woher das Geld kam</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record the donation (Enter)</source>
        <translation>Spende erfassen (Eingabe)</translation>
    </message>
    <message>
        <source>Close without recording (Esc)</source>
        <translation>Ohne Erfassen schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Spender:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter an amount of at least $0.01.</source>
        <translation>Einen Betrag von mindestens $0,01 eingeben.</translation>
    </message>
    <message>
        <source>Enter who donated.</source>
        <translation>Eingeben, wer gespendet hat.</translation>
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
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Spende</translation>
    </message>
    <message>
        <source>An operator correction, not a donation</source>
        <translation>Eine Korrektur durch den Betreiber, keine Spende</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::FirstRunChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Give the bot its token (Discord developer portal &gt; Bot &gt; Reset Token)</source>
        <translation>Dem Bot seinen Token geben (Discord-Entwicklerportal &gt; Bot &gt; Reset Token)</translation>
    </message>
    <message>
        <source>Settings: Discord</source>
        <translation>Einstellungen: Discord</translation>
    </message>
    <message>
        <source>Reach Docker (the socket, or an endpoint over TCP with TLS)</source>
        <translation>Docker erreichen (den Socket oder einen Endpunkt über TCP mit TLS)</translation>
    </message>
    <message>
        <source>Settings: Docker</source>
        <translation>Einstellungen: Docker</translation>
    </message>
    <message>
        <source>Invite the bot to your Discord server and list the server&apos;s id</source>
        <translation>Den Bot auf Ihren Discord-Server einladen und die Server-ID eintragen</translation>
    </message>
    <message>
        <source>Discord page</source>
        <translation>Discord-Seite</translation>
    </message>
    <message>
        <source>Choose a status or control channel</source>
        <translation>Einen Status- oder Steuerkanal wählen</translation>
    </message>
    <message>
        <source>Settings: channels</source>
        <translation>Einstellungen: Kanäle</translation>
    </message>
    <message>
        <source>Choose the containers Discord shows (Add to Discord)</source>
        <translation>Die Container wählen, die Discord zeigt (Zu Discord hinzufügen)</translation>
    </message>
    <message>
        <source>Containers page</source>
        <translation>Container-Seite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::GuildTableModel</name>
    <message>
        <source>(not loaded yet)</source>
        <translation>(noch nicht geladen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Guild id %1</source>
        <translation>Guild-ID %1</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>no: not in Guild ids</source>
        <translation>nein: nicht in Guild-IDs</translation>
    </message>
    <message>
        <source>The slash commands are registered only in the servers the settings list. Add %1 to Guild ids on the Settings page (Discord tab) so this server can use them.</source>
        <translation>Die Slash-Befehle werden nur auf den Servern registriert, die die Einstellungen auflisten. Fügen Sie %1 auf der Einstellungsseite (Reiter Discord) zu den Guild-IDs hinzu, damit dieser Server sie nutzen kann.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Not known to be available: its shard is not connected, Discord reports an outage, or its details have not arrived yet</source>
        <translation>Verfügbarkeit unbekannt: sein Shard ist nicht verbunden, Discord meldet einen Ausfall, oder seine Details sind noch nicht angekommen</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LatencyChart</name>
    <message>
        <source>Gateway latency</source>
        <translation>Gateway-Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The heartbeat round trip to Discord&apos;s gateway (mean over the shards), one reading per second</source>
        <translation>Umlaufzeit des Heartbeats zum Discord-Gateway (Mittel über die Shards), ein Messwert pro Sekunde</translation>
    </message>
    <message>
        <source>No latency yet: it is measured with every heartbeat once the bot is connected.</source>
        <translation>Noch keine Latenz: sie wird bei jedem Heartbeat gemessen, sobald der Bot verbunden ist.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LogsPage</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Show only messages of this level or more severe</source>
        <translation>Nur Meldungen dieser oder höherer Stufe anzeigen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Log durchsuchen</translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation>Nur Zeilen mit diesem Text anzeigen</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Service state, memory and problems at a glance</source>
        <translation>Dienststatus, Speicher und Probleme auf einen Blick</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Token, channels, containers, limits and language</source>
        <translation>Token, Kanäle, Container, Limits und Sprache</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>The live log with level filter and search</source>
        <translation>Das Live-Log mit Stufenfilter und Suche</translation>
    </message>
    <message>
        <source>The Discord bot&apos;s connection</source>
        <translation>Die Verbindung des Discord-Bots</translation>
    </message>
    <message>
        <source>The Docker endpoints Mechdock talks to</source>
        <translation>Die Docker-Endpunkte, mit denen Mechdock spricht</translation>
    </message>
    <message>
        <source>Bot: starting…</source>
        <translation>Bot: startet…</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker: wird geprüft…</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source> (no token: see Dashboard)</source>
        <translation> (kein Token: siehe Dashboard)</translation>
    </message>
    <message numerus="yes">
        <source>Docker: %n endpoint(s) reachable</source>
        <translation>
            <numerusform>Docker: %n Endpunkt erreichbar</numerusform>
            <numerusform>Docker: %n Endpunkte erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Every container, with start, stop and restart</source>
        <translation>Alle Container, mit Starten, Stoppen und Neustarten</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation>Seiten (Strg+1 … Strg+8)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <source>Scheduled starts, stops and restarts, with their next runs</source>
        <translation>Geplante Starts, Stopps und Neustarts mit ihren nächsten Läufen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>How long Docker, Discord and animation work takes</source>
        <translation>Wie lange Docker-, Discord- und Animationsarbeit dauert</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Mechdock is still running</source>
        <translation>Mechdock läuft weiter</translation>
    </message>
    <message>
        <source>The bot keeps running; use the tray icon to show the window or to quit.</source>
        <translation>Der Bot läuft weiter; über das Symbol im Infobereich das Fenster anzeigen oder beenden.</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech&apos;s animation, level, power and donations</source>
        <translation>Animation, Stufe, Energie und Spenden des Mechs</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Connection, shards, latency, guilds, commands and the audit log</source>
        <translation>Verbindung, Shards, Latenz, Guilds, Befehle und Audit-Log</translation>
    </message>
    <message>
        <source>The engine this panel shows</source>
        <translation>Die Engine, die dieses Panel anzeigt</translation>
    </message>
    <message>
        <source>Engine: none</source>
        <translation>Engine: keine</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent servers</source>
        <translation>&amp;Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Dieser Computer</translation>
    </message>
    <message>
        <source>Show the engine this panel runs</source>
        <translation>Die Engine anzeigen, die in diesem Panel läuft</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Zertifikat des Servers bestätigen</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate this panel has not seen before.

SHA-256 fingerprint:
%2

Compare it with what &quot;mechdock control fingerprint&quot; prints on the server (it is also in the service&apos;s log). Trust this certificate?</source>
        <translation>Der Server %1 legt ein Zertifikat vor, das dieses Panel noch nicht kennt.

SHA-256-Fingerabdruck:
%2

Vergleichen Sie ihn mit der Ausgabe von „mechdock control fingerprint“ auf dem Server (er steht auch im Log des Dienstes). Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Mechdock — %1</source>
        <translation>Mechdock — %1</translation>
    </message>
    <message>
        <source>Engine: this computer (runs in this panel)</source>
        <translation>Engine: dieser Computer (läuft in diesem Panel)</translation>
    </message>
    <message>
        <source>Engine: %1 (as %2)</source>
        <translation>Engine: %1 (als %2)</translation>
    </message>
    <message>
        <source>Engine: connecting to %1…</source>
        <translation>Engine: verbindet mit %1…</translation>
    </message>
    <message>
        <source>Engine: %1 disconnected</source>
        <translation>Engine: %1 getrennt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>The pages show the data of %1 and may be out of date.</source>
        <translation>Die Seiten zeigen den Stand von %1 und sind womöglich veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Nächster Versuch in %n s.</numerusform>
            <numerusform>Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Engine &gt; Connect to server… to try again.</source>
        <translation>Für einen neuen Versuch Engine &gt; Mit Server verbinden… verwenden.</translation>
    </message>
    <message>
        <source>not connected to an engine</source>
        <translation>nicht mit einer Engine verbunden</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 is already in Discord&apos;s list.</source>
        <translation>%1 steht bereits in der Liste von Discord.</translation>
    </message>
    <message>
        <source>%1 is in Discord&apos;s list now (status only); allow start, stop or restart on the Settings page.</source>
        <translation>%1 steht jetzt in der Liste von Discord (nur Status); Starten, Stoppen oder Neustarten auf der Seite Einstellungen erlauben.</translation>
    </message>
    <message>
        <source>Stop the bot?</source>
        <translation>Den Bot stoppen?</translation>
    </message>
    <message>
        <source>The Discord bot runs inside this panel: closing it stops the bot. (A service started with mechdockd keeps the bot running without a window, and the panel attaches to it.)

Close and stop the bot?</source>
        <translation>Der Discord-Bot läuft in diesem Panel: Schließen stoppt den Bot. (Ein mit mechdockd gestarteter Dienst hält den Bot ohne Fenster am Laufen, und das Panel verbindet sich mit ihm.)

Schließen und den Bot stoppen?</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MechPage</name>
    <message>
        <source>&amp;Add donation…</source>
        <translation>Spende &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The mech&apos;s current animation, at the speed its power gives it</source>
        <translation>Die aktuelle Animation des Mechs, im Tempo, das seine Energie ihm gibt</translation>
    </message>
    <message>
        <source>Evolution level: total donations unlock the next one</source>
        <translation>Evolutionsstufe: die Spendensumme schaltet die nächste frei</translation>
    </message>
    <message>
        <source>Speed level %v of 100</source>
        <translation>Tempostufe %v von 100</translation>
    </message>
    <message>
        <source>Power drives the walking speed; it decays a little every day</source>
        <translation>Die Energie bestimmt das Lauftempo; sie sinkt jeden Tag ein wenig</translation>
    </message>
    <message>
        <source>Donations counted toward the next level</source>
        <translation>Für die nächste Stufe gezählte Spenden</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>Evolution:</source>
        <translation>Evolution:</translation>
    </message>
    <message>
        <source>Donated:</source>
        <translation>Gespendet:</translation>
    </message>
    <message>
        <source>The latest donations and adjustments, newest first</source>
        <translation>Die letzten Spenden und Korrekturen, neueste zuerst</translation>
    </message>
    <message>
        <source>Record a donation received outside Discord (Ctrl+N)</source>
        <translation>Eine außerhalb von Discord erhaltene Spende erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Read the donation history and the animation again (F5)</source>
        <translation>Spendenverlauf und Animation neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Donation history</source>
        <translation>Spendenverlauf</translation>
    </message>
    <message>
        <source>Waiting for the service to report the mech…</source>
        <translation>Warte, bis der Dienst den Mech meldet…</translation>
    </message>
    <message>
        <source>No animation yet.</source>
        <translation>Noch keine Animation.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The history appears once the service has started the mech.</source>
        <translation>Der Verlauf erscheint, sobald der Dienst den Mech gestartet hat.</translation>
    </message>
    <message>
        <source>The mech is not running yet; it starts with the service&apos;s database.</source>
        <translation>Der Mech läuft noch nicht; er startet mit der Datenbank des Dienstes.</translation>
    </message>
    <message>
        <source>The mech is not running: the database is unavailable (%1).</source>
        <translation>Der Mech läuft nicht: die Datenbank ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>%1 of power: resting</source>
        <translation>%1 Energie: ruht</translation>
    </message>
    <message>
        <source>%1 of power, %2 % speed</source>
        <translation>%1 Energie, Tempo %2 %</translation>
    </message>
    <message>
        <source>%1 of %2 to level %3</source>
        <translation>%1 von %2 bis Stufe %3</translation>
    </message>
    <message>
        <source>The top level is reached.</source>
        <translation>Die höchste Stufe ist erreicht.</translation>
    </message>
    <message>
        <source>Resting: the mech has no power left.</source>
        <translation>Ruht: der Mech hat keine Energie mehr.</translation>
    </message>
    <message>
        <source>Walking at %1 % speed.</source>
        <translation>Läuft mit %1 % Tempo.</translation>
    </message>
    <message>
        <source>This system cannot play WebP animations. Install Qt&apos;s image format plugins (Debian: qt6-image-formats-plugins) and restart Mechdock.</source>
        <translation>Dieses System kann keine WebP-Animationen abspielen. Die Bildformat-Plugins von Qt installieren (Debian: qt6-image-formats-plugins) und Mechdock neu starten.</translation>
    </message>
    <message>
        <source>No animation: %1</source>
        <translation>Keine Animation: %1</translation>
    </message>
    <message>
        <source>The animation could not be decoded: %1</source>
        <translation>Die Animation konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No donations yet. Use /donate in Discord or add one here.</source>
        <translation>Noch keine Spenden. /donate in Discord verwenden oder hier eine hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n donation(s).</source>
        <translation>
            <numerusform>Die letzte Spende.</numerusform>
            <numerusform>Die letzten %n Spenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s).</source>
        <translation>
            <numerusform>%n Spende.</numerusform>
            <numerusform>%n Spenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Nicht mit der Engine verbunden.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MemoryChart</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>No memory readings yet: the monitor samples every few seconds.</source>
        <translation>Noch keine Speichermessungen: der Monitor misst alle paar Sekunden.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>RSS (resident memory), heap in use and the effective limit over the chosen window; the shaded bands are the Medium, High and Critical pressure levels</source>
        <translation>RSS (residenter Speicher), belegter Heap und effektives Limit im gewählten Zeitraum; die schattierten Bänder sind die Druckstufen Mittel, Hoch und Kritisch</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::OperationTableModel</name>
    <message numerus="yes">
        <source>%1: %n call(s) since start, %2 failed; percentiles over the last %3</source>
        <translation>
            <numerusform>%1: %n Aufruf seit dem Start, %2 fehlgeschlagen; Perzentile über die letzten %3</numerusform>
            <numerusform>%1: %n Aufrufe seit dem Start, %2 fehlgeschlagen; Perzentile über die letzten %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls since the service started</source>
        <translation>Aufrufe seit dem Start des Dienstes</translation>
    </message>
    <message>
        <source>Duration in milliseconds that this share of recent calls stayed under</source>
        <translation>Dauer in Millisekunden, unter der dieser Anteil der letzten Aufrufe blieb</translation>
    </message>
    <message>
        <source>The slowest recent call, in milliseconds</source>
        <translation>Der langsamste letzte Aufruf, in Millisekunden</translation>
    </message>
    <message>
        <source>Recent calls that succeeded</source>
        <translation>Erfolgreiche letzte Aufrufe</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
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
        <translation>Max. ms</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
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
        <translation>Alle gemessenen Operationen: Docker-Aufrufe, Discord-REST-Aufrufe, Interaktionen, Animationsjobs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Median and 95th percentile of the busiest operations</source>
        <translation>Median und 95. Perzentil der häufigsten Operationen</translation>
    </message>
    <message>
        <source>No operations measured yet.</source>
        <translation>Noch keine Operationen gemessen.</translation>
    </message>
    <message>
        <source>Round trip of the gateway heartbeat</source>
        <translation>Umlaufzeit des Gateway-Heartbeats</translation>
    </message>
    <message>
        <source>Discord REST answers with 429 Too Many Requests since start</source>
        <translation>Discord-REST-Antworten mit 429 Too Many Requests seit dem Start</translation>
    </message>
    <message>
        <source>Slash commands and buttons handled since start</source>
        <translation>Seit dem Start verarbeitete Slash-Befehle und Buttons</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Gateway latency:</source>
        <translation>Gateway-Latenz:</translation>
    </message>
    <message>
        <source>REST 429 answers:</source>
        <translation>REST-429-Antworten:</translation>
    </message>
    <message>
        <source>Interactions handled:</source>
        <translation>Verarbeitete Interaktionen:</translation>
    </message>
    <message>
        <source>not connected (%1)</source>
        <translation>nicht verbunden (%1)</translation>
    </message>
    <message>
        <source>connected, waiting for the first heartbeat</source>
        <translation>verbunden, warte auf den ersten Heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms over %2 of %n shard(s)</source>
        <translation>
            <numerusform>%1 ms über %2 von %n Shard</numerusform>
            <numerusform>%1 ms über %2 von %n Shards</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1
median %2 ms, 95th percentile %3 ms</source>
        <translation>%1
Median %2 ms, 95. Perzentil %3 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PressureBadge</name>
    <message>
        <source>Memory: unknown</source>
        <translation>Speicher: unbekannt</translation>
    </message>
    <message>
        <source>Memory: low</source>
        <translation>Speicher: niedrig</translation>
    </message>
    <message>
        <source>Memory: medium</source>
        <translation>Speicher: mittel</translation>
    </message>
    <message>
        <source>Memory: high</source>
        <translation>Speicher: hoch</translation>
    </message>
    <message>
        <source>Memory: critical</source>
        <translation>Speicher: kritisch</translation>
    </message>
    <message>
        <source>Memory pressure: usage against the effective limit</source>
        <translation>Speicherdruck: Nutzung gegenüber dem effektiven Limit</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SchedulerPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Scheduled container actions; double-click a task to edit it</source>
        <translation>Geplante Container-Aktionen; Doppelklick auf eine Aufgabe zum Bearbeiten</translation>
    </message>
    <message>
        <source>Schedule a start, stop or restart (Ctrl+N)</source>
        <translation>Start, Stopp oder Neustart planen (Strg+N)</translation>
    </message>
    <message>
        <source>Change the selected task (Enter)</source>
        <translation>Ausgewählte Aufgabe ändern (Eingabe)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete)</source>
        <translation>Ausgewählte Aufgabe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Enable or disable the selected task without removing it</source>
        <translation>Ausgewählte Aufgabe aktivieren oder deaktivieren, ohne sie zu entfernen</translation>
    </message>
    <message>
        <source>Read the tasks again (F5)</source>
        <translation>Aufgaben neu einlesen (F5)</translation>
    </message>
    <message>
        <source>The scheduler is not running yet; tasks appear once the service has started it.</source>
        <translation>Der Zeitplaner läuft noch nicht; Aufgaben erscheinen, sobald der Dienst ihn gestartet hat.</translation>
    </message>
    <message>
        <source>No scheduled tasks. Add one to start, stop or restart a container at set times.</source>
        <translation>Keine geplanten Aufgaben. Eine hinzufügen, um einen Container zu festen Zeiten zu starten, zu stoppen oder neu zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s).</source>
        <translation>
            <numerusform>%n geplante Aufgabe.</numerusform>
            <numerusform>%n geplante Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Aufgabe gespeichert.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1 %2 at %3&quot;?</source>
        <translation>Die Aufgabe „%1 %2 um %3“ löschen?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Aufgabe gelöscht.</translation>
    </message>
    <message>
        <source>Task enabled.</source>
        <translation>Aufgabe aktiviert.</translation>
    </message>
    <message>
        <source>Task disabled.</source>
        <translation>Aufgabe deaktiviert.</translation>
    </message>
    <message>
        <source>The tasks cannot be shown: %1</source>
        <translation>Die Aufgaben können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Not connected to the engine; try again in a moment.</source>
        <translation>Nicht mit der Engine verbunden; gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SettingsPage</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
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
        <translation>&amp;Limits und Verhalten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the settings file (Ctrl+S); the service reloads it</source>
        <translation>Einstellungsdatei schreiben (Strg+S); der Dienst lädt sie neu</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>Änderungen verwerfen und die Datei neu einlesen</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Discord connection</source>
        <translation>Discord-Verbindung</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Cool-downs and rate limits</source>
        <translation>Abklingzeiten und Ratenlimits</translation>
    </message>
    <message>
        <source>Memory and resources</source>
        <translation>Speicher und Ressourcen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Health-Endpunkt</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source> (environment: %1)</source>
        <translation> (Umgebung: %1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Paste the bot token from the Discord developer portal</source>
        <translation>Den Bot-Token aus dem Discord-Entwicklerportal einfügen</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>Bot-&amp;Token:</translation>
    </message>
    <message>
        <source>Discord ids, separated by commas</source>
        <translation>Discord-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Refresh (s)</source>
        <translation>Aktualisierung (s)</translation>
    </message>
    <message>
        <source>Recreate after (s)</source>
        <translation>Neu erstellen nach (s)</translation>
    </message>
    <message>
        <source>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</source>
        <translation>Statuskanäle zeigen Container; Steuerkanäle erlauben auch Aktionen. Für einen Steuerkanal „Steuerung“ ankreuzen.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Address (empty = DOCKER_HOST or the local socket)</source>
        <translation>Adresse (leer = DOCKER_HOST oder der lokale Socket)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>Zertifikatsordner</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <source>Info text</source>
        <translation>Infotext</translation>
    </message>
    <message>
        <source>Which containers Discord shows, and which actions it allows</source>
        <translation>Welche Container Discord zeigt und welche Aktionen es erlaubt</translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation>Docker-Endpunkte</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>Alle Einstellungen sind gültig.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Zuerst einen Token einfügen.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</source>
        <translation>Nicht gespeichert: %1. Stattdessen DISCORD_BOT_TOKEN in der Umgebung setzen.</translation>
    </message>
    <message numerus="yes">
        <source>Settings that need attention: %n</source>
        <translation>
            <numerusform>Einstellung, die Aufmerksamkeit braucht: %n</numerusform>
            <numerusform>Einstellungen, die Aufmerksamkeit brauchen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0</source>
        <translation>STUFE:CENT_PRO_TAG, z. B. 10:50, 11:0</translation>
    </message>
    <message>
        <source>Stored in the keychain, or in the settings file (readable only by its owner) where no keychain works; never shown again</source>
        <translation>Wird im Schlüsselbund gespeichert oder, wo kein Schlüsselbund funktioniert, in der Einstellungsdatei (nur für den Eigentümer lesbar); wird nie wieder angezeigt</translation>
    </message>
    <message>
        <source>&amp;Store token</source>
        <translation>Token spei&amp;chern</translation>
    </message>
    <message>
        <source>Give the token to the engine; the bot uses it at once</source>
        <translation>Den Token an die Engine übergeben; der Bot verwendet ihn sofort</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask Discord whose token this is (the pasted one, or the engine&apos;s own when the field is empty)</source>
        <translation>Discord fragen, wem dieser Token gehört (dem eingefügten oder, bei leerem Feld, dem der Engine)</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s settings…</source>
        <translation>Einstellungen der Engine werden gelesen…</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read: %1</source>
        <translation>Die Einstellungen der Engine konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The engine has a bot token. Paste a new one to replace it.</source>
        <translation>Die Engine hat einen Bot-Token. Fügen Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Settings of %1.</source>
        <translation>Einstellungen aus %1.</translation>
    </message>
    <message>
        <source>The environment overrides: %1 (the engine keeps applying them after a save).</source>
        <translation>Überschreibungen aus der Umgebung: %1 (die Engine wendet sie auch nach dem Speichern weiter an).</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1, Zeile %2, %3: %4</translation>
    </message>
    <message>
        <source>The token comes from the environment variable %1; it wins over a stored one.</source>
        <translation>Der Token kommt aus der Umgebungsvariable %1; sie hat Vorrang vor einem gespeicherten.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over the file: change or unset it there. The file&apos;s value is shown.</source>
        <translation>Durch die Umgebungsvariable %1 gesetzt, die Vorrang vor der Datei hat: dort ändern oder entfernen. Angezeigt wird der Wert aus der Datei.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to %1; the engine uses the new settings.</source>
        <translation>In %1 gespeichert; die Engine verwendet die neuen Einstellungen.</translation>
    </message>
    <message>
        <source>The engine is not running; the token can be checked once it is.</source>
        <translation>Die Engine läuft nicht; der Token kann geprüft werden, sobald sie läuft.</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Discord wird gefragt…</translation>
    </message>
    <message>
        <source>The token works: it belongs to the bot %1 (id %2).</source>
        <translation>Der Token funktioniert: Er gehört dem Bot %1 (ID %2).</translation>
    </message>
    <message>
        <source>The token does not work: %1</source>
        <translation>Der Token funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; the bot uses it now.</source>
        <translation>Im Schlüsselbund gespeichert; der Bot verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable only by its owner); the bot uses it now.</source>
        <translation>In %1 gespeichert (nur für den Eigentümer lesbar); der Bot verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>No keychain works here (%1), so the token is stored in %2, readable only by its owner; the bot uses it now.</source>
        <translation>Hier funktioniert kein Schlüsselbund (%1), daher ist der Token in %2 gespeichert, nur für den Eigentümer lesbar; der Bot verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>Choose from &amp;Discord…</source>
        <translation>Aus &amp;Discord wählen…</translation>
    </message>
    <message>
        <source>Pick channels from the servers the bot is in</source>
        <translation>Kanäle aus den Servern wählen, auf denen der Bot ist</translation>
    </message>
    <message>
        <source>Choose from D&amp;ocker…</source>
        <translation>Aus D&amp;ocker wählen…</translation>
    </message>
    <message>
        <source>Pick containers from the Docker endpoints</source>
        <translation>Container von den Docker-Endpunkten wählen</translation>
    </message>
    <message>
        <source>The engine is not running; channels can be listed once it is.</source>
        <translation>Die Engine läuft nicht; Kanäle lassen sich auflisten, sobald sie läuft.</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>Die Kanäle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Channel id %1</source>
        <translation>Kanal-ID %1</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Kanäle wählen</translation>
    </message>
    <message>
        <source>Tick the channels the bot should post container status in. They are added as status channels; tick Control in the table to allow actions there.</source>
        <translation>Kreuzen Sie die Kanäle an, in die der Bot den Container-Status schreiben soll. Sie werden als Statuskanäle hinzugefügt; kreuzen Sie in der Tabelle „Steuerung“ an, um dort Aktionen zu erlauben.</translation>
    </message>
    <message>
        <source>The engine is not running; containers can be listed once it is.</source>
        <translation>Die Engine läuft nicht; Container lassen sich auflisten, sobald sie läuft.</translation>
    </message>
    <message>
        <source>The containers could not be listed: %1</source>
        <translation>Die Container konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1: Docker does not answer (%2)</source>
        <translation>%1: Docker antwortet nicht (%2)</translation>
    </message>
    <message>
        <source>Choose containers</source>
        <translation>Container wählen</translation>
    </message>
    <message>
        <source>Tick the containers Discord should show. They are added with their status only; tick Start, Stop or Restart in the table to allow those actions.</source>
        <translation>Kreuzen Sie die Container an, die Discord zeigen soll. Sie werden nur mit ihrem Status hinzugefügt; kreuzen Sie in der Tabelle Starten, Stoppen oder Neustarten an, um diese Aktionen zu erlauben.</translation>
    </message>
    <message>
        <source>The bot&apos;s servers have no text channel it can see.</source>
        <translation>Die Server des Bots haben keinen Textkanal, den er sehen kann.</translation>
    </message>
    <message>
        <source>Docker has not listed any container yet (the settings may have just changed); try again in a moment.</source>
        <translation>Docker hat noch keinen Container gemeldet (die Einstellungen haben sich vielleicht gerade geändert); gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Auto-Aktionen</translation>
    </message>
    <message>
        <source>Player query</source>
        <translation>Spielerabfrage</translation>
    </message>
    <message>
        <source>Query host</source>
        <translation>Query-Host</translation>
    </message>
    <message>
        <source>Query port</source>
        <translation>Query-Port</translation>
    </message>
    <message>
        <source>How to ask the game server for its players: none, a2s (Steam/Source games) or minecraft</source>
        <translation>Wie der Spielserver nach seinen Spielern gefragt wird: none, a2s (Steam-/Source-Spiele) oder minecraft</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1</source>
        <translation>Leer: 127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: the protocol&apos;s usual port (27015 for A2S, 25565 for Minecraft)</source>
        <translation>Leer: der übliche Port des Protokolls (27015 für A2S, 25565 für Minecraft)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>container, or service for a Swarm service of a manager endpoint</source>
        <translation>container, oder service für einen Swarm-Dienst eines Manager-Endpunkts</translation>
    </message>
    <message>
        <source>%1 [Swarm service]</source>
        <translation>%1 [Swarm-Dienst]</translation>
    </message>
    <message>
        <source>Update tag</source>
        <translation>Update-Tag</translation>
    </message>
    <message>
        <source>The tag an update pulls, e.g. stable; empty: the container&apos;s own</source>
        <translation>Das Tag, das eine Aktualisierung holt, z. B. stable; leer: das eigene des Containers</translation>
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
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gateway events received on this shard</source>
        <translation>Auf diesem Shard empfangene Gateway-Ereignisse</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Identifizierungen</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Fortsetzungen</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Letzte Trennung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskEditorDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>Geplante Aufgabe</translation>
    </message>
    <message>
        <source>The Docker endpoint the container runs on</source>
        <translation>Der Docker-Endpunkt, auf dem der Container läuft</translation>
    </message>
    <message>
        <source>The container&apos;s name</source>
        <translation>Der Name des Containers</translation>
    </message>
    <message>
        <source>What happens to the container when the task runs</source>
        <translation>Was mit dem Container passiert, wenn die Aufgabe läuft</translation>
    </message>
    <message>
        <source>e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</source>
        <translation>z. B. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</source>
        <translation>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>The IANA time zone the schedule&apos;s times are in, e.g. Europe/Berlin</source>
        <translation>Die IANA-Zeitzone der Zeitplanzeiten, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>A disabled task is kept but does not run</source>
        <translation>Eine deaktivierte Aufgabe bleibt erhalten, läuft aber nicht</translation>
    </message>
    <message>
        <source>A note for other operators (optional)</source>
        <translation>Eine Notiz für andere Betreiber (optional)</translation>
    </message>
    <message>
        <source>When the task would run next, in the chosen time zone</source>
        <translation>Wann die Aufgabe als Nächstes liefe, in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>New scheduled task</source>
        <translation>Neue geplante Aufgabe</translation>
    </message>
    <message>
        <source>Edit scheduled task</source>
        <translation>Geplante Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Choose the container the task acts on.</source>
        <translation>Den Container wählen, auf den die Aufgabe wirkt.</translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation>Einen Zeitplan eingeben.</translation>
    </message>
    <message>
        <source>This schedule never runs (again).</source>
        <translation>Dieser Zeitplan läuft nie (mehr).</translation>
    </message>
    <message>
        <source>The settings do not allow &quot;%1&quot; for %2, so the engine will refuse the task when it runs. Allow it on the Settings page (Docker tab).</source>
        <translation>Die Einstellungen erlauben &quot;%1&quot; für %2 nicht, daher lehnt die Engine die Aufgabe bei der Ausführung ab. Erlauben Sie es auf der Einstellungsseite (Reiter Docker).</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskTableModel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <source>Next runs:
%1</source>
        <translation>Nächste Läufe:
%1</translation>
    </message>
    <message>
        <source>Enabled: runs on schedule</source>
        <translation>Aktiviert: läuft nach Zeitplan</translation>
    </message>
    <message>
        <source>Disabled: does not run</source>
        <translation>Deaktiviert: läuft nicht</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>nie mehr</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TrayController</name>
    <message>
        <source>&amp;Show Mechdock</source>
        <translation>Mechdock &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Mechdock: starting…</source>
        <translation>Mechdock: startet…</translation>
    </message>
    <message>
        <source>Mechdock alert</source>
        <translation>Mechdock-Alarm</translation>
    </message>
    <message numerus="yes">
        <source>Mechdock: %n new alert(s)</source>
        <translation>
            <numerusform>Mechdock: %n neuer Alarm</numerusform>
            <numerusform>Mechdock: %n neue Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechdock · bot %1</source>
        <translation>Mechdock · Bot %1</translation>
    </message>
    <message>
        <source> · memory %1</source>
        <translation> · Speicher %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n Docker endpoint(s) unreachable</source>
        <translation>
            <numerusform> · %n Docker-Endpunkt nicht erreichbar</numerusform>
            <numerusform> · %n Docker-Endpunkte nicht erreichbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Start %1?</source>
        <translation>%1 starten?</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>%1 stoppen?</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>Only the newest part is shown.</source>
        <translation>Nur der neueste Teil wird angezeigt.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Warte auf die Engine…</translation>
    </message>
    <message>
        <source>Docker endpoint %1 cannot be reached: %2</source>
        <translation>Docker-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No containers.</source>
        <translation>Keine Container.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Keine geplanten Aufgaben.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Delete the task “%1” for %2?</source>
        <translation>Die Aufgabe „%1“ für %2 löschen?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Aufgabe gelöscht.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Dieser Zeitplan läuft nie.</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>Nächste Läufe (%1):</translation>
    </message>
    <message>
        <source>Please choose a container.</source>
        <translation>Bitte einen Container wählen.</translation>
    </message>
    <message>
        <source>Please enter a schedule.</source>
        <translation>Bitte einen Zeitplan eingeben.</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Aufgabe gespeichert.</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Aufgabe hinzugefügt.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</source>
        <translation>Zum Beispiel: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>Empty: the settings&apos; default time zone.</source>
        <translation>Leer: die Standard-Zeitzone der Einstellungen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>Spende</translation>
    </message>
    <message>
        <source>No donations yet.</source>
        <translation>Noch keine Spenden.</translation>
    </message>
    <message>
        <source>Please enter an amount above 0.</source>
        <translation>Bitte einen Betrag über 0 eingeben.</translation>
    </message>
    <message>
        <source>Record a donation of %1 from %2?</source>
        <translation>Eine Spende über %1 von %2 erfassen?</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Record donation</source>
        <translation>Spende erfassen</translation>
    </message>
    <message>
        <source>Donation recorded. The mech is at level %1.</source>
        <translation>Spende erfasst. Der Mech ist auf Stufe %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>ruht</translation>
    </message>
    <message>
        <source>%1 of %2 to the next level</source>
        <translation>%1 von %2 bis zur nächsten Stufe</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>Höchste Stufe erreicht</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech is not running.</source>
        <translation>Der Mech läuft nicht.</translation>
    </message>
    <message>
        <source>Mech animation</source>
        <translation>Mech-Animation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Fortschritt bis zur nächsten Stufe</translation>
    </message>
    <message>
        <source>Record a donation</source>
        <translation>Eine Spende erfassen</translation>
    </message>
    <message>
        <source>Amount ($)</source>
        <translation>Betrag ($)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Donated in total</source>
        <translation>Insgesamt gespendet</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Noch nicht genug Daten.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>No recent alerts.</source>
        <translation>Keine aktuellen Alarme.</translation>
    </message>
    <message>
        <source>Free memory now? Caches are emptied and unused memory is returned to the system.</source>
        <translation>Jetzt Speicher freigeben? Caches werden geleert und ungenutzter Speicher wird an das System zurückgegeben.</translation>
    </message>
    <message>
        <source>Free memory now</source>
        <translation>Jetzt Speicher freigeben</translation>
    </message>
    <message>
        <source>Freed %1 entries (%2). Memory: %3 → %4.</source>
        <translation>%1 Einträge freigegeben (%2). Speicher: %3 → %4.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Memory use over time</source>
        <translation>Speichernutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
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
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Memory (RSS)</source>
        <translation>Speicher (RSS)</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Process CPU</source>
        <translation>Prozess-CPU</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>System-CPU</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Aktuelle Alarme</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>%1 aktualisieren? Sein Image wird abgerufen; falls es sich geändert hat, wird der Container mit denselben Einstellungen daraus neu erstellt, und der alte kehrt zurück, falls der neue nicht startet.</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm-Dienst</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>(one per line)</source>
        <translation>(ein Eintrag pro Zeile)</translation>
    </message>
    <message>
        <source>Choose from Docker…</source>
        <translation>Aus Docker wählen…</translation>
    </message>
    <message>
        <source>Choose from Discord…</source>
        <translation>Aus Discord wählen…</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Set by the environment (these win over the file):</source>
        <translation>Durch die Umgebung gesetzt (diese haben Vorrang vor der Datei):</translation>
    </message>
    <message>
        <source>A bot token is set.</source>
        <translation>Ein Bot-Token ist gesetzt.</translation>
    </message>
    <message>
        <source>No bot token is set.</source>
        <translation>Kein Bot-Token gesetzt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Saved, with %1 warnings.</source>
        <translation>Gespeichert, mit %1 Warnungen.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Discard your changes and load the saved settings?</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherten Einstellungen laden?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Zuerst den Token einfügen.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>Der Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The token is stored in the settings file.</source>
        <translation>Der Token ist in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>The keychain was not used: %1</source>
        <translation>Der Schlüsselbund wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Discord wird gefragt…</translation>
    </message>
    <message>
        <source>Discord accepts the token: %1 (id %2).</source>
        <translation>Discord akzeptiert den Token: %1 (ID %2).</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Nichts zur Auswahl.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>Ankündigungskanal</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose channels from Discord</source>
        <translation>Kanäle aus Discord wählen</translation>
    </message>
    <message>
        <source>Choose containers from Docker</source>
        <translation>Container aus Docker wählen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>The token is never shown. A new one replaces the stored one.</source>
        <translation>Der Token wird nie angezeigt. Ein neuer ersetzt den gespeicherten.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neuer Token</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Token setzen</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm-Dienst</translation>
    </message>
</context>
</TS>
