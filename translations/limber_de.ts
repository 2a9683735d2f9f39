<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdviceText</name>
    <message>
        <source>The pain started after a fall, an accident or an injury</source>
        <translation>Die Schmerzen begannen nach einem Sturz, einem Unfall oder einer Verletzung</translation>
    </message>
    <message>
        <source>Getting worse (%1 → %2)</source>
        <translation>Schlimmer werdend (%1 → %2)</translation>
    </message>
    <message>
        <source>On %1 you said this pain started right after a fall, an accident or another injury.</source>
        <translation>Am %1 haben Sie angegeben, dass diese Schmerzen direkt nach einem Sturz, einem Unfall oder einer anderen Verletzung begannen.</translation>
    </message>
    <message>
        <source>Your pain went from %1 to %2 between %3 and %4.</source>
        <translation>Ihre Schmerzen stiegen zwischen %3 und %4 von %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>Your pain rose at each of %n&#xa0;check-ins in a row: %1.</source>
        <translation>
            <numerusform>Ihre Schmerzen stiegen bei %n&#xa0;Abfrage in Folge: %1.</numerusform>
            <numerusform>Ihre Schmerzen stiegen bei %n&#xa0;Abfragen in Folge: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This routine&apos;s source advises seeing a doctor before you do it when pain starts right after an injury. Please see a doctor first.</source>
        <translation>Die Quelle dieser Übungsfolge rät, vorher einen Arzt aufzusuchen, wenn Schmerzen direkt nach einer Verletzung beginnen. Bitte gehen Sie zuerst zum Arzt.</translation>
    </message>
    <message>
        <source>Call emergency services or go to an emergency department now if your back pain comes with any of these:</source>
        <translation>Rufen Sie sofort den Notruf oder gehen Sie in eine Notaufnahme, wenn zu Ihren Rückenschmerzen eines davon kommt:</translation>
    </message>
    <message>
        <source>See a doctor soon if it comes with any of these:</source>
        <translation>Gehen Sie bald zu einer Ärztin oder einem Arzt, wenn eines davon dazukommt:</translation>
    </message>
    <message>
        <source>pain in both legs that comes from your back</source>
        <translation>Schmerzen in beiden Beinen, die vom Rücken ausgehen</translation>
    </message>
    <message>
        <source>weakness or numbness in both legs that is severe or getting worse</source>
        <translation>Schwäche oder Taubheit in beiden Beinen, die stark ist oder zunimmt</translation>
    </message>
    <message>
        <source>numbness around or under your genitals, or around your bottom</source>
        <translation>Taubheit um oder unter den Genitalien oder rund um den After</translation>
    </message>
    <message>
        <source>new trouble starting to pee, or controlling your bladder or bowels</source>
        <translation>neue Schwierigkeiten, Wasser zu lassen oder Blase oder Darm zu kontrollieren</translation>
    </message>
    <message>
        <source>pain after a major accident, such as a road accident or a fall from a height</source>
        <translation>Schmerzen nach einem schweren Unfall, etwa einem Verkehrsunfall oder einem Sturz aus der Höhe</translation>
    </message>
    <message>
        <source>pain after a minor fall or knock if you are older, have osteoporosis or have taken steroids for a long time</source>
        <translation>Schmerzen nach einem leichten Sturz oder Stoß, wenn Sie älter sind, Osteoporose haben oder lange Steroide genommen haben</translation>
    </message>
    <message>
        <source>pain that stays or gets worse when you lie down and wakes you at night</source>
        <translation>Schmerzen, die im Liegen bleiben oder stärker werden und Sie nachts wecken</translation>
    </message>
    <message>
        <source>a fever or high temperature</source>
        <translation>Fieber oder erhöhte Temperatur</translation>
    </message>
    <message>
        <source>walking that is unsteady or not as usual</source>
        <translation>ein unsicherer oder ungewohnter Gang</translation>
    </message>
    <message>
        <source>pain like a band around your chest or belly</source>
        <translation>Schmerzen wie ein Band um Brust oder Bauch</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Quelle: %1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pain for %n&#xa0;days (%1 to %2)</source>
        <translation>
            <numerusform>Schmerzen seit %n&#xa0;Tag (%1 bis %2)</numerusform>
            <numerusform>Schmerzen seit %n&#xa0;Tagen (%1 bis %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You first reported this pain on %1 (%2 out of 10) and it was still there on %3 (%4 out of 10): %n&#xa0;days, more than the %5&#xa0;days after which this routine&apos;s source advises seeing a doctor.</source>
        <translation>
            <numerusform>Sie haben diese Schmerzen zuerst am %1 angegeben (%2 von 10), und am %3 waren sie noch da (%4 von 10): %n&#xa0;Tag, mehr als die %5&#xa0;Tage, nach denen die Quelle dieser Übungsfolge einen Arztbesuch rät.</numerusform>
            <numerusform>Sie haben diese Schmerzen zuerst am %1 angegeben (%2 von 10), und am %3 waren sie noch da (%4 von 10): %n&#xa0;Tage, mehr als die %5&#xa0;Tage, nach denen die Quelle dieser Übungsfolge einen Arztbesuch rät.</numerusform>
        </translation>
    </message>
    <message>
        <source>This routine&apos;s source advises seeing a doctor when pain persists or gets worse. Limber does not diagnose: it repeats that advice with your own ratings, so that you can show them to a doctor.</source>
        <translation>Die Quelle dieser Übungsfolge rät zum Arztbesuch, wenn Schmerzen anhalten oder schlimmer werden. Limber stellt keine Diagnose: Es wiederholt diesen Rat mit Ihren eigenen Angaben, damit Sie sie einer Ärztin oder einem Arzt zeigen können.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>limber: no such file or folder: %1</source>
        <translation>limber: Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2, %3.</source>
        <translation>%1 geprüft: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s)</source>
        <translation>
            <numerusform>%n Übungsfolgen-Datei</numerusform>
            <numerusform>%n Übungsfolgen-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <source>limber: no routine with id &apos;%1&apos; (limber --list shows them)</source>
        <translation>limber: keine Übungsfolge mit der ID „%1“ (limber --list zeigt alle)</translation>
    </message>
    <message>
        <source>limber: --export-size must be like 800x600 (16 to 8000 pixels) and --export-format png, svg or both</source>
        <translation>limber: --export-size muss die Form 800x600 haben (16 bis 8000 Pixel) und --export-format png, svg oder both sein</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a routine of the user&apos;s own</comment>
        <translation>eigene</translation>
    </message>
    <message>
        <source>bundled</source>
        <comment>a routine that ships with Limber</comment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>Sessions (%1):</source>
        <translation>Einheiten (%1):</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>%1 of %2 exercises done, %3 holds, %4 reps, %5 breaths</source>
        <translation>%1 von %2 Übungen gemacht, %3 Haltephasen, %4 Wiederholungen, %5 Atemzüge</translation>
    </message>
    <message>
        <source>Pain check-ins (%1):</source>
        <translation>Schmerzabfragen (%1):</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>after an injury</source>
        <translation>nach einer Verletzung</translation>
    </message>
    <message>
        <source>Advice for %1:</source>
        <translation>Hinweis für %1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>limber: %1</source>
        <translation>limber: %1</translation>
    </message>
    <message>
        <source>Sessions written to %1, pain check-ins to %2.</source>
        <translation>Einheiten gespeichert in %1, Schmerzangaben in %2.</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1: nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already kept.</source>
        <translation>%1: %2 hinzugefügt, %3 schon vorhanden.</translation>
    </message>
    <message>
        <source>limber: cannot import &apos;%1&apos;: Limber imports workrave</source>
        <translation>limber: „%1“ kann nicht importiert werden: Limber importiert workrave</translation>
    </message>
    <message>
        <source>limber: --import workrave takes one file</source>
        <translation>limber: --import workrave nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>limber: no such file: %1</source>
        <translation>limber: Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>limber: install Debian&apos;s workrave-data, or name the file</source>
        <translation>limber: Installieren Sie Debians workrave-data oder geben Sie die Datei an</translation>
    </message>
    <message>
        <source>limber: &apos;%1&apos; is not a date like 2026-11-01</source>
        <translation>limber: „%1“ ist kein Datum wie 2026-11-01</translation>
    </message>
    <message>
        <source>limber: the report&apos;s first day (%1) is after its last (%2)</source>
        <translation>limber: Der erste Tag des Berichts (%1) liegt nach seinem letzten (%2)</translation>
    </message>
    <message>
        <source>limber: the history could not be written out: %1</source>
        <translation>limber: Der Verlauf konnte nicht ausgegeben werden: %1</translation>
    </message>
</context>
<context>
    <name>CueWords</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Durchgang %1</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>Sie brauchen: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation>Seite wechseln: linke Seite</translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation>Seite wechseln: rechte Seite</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Once more, or done?</source>
        <translation>Noch einmal oder fertig?</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Press the right arrow key when you are ready.</source>
        <translation>Drücken Sie die Pfeiltaste nach rechts, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Get ready for %1</source>
        <translation>Gleich geht es weiter mit %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken: keep still in the stretch now</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken and shown: rest now, a pause between parts</comment>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Release</source>
        <comment>spoken: let go of the stretch</comment>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>For once more, press A. For done, press D.</source>
        <comment>spoken: a key&apos;s letter ends its phrase, so the voices say the letter (&quot;Press A for&quot; is read &quot;press uh for&quot;)</comment>
        <translation>Für noch einmal drücken Sie A, für fertig D.</translation>
    </message>
    <message>
        <source>Well done. Routine complete.</source>
        <comment>spoken: a full stop, not a dash (flite reads on through a dash)</comment>
        <translation>Gut gemacht. Übungsfolge abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1&#xa0;min %2&#xa0;s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>Hold %1 to %2</source>
        <translation>%1 bis %2 halten</translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n&#xa0;breath(s)</source>
        <translation>
            <numerusform>%n&#xa0;Atemzug lang halten</numerusform>
            <numerusform>%n&#xa0;Atemzüge lang halten</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for %1 to %2&#xa0;breaths</source>
        <translation>%1 bis %2&#xa0;Atemzüge lang halten</translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;rep(s)</source>
        <translation>
            <numerusform>%n&#xa0;Wiederholung</numerusform>
            <numerusform>%n&#xa0;Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2&#xa0;reps</source>
        <translation>%1 bis %2&#xa0;Wiederholungen</translation>
    </message>
    <message>
        <source>%1, %2 each</source>
        <translation>%1, je %2</translation>
    </message>
    <message>
        <source>Repeat as often as you need</source>
        <translation>So oft wiederholen, wie es Ihnen guttut</translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n&#xa0;time(s)</source>
        <translation>
            <numerusform>%n-mal wiederholen</numerusform>
            <numerusform>%n-mal wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat %1 to %2&#xa0;times</source>
        <translation>%1- bis %2-mal wiederholen</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Etwa %1</translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Noch etwa eine Minute</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>safety level: information</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Caution</source>
        <comment>safety level</comment>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>safety level: the most serious</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Wall</source>
        <comment>equipment</comment>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>equipment</comment>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>equipment</comment>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Mat</source>
        <comment>equipment: exercise mat</comment>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Upper back</source>
        <comment>routine tag</comment>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <comment>routine tag</comment>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>routine tag</comment>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <comment>routine tag</comment>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <comment>routine tag</comment>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Hips</source>
        <comment>routine tag</comment>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Legs</source>
        <comment>routine tag</comment>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Wrists</source>
        <comment>routine tag</comment>
        <translation>Handgelenke</translation>
    </message>
    <message>
        <source>Desk</source>
        <comment>routine tag</comment>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Posture</source>
        <comment>routine tag</comment>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Stretching</source>
        <comment>routine tag</comment>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Mobility</source>
        <comment>routine tag</comment>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Breathing</source>
        <comment>routine tag</comment>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <comment>routine tag</comment>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Morning</source>
        <comment>routine tag</comment>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>Evening</source>
        <comment>routine tag</comment>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Beginner</source>
        <comment>routine tag</comment>
        <translation>Für Einsteiger</translation>
    </message>
    <message>
        <source>Chest</source>
        <comment>routine tag</comment>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Forearms</source>
        <comment>routine tag</comment>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>%1 — or: %2</source>
        <translation>%1 — oder: %2</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Hilfsmittel: %1</translation>
    </message>
    <message>
        <source>One side at a time: %1</source>
        <translation>Eine Seite nach der anderen: %1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Then rest %1</source>
        <translation>Dann %1 Pause</translation>
    </message>
