<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <source>limber: no such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueWords</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more, or done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n breath(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for %1 to %2 breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat as often as you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat %1 to %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::DoneView</name>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same routine again from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds held: %1 (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths guided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::ImageLoader</name>
    <message>
        <source>Picture missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Press Enter, double-click or choose Open to see the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, summary or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the routines whose title, summary or tags contain this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the routines with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the routine files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open routine &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open routine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder where you can put your own routine files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to move between routines and Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: your routine “%1” (%2) replaces the bundled routine with the same id (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files that could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in its folder, to fix it in a text editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your routine folder (Open routine folder), then choose Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches your search. Try other words, or choose “All tags”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber&apos;s guidance is for education only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain lasts more than a few days, gets worse, or began right after an injury, see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open routine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching routines with pictures, timers and spoken cues.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute sounds and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume; count a rep when you count them yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine; start it from its overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: from the player to the overview, from there to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute sounds and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::Narrator</name>
    <message>
        <source>The speech engine “%1” is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: narration is shown, not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine “%1” failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::OverviewView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read the safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the list of routines (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this once you have read the safety notes; Limber remembers it until the routine changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the safety notes, then tick the box to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine is chosen. Go back and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine comes from your own routine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — or: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it off once it is ready (just a reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side at a time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold time for %1, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to hold, between %1 and %2; Limber remembers your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::PictureBox</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Hold longer +10 s (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next exercise now (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this part once more (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to what comes next (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart exercise (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this exercise again from its first step (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now and see the summary (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 of %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2 done · rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest — up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen, then the timer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, press Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 done. Again, or done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with reps (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough cycles (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the session (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the session (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::RepCounter</name>
    <message>
        <source>Count rep (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one repetition (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting for you: follow the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough for today? Press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space after each rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::RoutineCardDelegate</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A countdown before each hold, so you can get into position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready before a hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of one breath in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one slow breath takes: half breathing in, half breathing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One breath takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step when a &amp;timer ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, Limber waits for you to press Next (Right arrow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The long end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where hold ranges start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For holds like “30 s to 1 min”, until you choose in the routine&apos;s overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds with a range start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Animate the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, every picture stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loudness of the cue sounds and the voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute (M in the player)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::SoundPlayer</name>
    <message>
        <source>The sound %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: cues are shown, not heard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided stretching routines with pictures, timers and spoken cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check routine files and folders, print problems and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the routines the app can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app on a routine, by id or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --validate: files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: --validate needs a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: unexpected argument &apos;%1&apos; (did you mean --validate?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: no routine with id &apos;%1&apos; (limber --list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every figure of the routine given with --routine (else of every routine) as PNG and SVG files into a folder, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-figures: picture size in pixels (default 800x600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-figures: png, svg or both (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: --export-size must be like 800x600 (16 to 8000 pixels) and --export-format png, svg or both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
