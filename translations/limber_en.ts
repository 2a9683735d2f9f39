<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdviceText</name>
    <message numerus="yes">
        <source>Pain for %n&#xa0;days (%1 to %2)</source>
        <translation>
            <numerusform>Pain for %n&#xa0;days (%1 to %2)</numerusform>
            <numerusform>Pain for %n&#xa0;days (%1 to %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You first reported this pain on %1 (%2 out of 10) and it was still there on %3 (%4 out of 10): %n&#xa0;days, more than the %5&#xa0;days after which this routine&apos;s source advises seeing a doctor.</source>
        <translation>
            <numerusform>You first reported this pain on %1 (%2 out of 10) and it was still there on %3 (%4 out of 10): %n&#xa0;days, more than the %5&#xa0;days after which this routine&apos;s source advises seeing a doctor.</numerusform>
            <numerusform>You first reported this pain on %1 (%2 out of 10) and it was still there on %3 (%4 out of 10): %n&#xa0;days, more than the %5&#xa0;days after which this routine&apos;s source advises seeing a doctor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your pain rose at each of %n&#xa0;check-ins in a row: %1.</source>
        <translation>
            <numerusform>Your pain rose at each of %n&#xa0;check-ins in a row: %1.</numerusform>
            <numerusform>Your pain rose at each of %n&#xa0;check-ins in a row: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n routine file(s)</source>
        <translation>
            <numerusform>%n routine file</numerusform>
            <numerusform>%n routine files</numerusform>
        </translation>
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
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message numerus="yes">
        <source>Hold for %n&#xa0;breath(s)</source>
        <translation>
            <numerusform>Hold for %n&#xa0;breath</numerusform>
            <numerusform>Hold for %n&#xa0;breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;rep(s)</source>
        <translation>
            <numerusform>%n&#xa0;rep</numerusform>
            <numerusform>%n&#xa0;reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n&#xa0;time(s)</source>
        <translation>
            <numerusform>Repeat %n&#xa0;time</numerusform>
            <numerusform>Repeat %n&#xa0;times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message numerus="yes">
        <source>Rule: pain check-ins spanning more than %n&#xa0;day(s).</source>
        <translation>
            <numerusform>Rule: pain check-ins spanning more than %n&#xa0;day.</numerusform>
            <numerusform>Rule: pain check-ins spanning more than %n&#xa0;days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a rating %n&#xa0;point(s) above the first</source>
        <translation>
            <numerusform>a rating %n&#xa0;point above the first</numerusform>
            <numerusform>a rating %n&#xa0;points above the first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;check-in(s) in a row, each higher</source>
        <translation>
            <numerusform>%n&#xa0;check-in in a row, each higher</numerusform>
            <numerusform>%n&#xa0;check-ins in a row, each higher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message numerus="yes">
        <source>the titles and descriptions in %n language(s) that Limber does not speak are left out: %1</source>
        <translation>
            <numerusform>the titles and descriptions in %n language that Limber does not speak are left out: %1</numerusform>
            <numerusform>the titles and descriptions in %n languages that Limber does not speak are left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from Workrave into %1.</source>
        <translation>
            <numerusform>Imported %n exercise from Workrave into %1.</numerusform>
            <numerusform>Imported %n exercises from Workrave into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message numerus="yes">
        <source>%n record(s) added from %1.</source>
        <translation>
            <numerusform>%n record added from %1.</numerusform>
            <numerusform>%n records added from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already kept and not added again.</source>
        <translation>
            <numerusform>%n were already kept and not added again.</numerusform>
            <numerusform>%n were already kept and not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n taken</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n postponed</numerusform>
            <numerusform>%n postponed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stretched on %n of the last 7&#xa0;days.</source>
        <translation>
            <numerusform>You stretched on %n of the last 7&#xa0;days.</numerusform>
            <numerusform>You stretched on %n of the last 7&#xa0;days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;session(s)</source>
        <translation>
            <numerusform>%n&#xa0;session</numerusform>
            <numerusform>%n&#xa0;sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;reminder(s): %1</source>
        <translation>
            <numerusform>%n&#xa0;reminder: %1</numerusform>
            <numerusform>%n&#xa0;reminders: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::Notifier</name>
    <message numerus="yes">
        <source>You have been at the computer for %n&#xa0;minute(s). A short guided stretch?</source>
        <translation>
            <numerusform>You have been at the computer for %n&#xa0;minute. A short guided stretch?</numerusform>
            <numerusform>You have been at the computer for %n&#xa0;minutes. A short guided stretch?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message numerus="yes">
        <source>Enough after %n&#xa0;cycle(s) (D)</source>
        <translation>
            <numerusform>Enough after %n&#xa0;cycle (D)</numerusform>
            <numerusform>Enough after %n&#xa0;cycles (D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RepCounter</name>
    <message numerus="yes">
        <source>%n rep(s) counted</source>
        <translation>
            <numerusform>%n rep counted</numerusform>
            <numerusform>%n reps counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::SoundPlayer</name>
    <message numerus="yes">
        <source>The sound %1 has another format than the other sounds (%2 Hz, %n channel(s)).</source>
        <translation>
            <numerusform>The sound %1 has another format than the other sounds (%2 Hz, %n channel).</numerusform>
            <numerusform>The sound %1 has another format than the other sounds (%2 Hz, %n channels).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::Tray</name>
    <message numerus="yes">
        <source>Next break at %1 (in %n&#xa0;min)</source>
        <translation>
            <numerusform>Next break at %1 (in %n&#xa0;min)</numerusform>
            <numerusform>Next break at %1 (in %n&#xa0;min)</numerusform>
        </translation>
    </message>
</context>
</TS>