</context>
<context>
    <name>DiagnosticWords</name>
    <message>
        <source>file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 nodes after expanding aliases</source>
        <translation>mehr als %1 Knoten, wenn die Aliase aufgelöst sind</translation>
    </message>
    <message>
        <source>the top level must be a map with keys like &apos;limber&apos;, &apos;id&apos; and &apos;title&apos;</source>
        <translation>die oberste Ebene muss eine Zuordnung mit Schlüsseln wie &apos;limber&apos;, &apos;id&apos; und &apos;title&apos; sein</translation>
    </message>
    <message>
        <source>&apos;limber&apos; must be the format version number, 1</source>
        <translation>&apos;limber&apos; muss die Versionsnummer des Formats sein, 1</translation>
    </message>
    <message>
        <source>unsupported format version %1; this app reads version 1</source>
        <translation>Formatversion %1 wird nicht unterstützt; diese App liest Version 1</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or map</source>
        <translation>ein Schlüssel muss ein einfacher Name sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice (first at line %2)</source>
        <translation>der Schlüssel &apos;%1&apos; kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>der Pflichtschlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must not be empty</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss ausgefüllt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a map</source>
        <translation>&apos;%1&apos; muss Text sein, keine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list</source>
        <translation>&apos;%1&apos; muss Text sein, keine Liste</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text, not a map</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss Text sein, keine Zuordnung</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text, not a list</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss Text sein, keine Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text or a map of language tags to text, like {en: Stretch, de: Dehnung}</source>
        <translation>&apos;%1&apos; muss Text sein oder eine Zuordnung von Sprachkürzeln zu Text, etwa {en: Stretch, de: Dehnung}</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text or a map of language tags to text, like {en: Stretch, de: Dehnung}</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss Text sein oder eine Zuordnung von Sprachkürzeln zu Text, etwa {en: Stretch, de: Dehnung}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>each entry of &apos;equipment&apos; must be a map with &apos;id&apos; and &apos;name&apos;</source>
        <translation>jeder Eintrag von &apos;equipment&apos; muss eine Zuordnung mit &apos;id&apos; und &apos;name&apos; sein</translation>
    </message>
    <message>
        <source>each entry of &apos;safety&apos; must be a map with &apos;level&apos; and &apos;text&apos;</source>
        <translation>jeder Eintrag von &apos;safety&apos; muss eine Zuordnung mit &apos;level&apos; und &apos;text&apos; sein</translation>
    </message>
    <message>
        <source>each entry of &apos;exercises&apos; must be a map with &apos;id&apos;, &apos;title&apos; and &apos;steps&apos;</source>
        <translation>jeder Eintrag von &apos;exercises&apos; muss eine Zuordnung mit &apos;id&apos;, &apos;title&apos; und &apos;steps&apos; sein</translation>
    </message>
    <message>
        <source>each entry of &apos;steps&apos; must be a map with &apos;text&apos;, or a &apos;repeat&apos; block</source>
        <translation>jeder Eintrag von &apos;steps&apos; muss eine Zuordnung mit &apos;text&apos; oder ein &apos;repeat&apos;-Block sein</translation>
    </message>
    <message>
        <source>&apos;figure&apos; must be a map with &apos;poses&apos; and optionally view, facing, props, stretch and loop</source>
        <translation>&apos;figure&apos; muss eine Zuordnung mit &apos;poses&apos; sein, wahlweise mit view, facing, props, stretch und loop</translation>
    </message>
    <message>
        <source>&apos;sides&apos; must be a list like [left, right]</source>
        <translation>&apos;sides&apos; muss eine Liste wie [left, right] sein</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language tag like en or de-AT</source>
        <translation>&apos;language&apos; muss ein Sprachkürzel wie en oder de-AT sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag like en or de-AT</source>
        <translation>&apos;%1&apos; ist kein Sprachkürzel wie en oder de-AT</translation>
    </message>
    <message>
        <source>a list or map is not a language tag like en or de-AT</source>
        <translation>eine Liste oder Zuordnung ist kein Sprachkürzel wie en oder de-AT</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>die Sprache &apos;%1&apos; kommt in &apos;%2&apos; zweimal vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; must be text</source>
        <translation>&apos;%1&apos; muss in &apos;%2&apos; Text sein</translation>
    </message>
    <message>
        <source>&apos;url&apos; must be a web address starting with https://</source>
        <translation>&apos;url&apos; muss eine Webadresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be info, caution or warning</source>
        <translation>&apos;level&apos; muss info, caution oder warning sein</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>die Kennung &apos;%1&apos; der Übungsfolge darf nur a-z, 0-9 und &apos;-&apos; enthalten (bis zu 64, nicht mit &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>exercise id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>die Kennung &apos;%1&apos; der Übung darf nur a-z, 0-9 und &apos;-&apos; enthalten (bis zu 64, nicht mit &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>equipment id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>die Kennung &apos;%1&apos; des Hilfsmittels darf nur a-z, 0-9 und &apos;-&apos; enthalten (bis zu 64, nicht mit &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>die Kennung &apos;%1&apos; der Übungsfolge kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>exercise id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>die Kennung &apos;%1&apos; der Übung kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>equipment id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>die Kennung &apos;%1&apos; des Hilfsmittels kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown equipment &apos;%1&apos; (declare it under the routine&apos;s &apos;equipment&apos; or use wall, chair, floor or mat)</source>
        <translation>unbekanntes Hilfsmittel &apos;%1&apos; (unter &apos;equipment&apos; der Übungsfolge angeben oder wall, chair, floor oder mat verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; use left or right</source>
        <translation>&apos;%1&apos; ist keine Seite; verwenden Sie left oder right</translation>
    </message>
    <message>
        <source>side &apos;%1&apos; is listed twice</source>
        <translation>die Seite &apos;%1&apos; steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>a &apos;repeat&apos; block cannot contain another &apos;repeat&apos;</source>
        <translation>ein &apos;repeat&apos;-Block kann keinen weiteren &apos;repeat&apos; enthalten</translation>
    </message>
    <message>
        <source>a step may have only one of &apos;hold&apos;, &apos;breaths&apos; and &apos;reps&apos;</source>
        <translation>ein Schritt kann nur eines von &apos;hold&apos;, &apos;breaths&apos; und &apos;reps&apos; haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a duration like %2</source>
        <translation>&apos;%1&apos; muss eine Dauer wie %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a duration like %2 or %3</source>
        <translation>&apos;%1&apos; muss eine Dauer wie %2 oder %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number like %2</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl wie %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number like %2 or %3</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl wie %2 oder %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a count like %2, a range like %3, or %4</source>
        <translation>&apos;%1&apos; muss eine Anzahl wie %2, ein Bereich wie %3 oder %4 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>&apos;%1&apos; muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; min (%2) must not be greater than max (%3)</source>
        <translation>bei &apos;%1&apos; darf min (%2) nicht größer als max (%3) sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; default (%2) must be between min (%3) and max (%4)</source>
        <translation>bei &apos;%1&apos; muss default (%2) zwischen min (%3) und max (%4) liegen</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; has no image (add &apos;image&apos; to the exercise or a step)</source>
        <translation>die Übung &apos;%1&apos; hat kein Bild (fügen Sie &apos;image&apos; zur Übung oder zu einem Schritt hinzu)</translation>
    </message>
    <message>
        <source>exercise has no image (add &apos;image&apos; to the exercise or a step)</source>
        <translation>die Übung hat kein Bild (fügen Sie &apos;image&apos; zur Übung oder zu einem Schritt hinzu)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing language %2 (used elsewhere in this routine)</source>
        <translation>bei &apos;%1&apos; fehlt die Sprache %2 (die anderswo in dieser Übungsfolge vorkommt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing languages %2 (used elsewhere in this routine)</source>
        <translation>bei &apos;%1&apos; fehlen die Sprachen %2 (die anderswo in dieser Übungsfolge vorkommen)</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; is already used by %2; this file is ignored</source>
        <translation>die Kennung &apos;%1&apos; hat schon %2; diese Datei wird übergangen</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <comment>a problem in a routine file: place, message</comment>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <comment>a problem in a routine file: place, message</comment>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of days like %2</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von Tagen sein, etwa %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of points like %2</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von Punkten sein, etwa %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of check-ins like %2</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von Abfragen sein, etwa %2</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; must be a map with after-injury, max-pain-days, worse-by or rising-run</source>
        <translation>&apos;pain-rule&apos; muss eine Zuordnung mit after-injury, max-pain-days, worse-by oder rising-run sein</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; must set at least one of after-injury, max-pain-days, worse-by and rising-run</source>
        <translation>&apos;pain-rule&apos; muss mindestens einen der Schlüssel after-injury, max-pain-days, worse-by und rising-run setzen</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; has no &apos;source&apos; to take its numbers from (add the routine&apos;s &apos;source&apos;)</source>
        <translation>&apos;pain-rule&apos; hat keine &apos;source&apos;, aus der seine Zahlen stammen (fügen Sie der Routine eine &apos;source&apos; hinzu)</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a map with &apos;title&apos; and &apos;url&apos;, or a list of them</source>
        <translation>&apos;source&apos; muss eine Zuordnung mit &apos;title&apos; und &apos;url&apos; sein oder eine Liste solcher Zuordnungen</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>das Schlagwort &apos;%1&apos; darf nur a-z, 0-9 und &apos;-&apos; enthalten (bis zu 64, nicht mit &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; is listed twice</source>
        <translation>das Schlagwort &apos;%1&apos; steht zweimal in der Liste</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Limber&apos;s guidance is for education only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain lasts more than a few days, gets worse, or began right after an injury, see a doctor.</source>
        <translation>Die Anleitungen von Limber dienen nur der Information. Sie ersetzen keine fachliche medizinische Beratung, Diagnose oder Behandlung. Brechen Sie jede Dehnung ab, die wehtut. Wenn Ihre Schmerzen länger als ein paar Tage anhalten, stärker werden oder direkt nach einer Verletzung begonnen haben, lassen Sie sich ärztlich untersuchen.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>%1:</source>
        <comment>before a safety notice: Warning:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <comment>a safety level and the exercise it is for</comment>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Medical disclaimer:</source>
        <translation>Medizinischer Hinweis:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>exercise number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>Schritte %1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Repeat 10 to 15 times: steps 4–5</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>step number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <comment>the footer: routine title, date</comment>
        <translation>%1 · gedruckt am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the routine&apos;s content comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The routine names no source.</source>
        <translation>Die Übungsfolge nennt keine Quelle.</translation>
    </message>
    <message>
        <source>Printed with Limber on %1.</source>
        <translation>Gedruckt mit Limber am %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>the pages the routine&apos;s content comes from</comment>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>line 1: the file is empty</source>
        <translation>Zeile 1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>line 1: the first line must name the columns, either “%1” or “%2”</source>
        <translation>Zeile 1: Die erste Zeile muss die Spalten nennen, entweder „%1“ oder „%2“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 columns where the first line names %2</source>
        <translation>%1 Spalten, wo die erste Zeile %2 nennt</translation>
    </message>
    <message>
        <source>the time “%1” is not a date and time like 2024-05-06T09:00:00</source>
        <translation>die Zeit „%1“ ist kein Datum mit Uhrzeit wie 2024-05-06T09:00:00</translation>
    </message>
    <message>
        <source>the routine is missing</source>
        <translation>die Übungsfolge fehlt</translation>
    </message>
    <message>
        <source>“completed” and “from_reminder” must be 0 or 1, “active_seconds” a number of seconds and “exercises” as Limber writes them</source>
        <translation>„completed“ und „from_reminder“ müssen 0 oder 1 sein, „active_seconds“ eine Anzahl Sekunden und „exercises“ so, wie Limber sie schreibt</translation>
    </message>
    <message>
        <source>the moment “%1” is neither “before” nor “after”</source>
        <translation>der Zeitpunkt „%1“ ist weder „before“ noch „after“</translation>
    </message>
    <message>
        <source>the rating “%1” is not a whole number from 0 to 10</source>
        <translation>die Bewertung „%1“ ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>the injury answer “%1” is none of “yes”, “no”, “unasked”</source>
        <translation>die Antwort zur Verletzung „%1“ ist weder „yes“ noch „no“ noch „unasked“</translation>
    </message>
    <message>
        <source>the history file could not be written; nothing was imported</source>
        <translation>die Verlaufsdatei konnte nicht geschrieben werden; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2&#xa0;MB: it is not a history Limber wrote</source>
        <translation>%1 ist größer als %2&#xa0;MB: Das ist kein Verlauf, den Limber geschrieben hat</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>pain after an injury</source>
        <translation>Schmerzen nach einer Verletzung</translation>
    </message>
    <message>
        <source>pain for more than a few days</source>
        <translation>Schmerzen seit mehr als ein paar Tagen</translation>
    </message>
    <message>
        <source>pain getting worse</source>
        <translation>Schmerzen, die stärker werden</translation>
    </message>
    <message>
        <source>Rule: pain that began right after a fall, an accident or an injury.</source>
        <translation>Regel: Schmerzen, die direkt nach einem Sturz, einem Unfall oder einer Verletzung begonnen haben.</translation>
    </message>
    <message numerus="yes">
        <source>Rule: pain check-ins spanning more than %n&#xa0;day(s).</source>
        <translation>
            <numerusform>Regel: Schmerzangaben über mehr als %n&#xa0;Tag.</numerusform>
            <numerusform>Regel: Schmerzangaben über mehr als %n&#xa0;Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a rating %n&#xa0;point(s) above the first</source>
        <translation>
            <numerusform>eine Angabe %n&#xa0;Punkt über der ersten</numerusform>
            <numerusform>eine Angabe %n&#xa0;Punkte über der ersten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;check-in(s) in a row, each higher</source>
        <translation>
            <numerusform>%n&#xa0;Angabe in Folge, jede höher</numerusform>
            <numerusform>%n&#xa0;Angaben in Folge, jede höher</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <comment>holds: the number, seconds held / their target</comment>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2 to their end), on %3 of the %4&#xa0;days. Pain check-ins: %5.</source>
        <translation>Einheiten: %1 (%2 bis zum Ende), an %3 der %4&#xa0;Tage. Schmerzangaben: %5.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerzen vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>Each point is the mean of a day&apos;s check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Jeder Punkt ist das Mittel der Angaben eines Tages: vor den Einheiten die durchgezogene Linie, danach die gestrichelte.</translation>
    </message>
    <message>
        <source>Advice to see a doctor</source>
        <translation>Rat, ärztlichen Rat einzuholen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 — %2:</source>
        <comment>dates — the advice&apos;s heading</comment>
        <translation>%1 — %2:</translation>
    </message>
    <message>
        <source>Acknowledged in Limber: %1.</source>
        <translation>In Limber bestätigt: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>None on these days.</source>
        <translation>An diesen Tagen keiner.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No sessions on these days.</source>
        <translation>An diesen Tagen keine Einheiten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(stopped early)</source>
        <translation>(vorzeitig beendet)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>pain before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Übungen erledigt</translation>
    </message>
    <message>
        <source>Holds: held / target</source>
        <translation>Halten: gehalten / Ziel</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Wie oft erledigt</translation>
    </message>
    <message>
        <source>Pain check-ins</source>
        <translation>Schmerzangaben</translation>
    </message>
    <message>
        <source>No pain check-ins on these days.</source>
        <translation>An diesen Tagen keine Schmerzangaben.</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>vor der Einheit</translation>
    </message>
    <message>
        <source>after the session</source>
        <translation>nach der Einheit</translation>
    </message>
    <message>
        <source>began after an injury</source>
        <translation>nach einer Verletzung begonnen</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Stretching and pain report</source>
        <translation>Bericht über Dehnen und Schmerzen</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>the footer: title, first and last day</comment>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Recorded by Limber, a guided stretching app, as the person did the routines and answered its pain check-ins (0 = no pain, 10 = the worst imaginable).</source>
        <translation>Aufgezeichnet von Limber, einer App für angeleitetes Dehnen, während die Person die Übungsfolgen machte und die Schmerzabfragen beantwortete (0 = keine Schmerzen, 10 = die stärksten vorstellbaren).</translation>
    </message>
    <message>
        <source>Medical disclaimer:</source>
        <translation>Medizinischer Hinweis:</translation>
    </message>
    <message>
        <source>Printed with Limber on %1.</source>
        <translation>Mit Limber gedruckt am %1.</translation>
    </message>
    <message>
        <source>the report&apos;s first day must be on or before its last</source>
        <translation>der erste Tag des Berichts darf nicht nach seinem letzten liegen</translation>
    </message>
    <message>
        <source>Each point is the mean of a week&apos;s days (Monday to Sunday), each day the mean of its check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Jeder Punkt ist das Mittel der Tage einer Woche (Montag bis Sonntag), jeder Tag das Mittel seiner Angaben: vor den Einheiten die durchgezogene Linie, danach die gestrichelte.</translation>
    </message>
    <message>
        <source>Each point is the mean of a month&apos;s days, each day the mean of its check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Jeder Punkt ist das Mittel der Tage eines Monats, jeder Tag das Mittel seiner Angaben: vor den Einheiten die durchgezogene Linie, danach die gestrichelte.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF ließ sich nicht zeichnen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before the session</source>
        <translation>Schmerzen vor der Einheit</translation>
    </message>
    <message>
        <source>Pain after the session</source>
        <translation>Schmerzen nach der Einheit</translation>
    </message>
    <message>
        <source>Pain: 0 = none, 10 = worst imaginable</source>
        <translation>Schmerzen: 0 = keine, 10 = stärkste vorstellbare</translation>
    </message>
    <message>
        <source>No pain check-ins yet</source>
        <translation>Noch keine Schmerzabfragen</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the day&apos;s mean)</source>
        <translation>Schmerzen vor und nach den Einheiten (Tagesmittel)</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the mean of each week&apos;s days)</source>
        <translation>Schmerzen vor und nach den Einheiten (Mittel der Tage jeder Woche)</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the mean of each month&apos;s days)</source>
        <translation>Schmerzen vor und nach den Einheiten (Mittel der Tage jedes Monats)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>the chart&apos;s dates of days (QDate format)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the chart&apos;s dates of months (QDate format)</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <source>Workrave exercises</source>
        <translation>Workrave-Übungen</translation>
    </message>
    <message>
        <source>Exercises for a break at the computer, imported from Workrave with their pictures, their times and their words.</source>
        <translation>Übungen für eine Pause am Computer, aus Workrave übernommen mit ihren Bildern, ihren Zeiten und ihren Texten.</translation>
    </message>
    <message>
        <source>Workrave&apos;s own exercises (GNU GPL version 3 or later, © the Workrave authors), imported from %1</source>
        <translation>Die Übungen von Workrave selbst (GNU GPL Version 3 oder neuer, © die Autoren von Workrave), importiert aus %1</translation>
    </message>
    <message>
        <source>A Workrave exercise file, imported from %1</source>
        <translation>Eine Übungsdatei von Workrave, importiert aus %1</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>Do as the picture shows.</source>
        <translation>Machen Sie es wie auf dem Bild.</translation>
    </message>
    <message>
        <source>Do as picture %1 of %2 shows.</source>
        <translation>Machen Sie es wie auf Bild %1 von %2.</translation>
    </message>
    <message>
        <source>The other side: do as the picture shows.</source>
        <translation>Die andere Seite: Machen Sie es wie auf dem Bild.</translation>
    </message>
    <message>
        <source>The other side: do as picture %1 of %2 shows.</source>
        <translation>Die andere Seite: Machen Sie es wie auf Bild %1 von %2.</translation>
    </message>
    <message>
        <source>Go on as the description says.</source>
        <translation>Machen Sie weiter, wie es die Beschreibung sagt.</translation>
    </message>
    <message>
        <source>The other side: go on as the description says.</source>
        <translation>Die andere Seite: Machen Sie weiter, wie es die Beschreibung sagt.</translation>
    </message>
    <message>
        <source>the file has no &lt;exercise&gt;: there is nothing to import</source>
        <translation>die Datei hat kein &lt;exercise&gt;: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>cannot make the routines folder</source>
        <translation>der Ordner für Übungsfolgen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write in the routines folder</source>
        <translation>im Ordner für Übungsfolgen kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no exercise has a description or a picture: there is nothing to import</source>
        <translation>keine Übung hat eine Beschreibung oder ein Bild: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>cannot write the routine (%1)</source>
        <translation>die Übungsfolge kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the routine made from this file does not load (the errors above); nothing was imported</source>
        <translation>die aus dieser Datei erstellte Übungsfolge lässt sich nicht laden (die Fehler oben); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>no such file (Debian&apos;s workrave-data package puts Workrave&apos;s exercises in %1)</source>
        <translation>Datei nicht gefunden (Debians Paket workrave-data legt die Übungen von Workrave in %1 ab)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Workrave&apos;s exercise files are far smaller, and Limber reads at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; Übungsdateien von Workrave sind weit kleiner, und Limber liest höchstens %2 MiB</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>the titles and descriptions in %n language(s) that Limber does not speak are left out: %1</source>
        <translation>
            <numerusform>die Titel und Beschreibungen in %n Sprache, die Limber nicht spricht, werden weggelassen: %1</numerusform>
            <numerusform>die Titel und Beschreibungen in %n Sprachen, die Limber nicht spricht, werden weggelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no title in the language &apos;%2&apos;; Limber shows another language&apos;s there</source>
        <translation>„%1“ hat keinen Titel in der Sprache „%2“; Limber zeigt dort den einer anderen Sprache</translation>
    </message>
    <message>
        <source>“%1” has no description in the language &apos;%2&apos;; Limber shows another language&apos;s there</source>
        <translation>„%1“ hat keine Beschreibung in der Sprache „%2“; Limber zeigt dort die einer anderen Sprache</translation>
    </message>
    <message>
        <source>“%1” has no %2 in a language Limber speaks; the one in &apos;%3&apos; is used</source>
        <translation>„%1“ hat kein %2 in einer Sprache, die Limber spricht; das in „%3“ wird verwendet</translation>
    </message>
    <message>
        <source>%1; the step shows the placeholder for a missing picture</source>
        <translation>%1; der Schritt zeigt den Platzhalter für ein fehlendes Bild</translation>
    </message>
    <message>
        <source>&lt;image&gt; has no src</source>
        <translation>&lt;image&gt; hat kein src</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a path inside the folder of the exercise file, and Limber copies pictures only from there</source>
        <translation>das Bild „%1“ ist kein Pfad im Ordner der Übungsdatei, und Limber kopiert Bilder nur von dort</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; leaves the folder of the exercise file (&apos;..&apos; or &apos;\&apos;), and Limber copies pictures only from there</source>
        <translation>das Bild „%1“ verlässt den Ordner der Übungsdatei („..“ oder „\“), und Limber kopiert Bilder nur von dort</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; does not exist</source>
        <translation>das Bild „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is a link that leads out of the folder of the exercise file (to %2), and Limber copies pictures only from there</source>
        <translation>das Bild „%1“ ist eine Verknüpfung, die aus dem Ordner der Übungsdatei hinausführt (nach %2), und Limber kopiert Bilder nur von dort</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a file</source>
        <translation>das Bild „%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is larger than %2 MiB</source>
        <translation>das Bild „%1“ ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>the pictures copied so far and &quot;%1&quot; come to more than %2 MiB</source>
        <translation>die bisher kopierten Bilder und „%1“ ergeben zusammen mehr als %2 MiB</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; cannot be read (%2)</source>
        <translation>das Bild „%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a PNG, JPEG or SVG picture</source>
        <translation>das Bild „%1“ ist kein PNG-, JPEG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>the SVG picture &quot;%1&quot; refers to another file (%2), which Limber does not show</source>
        <translation>das SVG-Bild „%1“ verweist auf eine andere Datei (%2), die Limber nicht anzeigt</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a PNG or JPEG picture, nor an SVG of at most 1 MiB</source>
        <translation>das Bild „%1“ ist weder ein PNG- oder JPEG-Bild noch ein SVG von höchstens 1 MiB</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; cannot be copied</source>
        <translation>das Bild „%1“ kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>“%1” has neither a description nor pictures: it is left out</source>
        <translation>„%1“ hat weder eine Beschreibung noch Bilder: die Übung wird weggelassen</translation>
    </message>
    <message>
        <source>exercise %1 has no &lt;title&gt;; it is called “%2”</source>
        <translation>Übung %1 hat kein &lt;title&gt;; sie heißt „%2“</translation>
    </message>
    <message>
        <source>“%1” has no &lt;sequence&gt; of pictures: it is imported as its description, to read, without a time</source>
        <translation>„%1“ hat keine &lt;sequence&gt; mit Bildern: die Übung wird als ihre Beschreibung importiert, zum Lesen, ohne Zeit</translation>
    </message>
    <message>
        <source>the &lt;sequence&gt; of “%1” has no &lt;image&gt;: its %2&#xa0;s are left out</source>
        <translation>die &lt;sequence&gt; von „%1“ hat kein &lt;image&gt;: ihre %2&#xa0;s werden weggelassen</translation>
    </message>
    <message>
        <source>“%1” has no &lt;description&gt;: it is imported as its pictures only</source>
        <translation>„%1“ hat keine &lt;description&gt;: nur ihre Bilder werden importiert</translation>
    </message>
    <message>
        <source>Limber repeats pictures at most %1&#xa0;times: %2&#xa0;s of the %3&#xa0;s of “%4” are imported</source>
        <translation>Limber wiederholt Bilder höchstens %1-mal: %2&#xa0;s der %3&#xa0;s von „%4“ werden importiert</translation>
    </message>
    <message>
        <source>this folder is not an earlier import of Workrave&apos;s exercises, so Limber leaves it alone; move it away and import again</source>
        <translation>dieser Ordner ist kein früherer Import der Übungen von Workrave, deshalb lässt Limber ihn unberührt; verschieben Sie ihn und importieren Sie erneut</translation>
    </message>
    <message>
        <source>cannot move the earlier import aside</source>
        <translation>der frühere Import kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot move the imported routine into place</source>
        <translation>die importierte Übungsfolge kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>cannot remove the earlier import, moved aside here</source>
        <translation>der frühere Import, hierher beiseitegelegt, kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from Workrave into %1.</source>
        <translation>
            <numerusform>%n Übung aus Workrave nach %1 importiert.</numerusform>
            <numerusform>%n Übungen aus Workrave nach %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces the earlier import.</source>
        <translation>Dieser Import ersetzt den früheren.</translation>
    </message>
</context>
<context>
    <name>WorkraveXml</name>
    <message>
        <source>the file&apos;s first element is &lt;%1&gt;, not &lt;exercises&gt;: it is not a Workrave exercise file</source>
        <translation>das erste Element der Datei ist &lt;%1&gt;, nicht &lt;exercises&gt;: es ist keine Übungsdatei von Workrave</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>the file has no &lt;exercises&gt; element: it is not a Workrave exercise file</source>
        <translation>die Datei hat kein Element &lt;exercises&gt;: es ist keine Übungsdatei von Workrave</translation>
    </message>
    <message>
        <source>the file declares entities (&lt;!ENTITY %1 ...&gt;), which Workrave&apos;s exercise files never do; Limber does not read such a file</source>
        <translation>die Datei deklariert Entitäten (&lt;!ENTITY %1 ...&gt;), was Übungsdateien von Workrave nie tun; Limber liest eine solche Datei nicht</translation>
    </message>
    <message>
        <source>more than %1 exercises: this one and the ones after it are left out</source>
        <translation>mehr als %1 Übungen: diese und die folgenden werden weggelassen</translation>
    </message>
    <message>
        <source>a second &lt;sequence&gt; in one exercise: it is left out, the first one is played</source>
        <translation>eine zweite &lt;sequence&gt; in einer Übung: sie wird weggelassen, die erste wird abgespielt</translation>
    </message>
    <message>
        <source>an empty &lt;%1&gt; is left out</source>
        <translation>ein leeres &lt;%1&gt; wird weggelassen</translation>
    </message>
    <message>
        <source>a second &lt;%1&gt; in the language &apos;%2&apos; is left out; the one on line %3 is used</source>
        <translation>ein zweites &lt;%1&gt; in der Sprache „%2“ wird weggelassen; das in Zeile %3 wird verwendet</translation>
    </message>
    <message>
        <source>more than %1 pictures in one sequence: this one and the ones after it are left out</source>
        <translation>mehr als %1 Bilder in einer Sequenz: dieses und die folgenden werden weggelassen</translation>
    </message>
    <message>
        <source>mirrorx=&quot;%1&quot; is neither &quot;yes&quot; nor &quot;no&quot;; the picture is shown as it is, as Workrave shows it</source>
        <translation>mirrorx=&quot;%1&quot; ist weder &quot;yes&quot; noch &quot;no&quot;; das Bild wird gezeigt, wie es ist, wie Workrave es zeigt</translation>
    </message>
    <message>
        <source>the attribute %1=&quot;%2&quot; of &lt;%3&gt; is not part of Workrave&apos;s format; it is left out</source>
        <translation>das Attribut %1=&quot;%2&quot; von &lt;%3&gt; gehört nicht zum Format von Workrave; es wird weggelassen</translation>
    </message>
    <message>
        <source>&lt;%1 duration=&quot;%2&quot;&gt; is not a whole number of seconds from 1 to %3; %4&#xa0;s is used instead</source>
        <translation>&lt;%1 duration=&quot;%2&quot;&gt; ist keine ganze Zahl von Sekunden von 1 bis %3; stattdessen werden %4&#xa0;s verwendet</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not part of Workrave&apos;s format; it is left out</source>
        <translation>&lt;%1&gt; gehört nicht zum Format von Workrave; es wird weggelassen</translation>
    </message>
</context>
<context>
    <name>limber::AdviceDialog</name>
    <message>
        <source>Please see a doctor</source>
        <translation>Bitte suchen Sie einen Arzt auf</translation>
    </message>
    <message>
        <source>&amp;Do not start</source>
        <translation>&amp;Nicht starten</translation>
    </message>
    <message>
        <source>&amp;Start anyway…</source>
        <translation>&amp;Trotzdem starten…</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Ich habe das &amp;gelesen</translation>
    </message>
    <message>
        <source>Start against the advice?</source>
        <translation>Entgegen dem Rat starten?</translation>
    </message>
    <message>
        <source>You said this pain started right after an injury, and this routine&apos;s source advises seeing a doctor first. Start the routine anyway?</source>
        <translation>Sie haben angegeben, dass diese Schmerzen direkt nach einer Verletzung begannen, und die Quelle dieser Übungsfolge rät, zuerst einen Arzt aufzusuchen. Die Übungsfolge trotzdem starten?</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Do not start</source>
        <translation>Nicht starten</translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
</context>
<context>
    <name>limber::CheckInDialog</name>
    <message>
        <source>Pain check-in before the session</source>
        <translation>Schmerzabfrage vor der Einheit</translation>
    </message>
    <message>
        <source>Pain check-in after the session</source>
        <translation>Schmerzabfrage nach der Einheit</translation>
    </message>
    <message>
        <source>Choose with the digits or the arrow keys, then Enter. Esc skips the check-in.</source>
        <translation>Wählen Sie mit den Ziffern oder den Pfeiltasten und drücken Sie dann die Eingabetaste. Esc überspringt die Abfrage.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>Ü&amp;berspringen (Esc)</translation>
    </message>
    <message>
        <source>How is your upper back right now?</source>
        <translation>Wie geht es Ihrem oberen Rücken gerade?</translation>
    </message>
    <message>
        <source>How is your lower back right now?</source>
        <translation>Wie geht es Ihrem unteren Rücken gerade?</translation>
    </message>
    <message>
        <source>How is your neck right now?</source>
        <translation>Wie geht es Ihrem Nacken gerade?</translation>
    </message>
    <message>
        <source>How are your shoulders right now?</source>
        <translation>Wie geht es Ihren Schultern gerade?</translation>
    </message>
    <message>
        <source>How is your pain right now?</source>
        <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
    </message>
</context>
<context>
    <name>limber::DoNotDisturb</name>
    <message>
        <source>Plasma&apos;s Do not disturb</source>
        <translation>„Nicht stören“ von Plasma</translation>
    </message>
    <message>
        <source>dunst&apos;s pause</source>
        <translation>die Pause von dunst</translation>
    </message>
</context>
<context>
    <name>limber::DoneView</name>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zu den Übungsfolgen</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Noch einmal machen</translation>
    </message>
    <message>
        <source>Choose another routine (Enter)</source>
        <translation>Eine andere Übungsfolge wählen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Run the same routine again from the start</source>
        <translation>Dieselbe Übungsfolge noch einmal von vorn beginnen</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Gut gemacht – Übungsfolge abgeschlossen</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Exercises done: %1 of %2</source>
        <translation>Geschaffte Übungen: %1 von %2</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Holds held: %1 (%2 in all)</source>
        <translation>Gehaltene Positionen: %1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>Breaths guided: %1</source>
        <translation>Angeleitete Atemzüge: %1</translation>
    </message>
    <message>
        <source>Reps counted: %1</source>
        <translation>Gezählte Wiederholungen: %1</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your sessions and pain check-ins, day by day</source>
        <translation>Ihre Einheiten und Schmerzabfragen, Tag für Tag</translation>
    </message>
    <message>
        <source>Pain: %1 → %2</source>
        <translation>Schmerzen: %1 → %2</translation>
    </message>
    <message>
        <source>Pain before: %1</source>
        <translation>Schmerzen vorher: %1</translation>
    </message>
    <message>
        <source>Pain after: %1</source>
        <translation>Schmerzen nachher: %1</translation>
    </message>
</context>
<context>
    <name>limber::FliteEngine</name>
    <message>
        <source>No audio output device</source>
        <translation>Kein Audioausgabegerät</translation>
    </message>
    <message>
        <source>flite could not render the text</source>
        <translation>flite konnte den Text nicht in Sprache umsetzen</translation>
    </message>
    <message>
        <source>The audio output did not start</source>
        <translation>Die Audioausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <source>The audio output failed</source>
        <translation>Die Audioausgabe ist ausgefallen</translation>
    </message>
</context>
<context>
    <name>limber::HandoutActions</name>
    <message>
        <source>&amp;Export handout…</source>
        <translation>&amp;Handzettel als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the routine as a PDF handout to print or to share</source>
        <translation>Die Übungsfolge als PDF-Handzettel zum Drucken oder Weitergeben speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the routine as a handout</source>
        <translation>Die Übungsfolge als Handzettel drucken</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handzettel speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>Der Handzettel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Handout saved as %1</source>
        <translation>Handzettel gespeichert als %1</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Handzettel drucken</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Der Handzettel konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Handout sent to %1</source>
        <translation>Handzettel an %1 gesendet</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>Limber cannot open its history file %1. Sessions and pain check-ins are not saved until it can.</source>
        <translation>Limber kann seine Verlaufsdatei %1 nicht öffnen. Einheiten und Schmerzabfragen werden erst wieder gespeichert, wenn das möglich ist.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program.</source>
        <translation>Die Verlaufsdatei %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Limber could not read its history file, so it started a new one. The old file was moved to %1; nothing in it was deleted.</source>
        <translation>Limber konnte seine Verlaufsdatei nicht lesen und hat eine neue angelegt. Die alte Datei wurde nach %1 verschoben; nichts darin wurde gelöscht.</translation>
    </message>
    <message>
        <source>The history file %1 is not open: %2 was not saved.</source>
        <translation>Die Verlaufsdatei %1 ist nicht geöffnet: %2 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program: %2 was not saved. The session goes on.</source>
        <translation>Die Verlaufsdatei %1 wird von einem anderen Programm verwendet: %2 wurde nicht gespeichert. Die Einheit läuft weiter.</translation>
    </message>
    <message>
        <source>Limber could not save %1 to the history file %2 (%3). The session goes on; what was saved before is kept.</source>
        <translation>Limber konnte %1 nicht in der Verlaufsdatei %2 speichern (%3). Die Einheit läuft weiter; was bisher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Einheit</translation>
    </message>
    <message>
        <source>the imported history</source>
        <translation>den importierten Verlauf</translation>
    </message>
    <message>
        <source>the pain check-in</source>
        <translation>die Schmerzabfrage</translation>
    </message>
    <message>
        <source>the acknowledgement of the advice</source>
        <translation>die Bestätigung des Hinweises</translation>
    </message>
    <message>
        <source>the deletion of the history</source>
        <translation>das Löschen des Verlaufs</translation>
    </message>
    <message>
        <source>the reminder</source>
        <translation>die Erinnerung</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>Back to where you came from</source>
        <translation>Zurück zur vorigen Ansicht</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you came from (Esc)</source>
        <translation>Zurück zur vorigen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Days with sessions</source>
        <translation>Tage mit Einheiten</translation>
    </message>
    <message>
        <source>Pain before and after sessions over time</source>
        <translation>Schmerzen vor und nach den Einheiten im Zeitverlauf</translation>
    </message>
    <message>
        <source>⚠ Advice: please see a doctor (%1)…</source>
        <translation>⚠ Hinweis: Bitte suchen Sie einen Arzt auf (%1)…</translation>
    </message>
    <message>
        <source>Show the advice to see a doctor</source>
        <translation>Den Hinweis zum Arztbesuch zeigen</translation>
    </message>
    <message numerus="yes">
        <source>You stretched on %n of the last 7&#xa0;days.</source>
        <translation>
            <numerusform>An %n der letzten 7&#xa0;Tage haben Sie sich gedehnt.</numerusform>
            <numerusform>An %n der letzten 7&#xa0;Tage haben Sie sich gedehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions in the last 7&#xa0;days. Whenever you are ready, a routine is one click away.</source>
        <translation>In den letzten 7&#xa0;Tagen keine Einheit. Wann immer Sie so weit sind: Eine Übungsfolge ist nur einen Klick entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;session(s)</source>
        <translation>
            <numerusform>%n&#xa0;Einheit</numerusform>
            <numerusform>%n&#xa0;Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Einheit</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>Schmerzen %1 → %2</translation>
    </message>
    <message>
        <source>pain before: %1</source>
        <translation>Schmerzen vorher: %1</translation>
    </message>
    <message>
        <source>pain after: %1</source>
        <translation>Schmerzen nachher: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Save your sessions or pain check-ins as a CSV file, for a spreadsheet, a clinician or another computer</source>
        <translation>Ihre Einheiten oder Schmerzangaben als CSV-Datei speichern, für eine Tabellenkalkulation, eine Behandlerin oder einen anderen Computer</translation>
    </message>
    <message>
        <source>&amp;Sessions as CSV…</source>
        <translation>&amp;Einheiten als CSV…</translation>
    </message>
    <message>
        <source>&amp;Pain check-ins as CSV…</source>
        <translation>&amp;Schmerzangaben als CSV…</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>CSV i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add sessions or pain check-ins from a CSV file Limber exported; what is already kept is not added twice</source>
        <translation>Einheiten oder Schmerzangaben aus einer von Limber exportierten CSV-Datei hinzufügen; was schon vorhanden ist, kommt nicht doppelt hinzu</translation>
    </message>
    <message>
        <source>limber-sessions.csv</source>
        <comment>file name</comment>
        <translation>limber-einheiten.csv</translation>
    </message>
    <message>
        <source>limber-pain-check-ins.csv</source>
        <comment>file name</comment>
        <translation>limber-schmerzangaben.csv</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Einheiten exportieren</translation>
    </message>
    <message>
        <source>Export pain check-ins</source>
        <translation>Schmerzangaben exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Einen Verlauf importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 hinzugefügt.</numerusform>
            <numerusform>%n Einträge aus %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already kept and not added again.</source>
        <translation>
            <numerusform>%n war schon vorhanden und wurde nicht noch einmal hinzugefügt.</numerusform>
            <numerusform>%n waren schon vorhanden und wurden nicht noch einmal hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: fix these lines and try again.</source>
        <translation>Aus %1 wurde nichts importiert: Korrigieren Sie diese Zeilen und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <source>The sessions, holds and reps, the pain chart and the advice given between two days, as a PDF to print or to take to a clinician</source>
        <translation>Die Einheiten, das Halten und die Wiederholungen, das Schmerzdiagramm und die gegebenen Ratschläge zwischen zwei Tagen, als PDF zum Drucken oder für die Ärztin, den Arzt oder die Physiotherapie</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Bericht (PDF)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Which days should the report cover?</source>
        <translation>Welche Tage soll der Bericht umfassen?</translation>
    </message>
    <message>
        <source>limber-report-%1-to-%2.pdf</source>
        <comment>file name</comment>
        <translation>limber-bericht-%1-bis-%2.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n angenommen</numerusform>
            <numerusform>%n angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;reminder(s): %1</source>
        <translation>
            <numerusform>%n&#xa0;Erinnerung: %1</numerusform>
            <numerusform>%n&#xa0;Erinnerungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ImageLoader</name>
    <message>
        <source>Picture missing</source>
        <translation>Bild fehlt</translation>
    </message>
</context>
<context>
    <name>limber::ImportReportDialog</name>
    <message>
        <source>Workrave&apos;s exercises imported</source>
        <translation>Übungen von Workrave importiert</translation>
    </message>
    <message>
        <source>Workrave&apos;s exercises not imported</source>
        <translation>Übungen von Workrave nicht importiert</translation>
    </message>
    <message>
        <source>Everything was carried over.</source>
        <translation>Alles wurde übernommen.</translation>
    </message>
    <message>
        <source>What could not be carried over:</source>
        <translation>Was nicht übernommen werden konnte:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises</source>
        <translation>Übungen von Workrave importieren</translation>
    </message>
    <message>
        <source>Workrave exercises (*.xml)</source>
        <translation>Workrave-Übungen (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>limber::InjuryQuestionDialog</name>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerzabfrage</translation>
    </message>
    <message>
        <source>&amp;Yes, after a fall, an accident or an injury</source>
        <translation>&amp;Ja, nach einem Sturz, einem Unfall oder einer Verletzung</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Did this pain start right after a fall, an accident or another injury?</source>
        <translation>Haben diese Schmerzen direkt nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen?</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>Title, summary or tag</source>
        <translation>Titel, Beschreibung oder Schlagwort</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Übungsfolgen durchsuchen</translation>
    </message>
    <message>
        <source>Show only the routines whose title, summary or tags contain this text (Ctrl+F)</source>
        <translation>Nur die Übungsfolgen zeigen, deren Titel, Beschreibung oder Schlagwörter diesen Text enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Show only the routines with this tag</source>
        <translation>Nur die Übungsfolgen mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Reload routines</source>
        <translation>Übungsfolgen neu laden</translation>
    </message>
    <message>
        <source>Read the routine files again (F5)</source>
        <translation>Die Dateien der Übungsfolgen neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Open routine folder</source>
        <translation>Übungsfolgen-Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder where you can put your own routine files</source>
        <translation>Den Ordner zeigen, in den Sie Ihre eigenen Übungsfolgen legen können</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between routines and Enter to open one.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen den Übungsfolgen, mit der Eingabetaste öffnen Sie eine.</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded</source>
        <translation>Übungsfolgen-Dateien, die nicht geladen werden konnten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Note: your routine “%1” (%2) replaces the bundled routine with the same id (%3).</source>
        <translation>Hinweis: Ihre Übungsfolge „%1“ (%2) ersetzt die mitgelieferte Übungsfolge mit derselben ID (%3).</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded:</source>
        <translation>Übungsfolgen-Dateien, die nicht geladen werden konnten:</translation>
    </message>
    <message>
        <source>%1: error: the file could not be read</source>
        <translation>%1: Fehler: Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of %1</source>
        <translation>Den Ordner von %1 öffnen</translation>
    </message>
    <message>
        <source>Show %1 in its folder, to fix it in a text editor</source>
        <translation>%1 im Dateimanager zeigen, um die Datei in einem Texteditor zu korrigieren</translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your routine folder (Open routine folder), then choose Reload.</source>
        <translation>Noch keine Übungsfolgen vorhanden. Legen Sie Übungsfolgen-Dateien in Ihren Übungsfolgen-Ordner („Übungsfolgen-Ordner öffnen“) und wählen Sie dann „Neu laden“.</translation>
    </message>
    <message>
        <source>No routine matches your search. Try other words, or choose “All tags”.</source>
        <translation>Keine Übungsfolge passt zu Ihrer Suche. Versuchen Sie andere Wörter oder wählen Sie „Alle Schlagwörter“.</translation>
    </message>
    <message>
        <source>Search the routines</source>
        <translation>Übungsfolgen durchsuchen</translation>
    </message>
    <message>
        <source>Open the chosen routine</source>
        <translation>Die gewählte Übungsfolge öffnen</translation>
    </message>
    <message>
        <source>&amp;Open routine folder</source>
        <translation>Übungsfolgen-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your sessions and pain check-ins, day by day</source>
        <translation>Ihre Einheiten und Schmerzabfragen, Tag für Tag</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload routines</source>
        <translation>Übungsfolgen &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Open routine folder</source>
        <translation>Übungsfolgen-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Medizinischer &amp;Hinweis</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Ü&amp;ber Limber</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>Über Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching routines with pictures, timers and spoken cues.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Angeleitete Dehnübungen mit Bildern, Timern und gesprochenen Ansagen.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Medizinischer Hinweis</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Routine &amp;library</source>
        <translation>Ü&amp;bungsfolgen</translation>
    </message>
    <message>
        <source>&amp;Mute sounds and voice</source>
        <translation>Töne und Stimme &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Opened %1 in the file manager</source>
        <translation>%1 im Dateimanager geöffnet</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager could open this folder. Here is its path, to copy and open yourself:</source>
        <translation>Kein Dateimanager konnte diesen Ordner öffnen. Hier ist sein Pfad, damit Sie ihn kopieren und selbst öffnen können:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Pfad des Ordners</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Übersicht der Übungsfolge</translation>
    </message>
    <message>
        <source>During a routine</source>
        <translation>Während der Übungen</translation>
    </message>
    <message>
        <source>When it is done</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No routine has an exercise for a break.</source>
        <translation>Keine Übungsfolge hat eine Übung für eine Pause.</translation>
    </message>
    <message>
        <source>Read and tick off the safety notes of this routine; breaks take its exercises from then on.</source>
        <translation>Lesen und bestätigen Sie die Sicherheitshinweise dieser Übungsfolge; danach kommen ihre Übungen auch in den Pausen.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come as notifications, and closing the window quits Limber.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Erinnerungen kommen als Benachrichtigungen, und Schließen des Fensters beendet Limber.</translation>
    </message>
    <message>
        <source>Limber is still running</source>
        <translation>Limber läuft weiter</translation>
    </message>
    <message>
        <source>Break reminders go on from the tray. To end Limber, choose Quit in its menu.</source>
        <translation>Die Pausenerinnerungen laufen im Infobereich weiter. Zum Beenden wählen Sie dort im Menü „Beenden“.</translation>
    </message>
    <message>
        <source>Click here to choose.</source>
        <translation>Zum Auswählen hier klicken.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>a break</comment>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>In &amp;10 Minuten</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <comment>a break</comment>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises as a routine of your own</source>
        <translation>Übungen von Workrave als eigene Übungsfolge importieren</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key, named as in the hints (Choose with the digits…, then Enter)</comment>
        <translation>Eingabetaste</translation>
    </message>
</context>
<context>
    <name>limber::MutterIdleSource</name>
    <message>
        <source>GNOME (Mutter&apos;s idle monitor)</source>
        <translation>GNOME (Leerlaufanzeige von Mutter)</translation>
    </message>
</context>
<context>
    <name>limber::Narrator</name>
    <message>
        <source>The speech engine “%1” is not installed.</source>
        <translation>Die Sprachausgabe „%1“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>No audio output device: narration is shown, not spoken.</source>
        <translation>Kein Audioausgabegerät: Die Ansagen sind nur zu lesen, nicht zu hören.</translation>
    </message>
    <message>
        <source>The speech engine “%1” failed: %2.</source>
        <translation>Die Sprachausgabe „%1“ hat einen Fehler gemeldet: %2.</translation>
    </message>
    <message>
        <source>The speech engine “%1” has no voice for %2, so Limber plays the cue sounds instead of speaking.</source>
        <translation>Die Sprachausgabe „%1“ hat keine Stimme für %2, deshalb spielt Limber statt der Ansagen die Signaltöne.</translation>
    </message>
</context>
<context>
    <name>limber::NoIdleSource</name>
    <message>
        <source>none (time since the last break counts as use)</source>
        <translation>keine (die Zeit seit der letzten Pause zählt als Arbeit)</translation>
    </message>
</context>
<context>
    <name>limber::Notifier</name>
    <message>
        <source>There is no D-Bus session bus, so reminders cannot be desktop notifications.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, daher können Erinnerungen keine Benachrichtigungen sein.</translation>
    </message>
    <message>
        <source>No notification server answers (%1), so reminders show in Limber itself.</source>
        <translation>Kein Benachrichtigungsdienst antwortet (%1), daher erscheinen Erinnerungen in Limber selbst.</translation>
    </message>
    <message>
        <source>The notification server has no buttons, so reminders show in Limber itself.</source>
        <translation>Der Benachrichtigungsdienst kennt keine Knöpfe, daher erscheinen Erinnerungen in Limber selbst.</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n&#xa0;minute(s). A short guided stretch?</source>
        <translation>
            <numerusform>Sie sind seit %n&#xa0;Minute am Computer. Eine kurze angeleitete Dehnübung?</numerusform>
            <numerusform>Sie sind seit %n&#xa0;Minuten am Computer. Eine kurze angeleitete Dehnübung?</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>The notification server did not take the reminder (%1).</source>
        <translation>Der Benachrichtigungsdienst hat die Erinnerung nicht angenommen (%1).</translation>
    </message>
</context>
<context>
    <name>limber::OverviewView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>← &amp;Back to routines</source>
        <translation>← &amp;Zurück zu den Übungsfolgen</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Medizinischer Hin&amp;weis</translation>
    </message>
    <message>
        <source>I have &amp;read the safety notes</source>
        <translation>Ich habe die Sicherheitshinweise &amp;gelesen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Übungsfolgen</translation>
    </message>
    <message>
        <source>Go back to the list of routines (Esc)</source>
        <translation>Zurück zur Liste der Übungsfolgen (Esc)</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Medizinischer Hinweis</translation>
    </message>
    <message>
        <source>Show or hide the medical disclaimer</source>
        <translation>Medizinischen Hinweis zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Übersicht der Übungsfolge</translation>
    </message>
    <message>
        <source>I have read the safety notes</source>
        <translation>Ich habe die Sicherheitshinweise gelesen</translation>
    </message>
    <message>
        <source>Tick this once you have read the safety notes; Limber remembers it until the routine changes</source>
        <translation>Setzen Sie das Häkchen, sobald Sie die Sicherheitshinweise gelesen haben; Limber merkt es sich, bis sich die Übungsfolge ändert</translation>
    </message>
    <message>
        <source>Please read the safety notes, then tick the box to start.</source>
        <translation>Bitte lesen Sie die Sicherheitshinweise und setzen Sie dann das Häkchen, um zu starten.</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Übungsfolge starten</translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation>Übungsfolge starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Übungen: %1</translation>
    </message>
    <message>
        <source>No routine is chosen. Go back and choose one.</source>
        <translation>Es ist keine Übungsfolge ausgewählt. Gehen Sie zurück und wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Übungsfolge</translation>
    </message>
    <message>
        <source>This routine comes from your own routine folder</source>
        <translation>Diese Übungsfolge stammt aus Ihrem eigenen Übungsfolgen-Ordner</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Das brauchen Sie</translation>
    </message>
    <message>
        <source>Tick it off once it is ready (just a reminder)</source>
        <translation>Haken Sie es ab, sobald es bereit ist (nur zur Erinnerung)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Hold time for %1, in seconds</source>
        <translation>Haltedauer für „%1“, in Sekunden</translation>
    </message>
    <message>
        <source>How long to hold, between %1 and %2; Limber remembers your choice</source>
        <translation>Wie lange Sie halten, zwischen %1 und %2; Limber merkt sich Ihre Wahl</translation>
    </message>
    <message>
        <source>(from %1 to %2)</source>
        <translation>(von %1 bis %2)</translation>
    </message>
    <message>
        <source>Breaths for %1</source>
        <translation>Atemzüge für %1</translation>
    </message>
    <message>
        <source>How many breaths to hold for, between %1 and %2; Limber remembers your choice</source>
        <translation>Wie viele Atemzüge lang Sie halten, zwischen %1 und %2; Limber merkt sich Ihre Wahl</translation>
    </message>
    <message>
        <source>Brea&amp;ths:</source>
        <translation>A&amp;temzüge:</translation>
    </message>
    <message>
        <source>Breaths:</source>
        <translation>Atemzüge:</translation>
    </message>
    <message>
        <source>Ho&amp;ld for:</source>
        <translation>Haltedau&amp;er:</translation>
    </message>
    <message>
        <source>Hold for:</source>
        <translation>Haltedauer:</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Übungsfolgen</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what the routine is for</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Safety</source>
        <comment>section heading: safety notes</comment>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>section heading: where the content comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Die Einheit fortsetzen</translation>
    </message>
    <message>
        <source>Go on where you left off (Enter)</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben (Eingabetaste)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>Start the routine from the beginning</source>
        <translation>Die Übungsfolge von vorn beginnen</translation>
    </message>
    <message>
        <source>Start the routine again from its first step</source>
        <translation>Die Übungsfolge noch einmal ab dem ersten Schritt beginnen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Pain check-ins are off (Settings), so Limber cannot check whether your pain calls for seeing a doctor.</source>
        <translation>Die Schmerzabfragen sind ausgeschaltet (Einstellungen), daher kann Limber nicht prüfen, ob Ihre Schmerzen einen Arztbesuch nahelegen.</translation>
    </message>
    <message>
        <source>⚠ Advice: please see a doctor (%1)…</source>
        <translation>⚠ Hinweis: Bitte suchen Sie einen Arzt auf (%1)…</translation>
    </message>
    <message>
        <source>Show the advice to see a doctor</source>
        <translation>Den Hinweis zum Arztbesuch zeigen</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>section heading: the pages the content comes from</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>one of several pages the content comes from</comment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Scroll the overview down</source>
        <translation>Übersicht nach unten blättern</translation>
    </message>
    <message>
        <source>Scroll the overview up</source>
        <translation>Übersicht nach oben blättern</translation>
    </message>
    <message>
        <source>Scroll to the top of the overview</source>
        <translation>An den Anfang der Übersicht blättern</translation>
    </message>
    <message>
        <source>Scroll to the end of the overview</source>
        <translation>Ans Ende der Übersicht blättern</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0: no pain</source>
        <translation>0: keine Schmerzen</translation>
    </message>
    <message>
        <source>10: worst pain imaginable</source>
        <translation>10: stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>0, no pain</source>
        <translation>0, keine Schmerzen</translation>
    </message>
    <message>
        <source>10, worst pain imaginable</source>
        <translation>10, stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain imaginable</source>
        <translation>Schmerzen von 0, keine Schmerzen, bis 10, stärkste vorstellbare Schmerzen</translation>
    </message>
</context>
<context>
    <name>limber::PictureBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Picture</source>
        <comment>the step&apos;s illustration</comment>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Hold longer +10 s (H)</source>
        <translation>Länger halten +10 s (H)</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold (H)</source>
        <translation>Diese Haltezeit um 10 Sekunden verlängern (H)</translation>
    </message>
    <message>
        <source>Skip rest (S)</source>
        <translation>Ruhepause überspringen (S)</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Ruhepause überspringen</translation>
    </message>
    <message>
        <source>Start the next exercise now (S)</source>
        <translation>Jetzt mit der nächsten Übung beginnen (S)</translation>
    </message>
    <message>
        <source>Again (A)</source>
        <translation>Noch einmal (A)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Do this part once more (A)</source>
        <translation>Diesen Teil noch einmal machen (A)</translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation>Fertig (D)</translation>
    </message>
    <message>
        <source>Go on to what comes next (D)</source>
        <translation>Weiter mit dem, was als Nächstes kommt (D)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Back to the previous step (Left arrow)</source>
        <translation>Zurück zum vorherigen Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation>Einheit pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Weiter zum nächsten Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Restart exercise (R)</source>
        <translation>Übung neu starten (R)</translation>
    </message>
    <message>
        <source>Restart exercise</source>
        <translation>Übung neu starten</translation>
    </message>
    <message>
        <source>Start this exercise again from its first step (R)</source>
        <translation>Diese Übung noch einmal ab dem ersten Schritt beginnen (R)</translation>
    </message>
    <message>
        <source>Finish (F)</source>
        <translation>Abschließen (F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>End the session now and see the summary (F)</source>
        <translation>Einheit jetzt abschließen und die Zusammenfassung ansehen (F)</translation>
    </message>
    <message>
        <source>Exercise %1 of %2: %3</source>
        <translation>Übung %1 von %2: %3</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>Durchgang %1</translation>
    </message>
    <message>
        <source>cycle %1 of %2–%3</source>
        <translation>Durchgang %1 von %2–%3</translation>
    </message>
    <message>
        <source>cycle %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 done · rest</source>
        <translation>Übung %1 von %2 geschafft · Ruhepause</translation>
    </message>
    <message>
        <source>Rest — up next</source>
        <translation>Ruhepause – gleich geht’s weiter</translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <translation>Pausiert – weiter mit der Leertaste</translation>
    </message>
    <message>
        <source>Get ready · %1</source>
        <translation>Bereit machen · %1</translation>
    </message>
    <message>
        <source>Listen, then the timer starts</source>
        <translation>Hören Sie zu, dann läuft die Zeit</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Langsam atmen</translation>
    </message>
    <message>
        <source>Once more?</source>
        <translation>Noch einmal?</translation>
    </message>
    <message>
        <source>Cycle %1 done. Again, or done?</source>
        <translation>Durchgang %1 geschafft. Noch einmal oder fertig?</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Übungsfolge abgeschlossen</translation>
    </message>
    <message>
        <source>Done with reps (D)</source>
        <translation>Fertig mit den Wiederholungen (D)</translation>
    </message>
    <message>
        <source>Enough cycles (D)</source>
        <translation>Genug Durchgänge (D)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Resume the session (P)</source>
        <translation>Einheit fortsetzen (P)</translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation>Einheit fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Pause the session (P)</source>
        <translation>Einheit pausieren (P)</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Nächster Schritt →</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Lassen Sie sich Zeit</translation>
    </message>
    <message>
        <source>Pause or resume; count a rep when you count them yourself</source>
        <translation>Pausieren oder fortsetzen; eine Wiederholung zählen, wenn Sie selbst zählen</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause and go back to the overview</source>
        <translation>Pausieren und zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Hold longer: add 10 seconds to this hold</source>
        <translation>Länger halten: 10 Sekunden dazu</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Ruhepause überspringen</translation>
    </message>
    <message>
        <source>Do this part once more</source>
        <translation>Diesen Teil noch einmal</translation>
    </message>
    <message>
        <source>Done: go on to what comes next</source>
        <translation>Fertig: weiter mit dem Nächsten</translation>
    </message>
    <message>
        <source>Restart the exercise</source>
        <translation>Übung neu starten</translation>
    </message>
    <message>
        <source>Finish the session and see the summary</source>
        <translation>Einheit abschließen und Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>When you are ready, press “%1” or the → key</source>
        <translation>Wenn Sie bereit sind, drücken Sie „%1“ oder die Taste&#xa0;→</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: this part is done, go on</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>heading: repetitions to count</comment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>heading: the session is paused</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>button: go on after a pause</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>Einheit abschließen?</translation>
    </message>
    <message>
        <source>Finish now and see the summary? The session ends here and cannot be resumed.</source>
        <translation>Jetzt abschließen und die Zusammenfassung ansehen? Die Einheit endet hier und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Finish &amp;now</source>
        <translation>Jetzt &amp;abschließen</translation>
    </message>
    <message>
        <source>Restart the exercise?</source>
        <translation>Übung neu starten?</translation>
    </message>
    <message>
        <source>Start “%1” again from its first step? What you have done of it is done again.</source>
        <translation>„%1“ noch einmal ab dem ersten Schritt beginnen? Was Sie davon schon gemacht haben, machen Sie noch einmal.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>button: pause the session</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused while a window or menu is open — the session goes on when it closes</source>
        <translation>Pausiert, solange ein Fenster oder Menü offen ist – die Einheit geht weiter, wenn es sich schließt</translation>
    </message>
    <message numerus="yes">
        <source>Enough after %n&#xa0;cycle(s) (D)</source>
        <translation>
            <numerusform>Genug nach %n&#xa0;Durchgang (D)</numerusform>
            <numerusform>Genug nach %n&#xa0;Durchgängen (D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::Reminders</name>
    <message>
        <source>a fullscreen window</source>
        <translation>ein Fenster im Vollbild</translation>
    </message>
    <message>
        <source>do not disturb (%1)</source>
        <translation>„Nicht stören“ (%1)</translation>
    </message>
    <message>
        <source>do not disturb: unknown here (the notification server does not tell it)</source>
        <translation>„Nicht stören“: hier unbekannt (der Benachrichtigungsdienst teilt es nicht mit)</translation>
    </message>
</context>
<context>
    <name>limber::RepCounter</name>
    <message>
        <source>Count rep (Space)</source>
        <translation>Wiederholung zählen (Leertaste)</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Wiederholung zählen</translation>
    </message>
    <message>
        <source>Count one repetition (Space)</source>
        <translation>Eine Wiederholung zählen (Leertaste)</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation>%1 von %2–%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) counted</source>
        <translation>
            <numerusform>%n Wiederholung gezählt</numerusform>
            <numerusform>%n Wiederholungen gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting for you: follow the sound</source>
        <translation>Limber zählt für Sie: Folgen Sie dem Ton</translation>
    </message>
    <message>
        <source>Press Space after each rep</source>
        <translation>Drücken Sie nach jeder Wiederholung die Leertaste</translation>
    </message>
    <message>
        <source>Counting for you: follow the number</source>
        <translation>Limber zählt für Sie: Folgen Sie der Zahl</translation>
    </message>
    <message>
        <source>Enough for today? Press “%1”</source>
        <translation>Genug für heute? Drücken Sie „%1“</translation>
    </message>
</context>
<context>
    <name>limber::ResumeOffer</name>
    <message>
        <source>Resume in the rest before exercise %1 of %2, %3 left</source>
        <translation>In der Pause vor Übung %1 von %2 fortsetzen, noch %3</translation>
    </message>
    <message>
        <source>Resume at exercise %1 of %2, after cycle %3</source>
        <translation>Bei Übung %1 von %2 nach Durchgang %3 fortsetzen</translation>
    </message>
    <message>
        <source>exercise %1 of %2, step %3 of %4</source>
        <translation>Übung %1 von %2, Schritt %3 von %4</translation>
    </message>
    <message>
        <source>Resume at %1, %2 left</source>
        <translation>Fortsetzen bei %1, noch %2</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Fortsetzen bei %1</translation>
    </message>
    <message>
        <source>Your unfinished session of this routine cannot be resumed: the routine&apos;s file has changed since. Start it again from the beginning.</source>
        <translation>Ihre nicht beendete Einheit dieser Übungsfolge kann nicht fortgesetzt werden: Die Datei der Übungsfolge hat sich seitdem geändert. Beginnen Sie sie noch einmal von vorn.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineCardDelegate</name>
    <message>
        <source>Open</source>
        <comment>button: opens the routine</comment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>limber::RoutineCardModel</name>
    <message>
        <source>No equipment</source>
        <translation>Keine Hilfsmittel</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Hilfsmittel: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Übungsfolge</translation>
    </message>
    <message>
        <source>%1

Press Enter, double-click or choose Open to see the exercises.</source>
        <translation>%1

Drücken Sie die Eingabetaste, doppelklicken Sie oder wählen Sie „Öffnen“, um die Übungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Get-ready countdown in seconds</source>
        <translation>Countdown zum Bereitmachen, in Sekunden</translation>
    </message>
    <message>
        <source>A countdown before each hold, so you can get into position.</source>
        <translation>Ein Countdown vor jedem Halten, damit Sie in Position kommen.</translation>
    </message>
    <message>
        <source>&amp;Get ready before a hold:</source>
        <translation>&amp;Bereit machen vor dem Halten:</translation>
    </message>
    <message>
        <source>Length of one breath in seconds</source>
        <translation>Dauer eines Atemzugs in Sekunden</translation>
    </message>
    <message>
        <source>How long one slow breath takes: half breathing in, half breathing out.</source>
        <translation>So lange dauert ein langsamer Atemzug: zur Hälfte Einatmen, zur Hälfte Ausatmen.</translation>
    </message>
    <message>
        <source>&amp;One breath takes:</source>
        <translation>&amp;Ein Atemzug dauert:</translation>
    </message>
    <message>
        <source>Go on to the ne&amp;xt step when a timer ends</source>
        <translation>&amp;Weiter zum nächsten Schritt, wenn die Zeit abgelaufen ist</translation>
    </message>
    <message>
        <source>When off, Limber waits for you to press Next (Right arrow).</source>
        <translation>Ist dies aus, wartet Limber, bis Sie „Weiter“ drücken (Pfeil rechts).</translation>
    </message>
    <message>
        <source>The routine&apos;s suggestion</source>
        <translation>Vorschlag der Übungsfolge</translation>
    </message>
    <message>
        <source>The short end</source>
        <translation>Kürzeste Zeit</translation>
    </message>
    <message>
        <source>The long end</source>
        <translation>Längste Zeit</translation>
    </message>
    <message>
        <source>Where hold ranges start</source>
        <translation>Vorauswahl bei Haltezeiten „von … bis“</translation>
    </message>
    <message>
        <source>For holds like “30&#xa0;s to 1&#xa0;min”, until you choose in the routine&apos;s overview.</source>
        <translation>Gilt für Haltezeiten wie „30&#xa0;s bis 1&#xa0;min“, solange Sie in der Übersicht der Übungsfolge nichts anderes wählen.</translation>
    </message>
    <message>
        <source>Language and motion</source>
        <translation>Sprache und Bewegung</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>When off, every picture stands still.</source>
        <translation>Ist dies aus, bleiben alle Bilder unbewegt.</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation>Stimme und Töne</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Nur Stimme</translation>
    </message>
    <message>
        <source>Sounds only</source>
        <translation>Nur Töne</translation>
    </message>
    <message>
        <source>Audio prompts</source>
        <translation>Akustische Hinweise</translation>
    </message>
    <message>
        <source>&amp;Audio prompts:</source>
        <translation>A&amp;kustische Hinweise:</translation>
    </message>
    <message>
        <source>The loudness of the cue sounds and the voice.</source>
        <translation>Die Lautstärke der Signaltöne und der Stimme.</translation>
    </message>
    <message>
        <source>&amp;Mute (M in the player)</source>
        <translation>Stu&amp;mmschalten (Taste M während der Übungen)</translation>
    </message>
    <message>
        <source>A&amp;nimate the pictures</source>
        <translation>Bilder a&amp;nimieren</translation>
    </message>
    <message>
        <source>Plays the sound that starts a hold, at the volume above.</source>
        <translation>Spielt den Ton, mit dem das Halten beginnt, in der eingestellten Lautstärke.</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>flite speaks English and needs nothing else; speech-dispatcher speaks many languages through espeak-ng.</source>
        <translation>flite spricht Englisch und braucht sonst nichts; speech-dispatcher spricht über espeak-ng viele Sprachen.</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Spra&amp;chausgabe:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right.</source>
        <translation>Nach links langsamer, nach rechts schneller.</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Sprechtem&amp;po:</translation>
    </message>
    <message>
        <source>Lower to the left, higher to the right.</source>
        <translation>Nach links tiefer, nach rechts höher.</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>T&amp;onhöhe:</translation>
    </message>
    <message>
        <source>Says a sentence with the engine, voice, rate and pitch above.</source>
        <translation>Spricht einen Probesatz mit den Einstellungen oben.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let your shoulders drop as you breathe out.</source>
        <translation>Atmen Sie langsam ein und lassen Sie beim Ausatmen die Schultern sinken.</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>Standardstimme der Sprachausgabe</translation>
    </message>
    <message>
        <source>The voice speaks %1 with %2.</source>
        <translation>Die Stimme spricht %1 über %2.</translation>
    </message>
    <message>
        <source>Choose speech-dispatcher as the engine for a voice in %1.</source>
        <translation>Wählen Sie speech-dispatcher als Sprachausgabe, um eine Stimme für %1 zu bekommen.</translation>
    </message>
    <message>
        <source>Installing speech-dispatcher and espeak-ng gives voices in German, Spanish and many other languages.</source>
        <translation>Mit speech-dispatcher und espeak-ng bekommen Sie Stimmen für Deutsch, Spanisch und viele weitere Sprachen.</translation>
    </message>
    <message>
        <source>Holds with a range &amp;start at:</source>
        <translation>&amp;Vorauswahl bei Haltezeiten „von … bis“:</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Play a test soun&amp;d</source>
        <translation>&amp;Testton abspielen</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Previe&amp;w the voice</source>
        <translation>Stimme &amp;zur Probe anhören</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>settings group: how a session runs</comment>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>get-ready countdown: none</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>interface language</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>audio prompts: no sound, no voice</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>loudness</comment>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Voice</source>
        <comment>speech synthesis voice</comment>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Pitch</source>
        <comment>voice: high or low</comment>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <comment>settings group</comment>
        <translation>Pausenerinnerungen</translation>
    </message>
    <message>
        <source>Remind me to take &amp;breaks</source>
        <translation>Pausene&amp;rinnerungen einschalten</translation>
    </message>
    <message>
        <source>After a stretch of computer use, Limber offers a short guided stretch.</source>
        <translation>Nach einer Weile am Computer schlägt Limber eine kurze angeleitete Dehnübung vor.</translation>
    </message>
    <message>
        <source>Start Limber in the tra&amp;y when I log in</source>
        <translation>Bei &amp;jeder Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit after a number: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of computer use before a break</source>
        <translation>Minuten Computerarbeit bis zu einer Pause</translation>
    </message>
    <message>
        <source>Remind after this much &amp;computer use:</source>
        <translation>Pause f&amp;ällig nach so viel Computerarbeit:</translation>
    </message>
    <message>
        <source>Minutes without input that count as a break</source>
        <translation>Minuten ohne Eingabe, die als Pause zählen</translation>
    </message>
    <message>
        <source>Stepping away this long counts as a break and starts the count again.</source>
        <translation>Wer so lange nicht am Computer ist, hat Pause gemacht; die Zählung beginnt von vorn.</translation>
    </message>
    <message>
        <source>&amp;Quiet time that counts as a break:</source>
        <translation>So lan&amp;ge ohne Eingabe gilt als Pause:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: from 08:00 to 18:00</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Wor&amp;king hours:</source>
        <translation>Arbeitszeiten (&amp;Uhrzeit):</translation>
    </message>
    <message>
        <source>Time at the computer from:</source>
        <translation>Zeit am Computer laut:</translation>
    </message>
    <message>
        <source>Ask about pain before and af&amp;ter each session</source>
        <translation>Vor und nach jeder Einheit nach Schmerzen &amp;fragen</translation>
    </message>
    <message>
        <source>When off, Limber cannot check whether your pain calls for seeing a doctor.</source>
        <translation>Wenn ausgeschaltet, kann Limber nicht prüfen, ob Ihre Schmerzen einen Arztbesuch nahelegen.</translation>
    </message>
    <message>
        <source>History</source>
        <comment>settings group: sessions and pain check-ins</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Verlaufsdatei:</translation>
    </message>
    <message>
        <source>Delete my history…</source>
        <translation>Meinen Verlauf löschen…</translation>
    </message>
    <message>
        <source>Delete your history?</source>
        <translation>Verlauf löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>button: delete the history</comment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <comment>button: keep the history</comment>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>History deleted</source>
        <translation>Verlauf gelöscht</translation>
    </message>
    <message>
        <source>A due break waits during:</source>
        <translation>Eine fällige Pause wartet bei:</translation>
    </message>
    <message>
        <source>Your sessions, pain check-ins and break reminders are kept in one file on this computer. Nothing leaves it.</source>
        <translation>Ihre Einheiten, Schmerzabfragen und Pausenerinnerungen werden in einer Datei auf diesem Computer gespeichert. Nichts davon verlässt ihn.</translation>
    </message>
    <message>
        <source>Deletes every session, pain check-in and break reminder. Limber asks first.</source>
        <translation>Löscht alle Einheiten, Schmerzabfragen und Pausenerinnerungen. Limber fragt vorher nach.</translation>
    </message>
    <message>
        <source>Delete every session, pain check-in and break reminder Limber has kept? This cannot be undone.</source>
        <translation>Alle Einheiten, Schmerzabfragen und Pausenerinnerungen löschen, die Limber gespeichert hat? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Your history is deleted: no session, pain check-in or break reminder is kept any more.</source>
        <translation>Ihr Verlauf ist gelöscht: Es sind keine Einheiten, Schmerzabfragen oder Pausenerinnerungen mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>cannot take the lock file %1: another Limber may run alongside</source>
        <translation>kann die Sperrdatei %1 nicht übernehmen: ein weiteres Limber kann daneben laufen</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2): a second start will open a second window</source>
        <translation>kann nicht auf %1 lauschen (%2): ein zweiter Start öffnet ein zweites Fenster</translation>
    </message>
    <message>
        <source>the running Limber does not answer on %1 (%2)</source>
        <translation>das laufende Limber antwortet nicht auf %1 (%2)</translation>
    </message>
</context>
<context>
    <name>limber::SoundPlayer</name>
    <message>
        <source>The sound %1 %2.</source>
        <translation>Die Tondatei %1 %2.</translation>
    </message>
    <message>
        <source>No audio output device: cues are shown, not heard.</source>
        <translation>Kein Audioausgabegerät: Die Hinweise sind nur zu sehen, nicht zu hören.</translation>
    </message>
    <message numerus="yes">
        <source>The sound %1 has another format than the other sounds (%2 Hz, %n channel(s)).</source>
        <translation>
            <numerusform>Die Tondatei %1 hat ein anderes Format als die übrigen Töne (%2 Hz, %n Kanal).</numerusform>
            <numerusform>Die Tondatei %1 hat ein anderes Format als die übrigen Töne (%2 Hz, %n Kanäle).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audio output failed: cues are shown, not heard.</source>
        <translation>Die Audioausgabe ist ausgefallen: Hinweise werden angezeigt, nicht abgespielt.</translation>
    </message>
</context>
<context>
    <name>limber::SwitchSidesBanner</name>
    <message>
        <source>Switch to your left side</source>
        <translation>Wechseln Sie zur linken Seite</translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation>Wechseln Sie zur rechten Seite</translation>
    </message>
    <message>
        <source>The steps now repeat for your left side.</source>
        <translation>Die Schritte wiederholen sich jetzt für Ihre linke Seite.</translation>
    </message>
    <message>
        <source>The steps now repeat for your right side.</source>
        <translation>Die Schritte wiederholen sich jetzt für Ihre rechte Seite.</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, noch %2</translation>
    </message>
</context>
<context>
    <name>limber::Tray</name>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>A break is due now</source>
        <translation>Jetzt ist eine Pause fällig</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Außerhalb Ihrer Arbeitszeit</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Counting your time at the computer</source>
        <translation>Ihre Zeit am Computer wird gezählt</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n&#xa0;min)</source>
        <translation>
            <numerusform>Nächste Pause um %1 (in %n&#xa0;min)</numerusform>
            <numerusform>Nächste Pause um %1 (in %n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stretch now</source>
        <translation>&amp;Jetzt dehnen</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Open Limber</source>
        <translation>Limber &amp;öffnen</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber: %1</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Break due — waiting while a window is fullscreen</source>
        <translation>Pause fällig – sie wartet, solange ein Fenster im Vollbild ist</translation>
    </message>
    <message>
        <source>Break due — waiting while notifications are paused (do not disturb)</source>
        <translation>Pause fällig – sie wartet, solange Benachrichtigungen pausiert sind („Nicht stören“)</translation>
    </message>
</context>
<context>
    <name>limber::WavFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is too large for a cue sound (%1 bytes)</source>
        <translation>ist für einen Signalton zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a RIFF/WAVE file</source>
        <translation>ist keine RIFF/WAVE-Datei</translation>
    </message>
    <message>
        <source>is truncated: its header announces %1 bytes, the file has %2</source>
        <translation>ist abgeschnitten: der Kopf kündigt %1 Bytes an, die Datei hat %2</translation>
    </message>
    <message>
        <source>has a broken format (fmt) chunk</source>
        <translation>hat einen defekten Formatblock (fmt)</translation>
    </message>
    <message>
        <source>is not uncompressed PCM (format tag %1)</source>
        <translation>ist kein unkomprimiertes PCM (Formatkennung %1)</translation>
    </message>
    <message>
        <source>has an unsupported channel count (%1)</source>
        <translation>hat eine nicht unterstützte Kanalzahl (%1)</translation>
    </message>
    <message>
        <source>has an unsupported sample rate (%1 Hz)</source>
        <translation>hat eine nicht unterstützte Abtastrate (%1 Hz)</translation>
    </message>
    <message>
        <source>has an unsupported sample size (%1 bits)</source>
        <translation>hat eine nicht unterstützte Sample-Größe (%1 Bit)</translation>
    </message>
    <message>
        <source>has an inconsistent block alignment (%1)</source>
        <translation>hat eine widersprüchliche Blockausrichtung (%1)</translation>
    </message>
    <message>
        <source>has no format (fmt) chunk before its data</source>
        <translation>hat vor den Daten keinen Formatblock (fmt)</translation>
    </message>
    <message>
        <source>holds no sound (empty data chunk)</source>
        <translation>enthält keinen Ton (leerer Datenblock)</translation>
    </message>
    <message>
        <source>is truncated: its data chunk announces %1 bytes, %2 are there</source>
        <translation>ist abgeschnitten: der Datenblock kündigt %1 Bytes an, %2 sind vorhanden</translation>
    </message>
    <message>
        <source>ends in the middle of a sample frame</source>
        <translation>endet mitten in einem Sample-Frame</translation>
    </message>
    <message>
        <source>is truncated inside its &quot;%1&quot; chunk</source>
        <translation>ist innerhalb ihres Blocks „%1“ abgeschnitten</translation>
    </message>
    <message>
        <source>has no data chunk</source>
        <translation>hat keinen Datenblock</translation>
    </message>
    <message>
        <source>has no format (fmt) chunk</source>
        <translation>hat keinen Formatblock (fmt)</translation>
    </message>
</context>
<context>
    <name>limber::X11IdleSource</name>
    <message>
        <source>X11 (the XScreenSaver extension)</source>
        <translation>X11 (die Erweiterung XScreenSaver)</translation>
    </message>
</context>
<context>
    <name>limber::autostart</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided stretching routines with pictures, timers and spoken cues.</source>
        <translation>Angeleitete Dehnübungen mit Bildern, Timern und gesprochenen Ansagen.</translation>
    </message>
    <message>
        <source>Check routine files and folders, print problems and exit.</source>
        <translation>Übungsfolgen-Dateien und -Ordner prüfen, Probleme ausgeben und beenden.</translation>
    </message>
    <message>
        <source>List the routines the app can see.</source>
        <translation>Die Übungsfolgen auflisten, die die App findet.</translation>
    </message>
    <message>
        <source>Open the app on a routine, by id or file.</source>
        <translation>Die App mit einer Übungsfolge öffnen, per ID oder Datei.</translation>
    </message>
    <message>
        <source>id|file</source>
        <translation>id|datei</translation>
    </message>
    <message>
        <source>limber: --validate needs a file or folder</source>
        <translation>limber: --validate braucht eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>limber: unexpected argument &apos;%1&apos; (did you mean --validate?)</source>
        <translation>limber: unerwartetes Argument „%1“ (meinten Sie --validate?)</translation>
    </message>
    <message>
        <source>Write every figure of the routine given with --routine (else of every routine) as PNG and SVG files into a folder, and exit.</source>
        <translation>Jede Figur der mit --routine angegebenen Übungsfolge (sonst aller Übungsfolgen) als PNG- und SVG-Dateien in einen Ordner schreiben und beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>With --export-figures: picture size in pixels (default 800x600).</source>
        <translation>Mit --export-figures: Bildgröße in Pixeln (Standard: 800x600).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>With --export-figures: png, svg or both (default).</source>
        <translation>Mit --export-figures: png, svg oder both (Standard).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>limber: Limber is still starting; try again
</source>
        <translation>limber: Limber startet noch; bitte erneut versuchen
</translation>
    </message>
    <message>
        <source>limber: %1; starting on its own</source>
        <translation>limber: %1; startet eigenständig</translation>
    </message>
    <message>
        <source>Start hidden in the tray, when break reminders are on and the desktop has a tray (autostart does).</source>
        <translation>Versteckt im Infobereich starten, wenn Pausenerinnerungen an sind und die Arbeitsumgebung einen Infobereich hat (so startet der Autostart).</translation>
    </message>
    <message>
        <source>With --list or --history: print JSON.</source>
        <translation>Mit --list oder --history: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the sessions, the pain check-ins and the current see-a-doctor advice.</source>
        <translation>Die Einheiten, die Schmerzabfragen und den aktuellen Hinweis zum Arztbesuch ausgeben.</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV file, and the pain check-ins beside it (FILE-check-ins.csv).</source>
        <translation>Die Einheiten in eine CSV-Datei schreiben und die Schmerzangaben daneben (DATEI-check-ins.csv).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>Merge CSV files written by --export-history (or History ▸ Export) into the history.</source>
        <translation>Mit --export-history (oder Verlauf ▸ Exportieren) geschriebene CSV-Dateien in den Verlauf übernehmen.</translation>
    </message>
    <message>
        <source>limber: --import-history needs a CSV file</source>
        <translation>limber: --import-history braucht eine CSV-Datei</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises as a routine of your own, from PATH or from where Debian&apos;s workrave-data puts them, and exit.</source>
        <translation>Die Übungen von Workrave als eigene Übungsfolge importieren, aus PATH oder von dort, wo Debians workrave-data sie ablegt, und beenden.</translation>
    </message>
    <message>
        <source>With --validate: files or folders; with --import-history: CSV files; with --import: the exercise file.</source>
        <translation>Mit --validate: Dateien oder Ordner; mit --import-history: CSV-Dateien; mit --import: die Übungsdatei.</translation>
    </message>
    <message>
        <source>Write the routine&apos;s printable handout as a PDF file (with -o), and exit.</source>
        <translation>Den druckbaren Handzettel der Übungsfolge als PDF-Datei schreiben (mit -o) und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The language to write in (de, en, es; default: the interface&apos;s).</source>
        <translation>Die Sprache des Textes (de, en, es; Vorgabe: die der Oberfläche).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>limber: no language &apos;%1&apos; (there are: %2)</source>
        <translation>limber: keine Sprache „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>limber: --handout needs -o FILE.pdf</source>
        <translation>limber: --handout braucht -o DATEI.pdf</translation>
    </message>
    <message>
        <source>limber: --paper must be a4 or letter</source>
        <translation>limber: --paper muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>With --handout or --history-report: the PDF file to write.</source>
        <translation>Mit --handout oder --history-report: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Write the history from FROM to TO (dates like 2026-11-01, both included) as a report for a clinician, a PDF file (with -o), and exit.</source>
        <translation>Den Verlauf von FROM bis TO (Daten wie 2026-11-01, beide eingeschlossen) als Bericht für Ärztin, Arzt oder Physiotherapie in eine PDF-Datei schreiben (mit -o) und beenden.</translation>
    </message>
    <message>
        <source>FROM TO</source>
        <translation>FROM TO</translation>
    </message>
    <message>
        <source>With --handout or --history-report: a4 or letter (default: the paper of your country).</source>
        <translation>Mit --handout oder --history-report: a4 oder letter (Standard: das Papier Ihres Landes).</translation>
    </message>
    <message>
        <source>limber: --history-report needs FROM TO -o FILE.pdf (dates like 2026-11-01)</source>
        <translation>limber: --history-report braucht FROM TO -o DATEI.pdf (Daten wie 2026-11-01)</translation>
    </message>
</context>
</TS>
