<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdviceText</name>
    <message>
        <source>The pain started after a fall, an accident or an injury</source>
        <translation>El dolor empezó tras una caída, un accidente o una lesión</translation>
    </message>
    <message>
        <source>Getting worse (%1 → %2)</source>
        <translation>Va a peor (%1 → %2)</translation>
    </message>
    <message>
        <source>On %1 you said this pain started right after a fall, an accident or another injury.</source>
        <translation>El %1 dijiste que este dolor empezó justo después de una caída, un accidente u otra lesión.</translation>
    </message>
    <message>
        <source>Your pain went from %1 to %2 between %3 and %4.</source>
        <translation>Tu dolor pasó de %1 a %2 entre el %3 y el %4.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>Your pain rose at each of %n&#xa0;check-ins in a row: %1.</source>
        <translation>
            <numerusform>Tu dolor subió en %n&#xa0;valoración seguida: %1.</numerusform>
            <numerusform>Tu dolor subió en %n&#xa0;valoraciones seguidas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This routine&apos;s source advises seeing a doctor before you do it when pain starts right after an injury. Please see a doctor first.</source>
        <translation>La fuente de esta rutina aconseja ir al médico antes de hacerla cuando el dolor empieza justo después de una lesión. Ve primero al médico, por favor.</translation>
    </message>
    <message>
        <source>Call emergency services or go to an emergency department now if your back pain comes with any of these:</source>
        <translation>Llama ahora a emergencias o ve a urgencias si tu dolor de espalda viene con alguno de estos signos:</translation>
    </message>
    <message>
        <source>See a doctor soon if it comes with any of these:</source>
        <translation>Ve pronto al médico si viene con alguno de estos:</translation>
    </message>
    <message>
        <source>pain in both legs that comes from your back</source>
        <translation>dolor en las dos piernas que viene de la espalda</translation>
    </message>
    <message>
        <source>weakness or numbness in both legs that is severe or getting worse</source>
        <translation>debilidad o entumecimiento en las dos piernas, fuerte o cada vez mayor</translation>
    </message>
    <message>
        <source>numbness around or under your genitals, or around your bottom</source>
        <translation>entumecimiento alrededor o debajo de los genitales, o alrededor del ano</translation>
    </message>
    <message>
        <source>new trouble starting to pee, or controlling your bladder or bowels</source>
        <translation>dificultad nueva para empezar a orinar o para controlar la vejiga o el intestino</translation>
    </message>
    <message>
        <source>pain after a major accident, such as a road accident or a fall from a height</source>
        <translation>dolor tras un accidente grave, como un accidente de tráfico o una caída desde altura</translation>
    </message>
    <message>
        <source>pain after a minor fall or knock if you are older, have osteoporosis or have taken steroids for a long time</source>
        <translation>dolor tras una caída o un golpe leve si eres mayor, tienes osteoporosis o has tomado corticoides mucho tiempo</translation>
    </message>
    <message>
        <source>pain that stays or gets worse when you lie down and wakes you at night</source>
        <translation>dolor que sigue o empeora al tumbarte y te despierta por la noche</translation>
    </message>
    <message>
        <source>a fever or high temperature</source>
        <translation>fiebre o temperatura alta</translation>
    </message>
    <message>
        <source>walking that is unsteady or not as usual</source>
        <translation>una forma de caminar inestable o distinta de la habitual</translation>
    </message>
    <message>
        <source>pain like a band around your chest or belly</source>
        <translation>dolor como una banda alrededor del pecho o el vientre</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fuente: %1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pain for %n&#xa0;days (%1 to %2)</source>
        <translation>
            <numerusform>Dolor durante %n&#xa0;día (del %1 al %2)</numerusform>
            <numerusform>Dolor durante %n&#xa0;días (del %1 al %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You first reported this pain on %1 (%2 out of 10) and it was still there on %3 (%4 out of 10): %n&#xa0;days, more than the %5&#xa0;days after which this routine&apos;s source advises seeing a doctor.</source>
        <translation>
            <numerusform>Indicaste este dolor por primera vez el %1 (%2 de 10) y seguía el %3 (%4 de 10): %n&#xa0;día, más de los %5&#xa0;días tras los que la fuente de esta rutina aconseja ir al médico.</numerusform>
            <numerusform>Indicaste este dolor por primera vez el %1 (%2 de 10) y seguía el %3 (%4 de 10): %n&#xa0;días, más de los %5&#xa0;días tras los que la fuente de esta rutina aconseja ir al médico.</numerusform>
        </translation>
    </message>
    <message>
        <source>This routine&apos;s source advises seeing a doctor when pain persists or gets worse. Limber does not diagnose: it repeats that advice with your own ratings, so that you can show them to a doctor.</source>
        <translation>La fuente de esta rutina aconseja ir al médico cuando el dolor no se va o va a peor. Limber no diagnostica: repite ese consejo con tus propias valoraciones para que puedas enseñárselas a un médico.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>limber: no such file or folder: %1</source>
        <translation>limber: no existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2, %3.</source>
        <translation>Comprobación de %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s)</source>
        <translation>
            <numerusform>%n archivo de rutina</numerusform>
            <numerusform>%n archivos de rutina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>sustituye a %1</translation>
    </message>
    <message>
        <source>limber: no routine with id &apos;%1&apos; (limber --list shows them)</source>
        <translation>limber: no hay ninguna rutina con el id «%1» (limber --list muestra las que hay)</translation>
    </message>
    <message>
        <source>limber: --export-size must be like 800x600 (16 to 8000 pixels) and --export-format png, svg or both</source>
        <translation>limber: --export-size debe tener la forma 800x600 (de 16 a 8000 píxeles) y --export-format debe ser png, svg o both</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a routine of the user&apos;s own</comment>
        <translation>propia</translation>
    </message>
    <message>
        <source>bundled</source>
        <comment>a routine that ships with Limber</comment>
        <translation>incluida</translation>
    </message>
    <message>
        <source>Sessions (%1):</source>
        <translation>Sesiones (%1):</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <source>%1 of %2 exercises done, %3 holds, %4 reps, %5 breaths</source>
        <translation>%1 de %2 ejercicios hechos, %3 mantenimientos, %4 repeticiones, %5 respiraciones</translation>
    </message>
    <message>
        <source>Pain check-ins (%1):</source>
        <translation>Valoraciones del dolor (%1):</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>after an injury</source>
        <translation>tras una lesión</translation>
    </message>
    <message>
        <source>Advice for %1:</source>
        <translation>Aviso para %1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>limber: %1</source>
        <translation>limber: %1</translation>
    </message>
    <message>
        <source>Sessions written to %1, pain check-ins to %2.</source>
        <translation>Sesiones guardadas en %1, registros de dolor en %2.</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1: no se importó nada.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already kept.</source>
        <translation>%1: %2 añadidos, %3 ya guardados.</translation>
    </message>
    <message>
        <source>limber: cannot import &apos;%1&apos;: Limber imports workrave</source>
        <translation>limber: no se puede importar «%1»: Limber importa workrave</translation>
    </message>
    <message>
        <source>limber: --import workrave takes one file</source>
        <translation>limber: --import workrave admite un solo archivo</translation>
    </message>
    <message>
        <source>limber: no such file: %1</source>
        <translation>limber: no existe el archivo: %1</translation>
    </message>
    <message>
        <source>limber: install Debian&apos;s workrave-data, or name the file</source>
        <translation>limber: instala el paquete workrave-data de Debian o indica el archivo</translation>
    </message>
    <message>
        <source>limber: &apos;%1&apos; is not a date like 2026-11-01</source>
        <translation>limber: «%1» no es una fecha como 2026-11-01</translation>
    </message>
    <message>
        <source>limber: the report&apos;s first day (%1) is after its last (%2)</source>
        <translation>limber: el primer día del informe (%1) es posterior al último (%2)</translation>
    </message>
    <message>
        <source>limber: the history could not be written out: %1</source>
        <translation>limber: no se pudo escribir el historial: %1</translation>
    </message>
</context>
<context>
    <name>CueWords</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>Necesitas: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Vas por la mitad</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Once more, or done?</source>
        <translation>¿Otra vez, o terminas aquí?</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Press the right arrow key when you are ready.</source>
        <translation>Pulsa la flecha derecha cuando estés listo.</translation>
    </message>
    <message>
        <source>Get ready for %1</source>
        <translation>Prepárate para %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken: keep still in the stretch now</comment>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken and shown: rest now, a pause between parts</comment>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Release</source>
        <comment>spoken: let go of the stretch</comment>
        <translation>Relaja</translation>
    </message>
    <message>
        <source>For once more, press A. For done, press D.</source>
        <comment>spoken: a key&apos;s letter ends its phrase, so the voices say the letter (&quot;Press A for&quot; is read &quot;press uh for&quot;)</comment>
        <translation>Para repetir, pulsa A; para terminar, pulsa D.</translation>
    </message>
    <message>
        <source>Well done. Routine complete.</source>
        <comment>spoken: a full stop, not a dash (flite reads on through a dash)</comment>
        <translation>¡Muy bien! Rutina completada.</translation>
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
        <translation>Mantén %1</translation>
    </message>
    <message>
        <source>Hold %1 to %2</source>
        <translation>Mantén de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n&#xa0;breath(s)</source>
        <translation>
            <numerusform>Mantén durante %n&#xa0;respiración</numerusform>
            <numerusform>Mantén durante %n&#xa0;respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for %1 to %2&#xa0;breaths</source>
        <translation>Mantén de %1 a %2&#xa0;respiraciones</translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;rep(s)</source>
        <translation>
            <numerusform>%n&#xa0;repetición</numerusform>
            <numerusform>%n&#xa0;repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2&#xa0;reps</source>
        <translation>%1–%2&#xa0;repeticiones</translation>
    </message>
    <message>
        <source>%1, %2 each</source>
        <translation>%1, %2 cada una</translation>
    </message>
    <message>
        <source>Repeat as often as you need</source>
        <translation>Repite tantas veces como necesites</translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n&#xa0;time(s)</source>
        <translation>
            <numerusform>Repite %n&#xa0;vez</numerusform>
            <numerusform>Repite %n&#xa0;veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat %1 to %2&#xa0;times</source>
        <translation>Repite de %1 a %2&#xa0;veces</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Aprox. %1</translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Queda más o menos un minuto</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Quedan unos %1</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>safety level: information</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Caution</source>
        <comment>safety level</comment>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>safety level: the most serious</comment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Wall</source>
        <comment>equipment</comment>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>equipment</comment>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>equipment</comment>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Mat</source>
        <comment>equipment: exercise mat</comment>
        <translation>Colchoneta</translation>
    </message>
    <message>
        <source>Upper back</source>
        <comment>routine tag</comment>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <comment>routine tag</comment>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>routine tag</comment>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Neck</source>
        <comment>routine tag</comment>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <comment>routine tag</comment>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Hips</source>
        <comment>routine tag</comment>
        <translation>Caderas</translation>
    </message>
    <message>
        <source>Legs</source>
        <comment>routine tag</comment>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Wrists</source>
        <comment>routine tag</comment>
        <translation>Muñecas</translation>
    </message>
    <message>
        <source>Desk</source>
        <comment>routine tag</comment>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Posture</source>
        <comment>routine tag</comment>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Stretching</source>
        <comment>routine tag</comment>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Mobility</source>
        <comment>routine tag</comment>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Breathing</source>
        <comment>routine tag</comment>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <comment>routine tag</comment>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>Morning</source>
        <comment>routine tag</comment>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Evening</source>
        <comment>routine tag</comment>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Beginner</source>
        <comment>routine tag</comment>
        <translation>Principiantes</translation>
    </message>
    <message>
        <source>Chest</source>
        <comment>routine tag</comment>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Forearms</source>
        <comment>routine tag</comment>
        <translation>Antebrazos</translation>
    </message>
    <message>
        <source>%1 — or: %2</source>
        <translation>%1 — o: %2</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Material: %1</translation>
    </message>
    <message>
        <source>One side at a time: %1</source>
        <translation>Un lado cada vez: %1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <source>Then rest %1</source>
        <translation>Luego descansa %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticWords</name>
    <message>
        <source>file is larger than 1 MiB</source>
        <translation>el archivo ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>no es YAML válido: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>more than %1 nodes after expanding aliases</source>
        <translation>más de %1 nodos al expandir los alias</translation>
    </message>
    <message>
        <source>the top level must be a map with keys like &apos;limber&apos;, &apos;id&apos; and &apos;title&apos;</source>
        <translation>el nivel superior debe ser un mapa con claves como &apos;limber&apos;, &apos;id&apos; y &apos;title&apos;</translation>
    </message>
    <message>
        <source>&apos;limber&apos; must be the format version number, 1</source>
        <translation>&apos;limber&apos; debe ser el número de versión del formato, 1</translation>
    </message>
    <message>
        <source>unsupported format version %1; this app reads version 1</source>
        <translation>versión de formato %1 no compatible; esta aplicación lee la versión 1</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or map</source>
        <translation>una clave debe ser un nombre simple, no una lista ni un mapa</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice (first at line %2)</source>
        <translation>la clave &apos;%1&apos; aparece dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clave desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>clave desconocida &apos;%1&apos; (¿querías decir &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>falta la clave obligatoria &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; no puede estar vacío</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must not be empty</source>
        <translation>ninguna entrada de &apos;%1&apos; puede estar vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a map</source>
        <translation>&apos;%1&apos; debe ser texto, no un mapa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list</source>
        <translation>&apos;%1&apos; debe ser texto, no una lista</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text, not a map</source>
        <translation>cada entrada de &apos;%1&apos; debe ser texto, no un mapa</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text, not a list</source>
        <translation>cada entrada de &apos;%1&apos; debe ser texto, no una lista</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text or a map of language tags to text, like {en: Stretch, de: Dehnung}</source>
        <translation>&apos;%1&apos; debe ser texto o un mapa de códigos de idioma a texto, como {en: Stretch, de: Dehnung}</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be text or a map of language tags to text, like {en: Stretch, de: Dehnung}</source>
        <translation>cada entrada de &apos;%1&apos; debe ser texto o un mapa de códigos de idioma a texto, como {en: Stretch, de: Dehnung}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>each entry of &apos;equipment&apos; must be a map with &apos;id&apos; and &apos;name&apos;</source>
        <translation>cada entrada de &apos;equipment&apos; debe ser un mapa con &apos;id&apos; y &apos;name&apos;</translation>
    </message>
    <message>
        <source>each entry of &apos;safety&apos; must be a map with &apos;level&apos; and &apos;text&apos;</source>
        <translation>cada entrada de &apos;safety&apos; debe ser un mapa con &apos;level&apos; y &apos;text&apos;</translation>
    </message>
    <message>
        <source>each entry of &apos;exercises&apos; must be a map with &apos;id&apos;, &apos;title&apos; and &apos;steps&apos;</source>
        <translation>cada entrada de &apos;exercises&apos; debe ser un mapa con &apos;id&apos;, &apos;title&apos; y &apos;steps&apos;</translation>
    </message>
    <message>
        <source>each entry of &apos;steps&apos; must be a map with &apos;text&apos;, or a &apos;repeat&apos; block</source>
        <translation>cada entrada de &apos;steps&apos; debe ser un mapa con &apos;text&apos; o un bloque &apos;repeat&apos;</translation>
    </message>
    <message>
        <source>&apos;figure&apos; must be a map with &apos;poses&apos; and optionally view, facing, props, stretch and loop</source>
        <translation>&apos;figure&apos; debe ser un mapa con &apos;poses&apos; y, si quieres, view, facing, props, stretch y loop</translation>
    </message>
    <message>
        <source>&apos;sides&apos; must be a list like [left, right]</source>
        <translation>&apos;sides&apos; debe ser una lista como [left, right]</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language tag like en or de-AT</source>
        <translation>&apos;language&apos; debe ser un código de idioma como en o de-AT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag like en or de-AT</source>
        <translation>&apos;%1&apos; no es un código de idioma como en o de-AT</translation>
    </message>
    <message>
        <source>a list or map is not a language tag like en or de-AT</source>
        <translation>una lista o un mapa no es un código de idioma como en o de-AT</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>el idioma &apos;%1&apos; aparece dos veces en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; must be text</source>
        <translation>&apos;%1&apos; en &apos;%2&apos; debe ser texto</translation>
    </message>
    <message>
        <source>&apos;url&apos; must be a web address starting with https://</source>
        <translation>&apos;url&apos; debe ser una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be info, caution or warning</source>
        <translation>&apos;level&apos; debe ser info, caution o warning</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>el id de rutina &apos;%1&apos; solo puede usar a-z, 0-9 y &apos;-&apos; (hasta 64, sin empezar por &apos;-&apos;)</translation>
    </message>
    <message>
        <source>exercise id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>el id de ejercicio &apos;%1&apos; solo puede usar a-z, 0-9 y &apos;-&apos; (hasta 64, sin empezar por &apos;-&apos;)</translation>
    </message>
    <message>
        <source>equipment id &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>el id de material &apos;%1&apos; solo puede usar a-z, 0-9 y &apos;-&apos; (hasta 64, sin empezar por &apos;-&apos;)</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>el id de rutina &apos;%1&apos; se usa dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>exercise id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>el id de ejercicio &apos;%1&apos; se usa dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>equipment id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>el id de material &apos;%1&apos; se usa dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>unknown equipment &apos;%1&apos; (declare it under the routine&apos;s &apos;equipment&apos; or use wall, chair, floor or mat)</source>
        <translation>material desconocido &apos;%1&apos; (decláralo en &apos;equipment&apos; de la rutina o usa wall, chair, floor o mat)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; use left or right</source>
        <translation>&apos;%1&apos; no es un lado; usa left o right</translation>
    </message>
    <message>
        <source>side &apos;%1&apos; is listed twice</source>
        <translation>el lado &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>a &apos;repeat&apos; block cannot contain another &apos;repeat&apos;</source>
        <translation>un bloque &apos;repeat&apos; no puede contener otro &apos;repeat&apos;</translation>
    </message>
    <message>
        <source>a step may have only one of &apos;hold&apos;, &apos;breaths&apos; and &apos;reps&apos;</source>
        <translation>un paso solo puede tener uno de &apos;hold&apos;, &apos;breaths&apos; y &apos;reps&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a duration like %2</source>
        <translation>&apos;%1&apos; debe ser una duración como %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a duration like %2 or %3</source>
        <translation>&apos;%1&apos; debe ser una duración como %2 o %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number like %2</source>
        <translation>&apos;%1&apos; debe ser un número entero como %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number like %2 or %3</source>
        <translation>&apos;%1&apos; debe ser un número entero como %2 o %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a count like %2, a range like %3, or %4</source>
        <translation>&apos;%1&apos; debe ser un número como %2, un intervalo como %3 o %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>&apos;%1&apos; debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; min (%2) must not be greater than max (%3)</source>
        <translation>en &apos;%1&apos;, min (%2) no puede ser mayor que max (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; default (%2) must be between min (%3) and max (%4)</source>
        <translation>en &apos;%1&apos;, default (%2) debe estar entre min (%3) y max (%4)</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; has no image (add &apos;image&apos; to the exercise or a step)</source>
        <translation>el ejercicio &apos;%1&apos; no tiene imagen (añade &apos;image&apos; al ejercicio o a un paso)</translation>
    </message>
    <message>
        <source>exercise has no image (add &apos;image&apos; to the exercise or a step)</source>
        <translation>el ejercicio no tiene imagen (añade &apos;image&apos; al ejercicio o a un paso)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing language %2 (used elsewhere in this routine)</source>
        <translation>a &apos;%1&apos; le falta el idioma %2 (usado en otras partes de esta rutina)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing languages %2 (used elsewhere in this routine)</source>
        <translation>a &apos;%1&apos; le faltan los idiomas %2 (usados en otras partes de esta rutina)</translation>
    </message>
    <message>
        <source>routine id &apos;%1&apos; is already used by %2; this file is ignored</source>
        <translation>el id de rutina &apos;%1&apos; ya lo usa %2; este archivo se omite</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <comment>a problem in a routine file: place, message</comment>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <comment>a problem in a routine file: place, message</comment>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of days like %2</source>
        <translation>&apos;%1&apos; debe ser un número entero de días, como %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of points like %2</source>
        <translation>&apos;%1&apos; debe ser un número entero de puntos, como %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of check-ins like %2</source>
        <translation>&apos;%1&apos; debe ser un número entero de registros, como %2</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; must be a map with after-injury, max-pain-days, worse-by or rising-run</source>
        <translation>&apos;pain-rule&apos; debe ser un mapa con after-injury, max-pain-days, worse-by o rising-run</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; must set at least one of after-injury, max-pain-days, worse-by and rising-run</source>
        <translation>&apos;pain-rule&apos; debe fijar al menos uno de after-injury, max-pain-days, worse-by y rising-run</translation>
    </message>
    <message>
        <source>&apos;pain-rule&apos; has no &apos;source&apos; to take its numbers from (add the routine&apos;s &apos;source&apos;)</source>
        <translation>&apos;pain-rule&apos; no tiene una &apos;source&apos; de la que tomar sus números (añade la &apos;source&apos; de la rutina)</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a map with &apos;title&apos; and &apos;url&apos;, or a list of them</source>
        <translation>&apos;source&apos; debe ser un mapa con &apos;title&apos; y &apos;url&apos;, o una lista de ellos</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; may only use a-z, 0-9 and &apos;-&apos; (up to 64, not starting with &apos;-&apos;)</source>
        <translation>la etiqueta &apos;%1&apos; solo puede usar a-z, 0-9 y &apos;-&apos; (hasta 64, sin empezar por &apos;-&apos;)</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; is listed twice</source>
        <translation>la etiqueta &apos;%1&apos; aparece dos veces</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Limber&apos;s guidance is for education only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain lasts more than a few days, gets worse, or began right after an injury, see a doctor.</source>
        <translation>Las indicaciones de Limber tienen solo fines informativos. No sustituyen el consejo, el diagnóstico ni el tratamiento médico profesional. Detén cualquier estiramiento que te duela. Si el dolor dura más de unos días, empeora o empezó justo después de una lesión, consulta a un médico.</translation>
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
        <translation>La seguridad primero</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <comment>a safety level and the exercise it is for</comment>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Medical disclaimer:</source>
        <translation>Aviso médico:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>exercise number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>pasos %1–%2</translation>
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
        <translation>%1 · impreso el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Lo que necesitas</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the routine&apos;s content comes from</comment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The routine names no source.</source>
        <translation>La rutina no indica ninguna fuente.</translation>
    </message>
    <message>
        <source>Printed with Limber on %1.</source>
        <translation>Impreso con Limber el %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>the pages the routine&apos;s content comes from</comment>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>line 1: the file is empty</source>
        <translation>línea 1: el archivo está vacío</translation>
    </message>
    <message>
        <source>line 1: the first line must name the columns, either “%1” or “%2”</source>
        <translation>línea 1: la primera línea debe nombrar las columnas, «%1» o «%2»</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 columns where the first line names %2</source>
        <translation>%1 columnas donde la primera línea nombra %2</translation>
    </message>
    <message>
        <source>the time “%1” is not a date and time like 2024-05-06T09:00:00</source>
        <translation>la hora «%1» no es una fecha y hora como 2024-05-06T09:00:00</translation>
    </message>
    <message>
        <source>the routine is missing</source>
        <translation>falta la rutina</translation>
    </message>
    <message>
        <source>“completed” and “from_reminder” must be 0 or 1, “active_seconds” a number of seconds and “exercises” as Limber writes them</source>
        <translation>«completed» y «from_reminder» deben ser 0 o 1, «active_seconds» un número de segundos y «exercises» como los escribe Limber</translation>
    </message>
    <message>
        <source>the moment “%1” is neither “before” nor “after”</source>
        <translation>el momento «%1» no es ni «before» ni «after»</translation>
    </message>
    <message>
        <source>the rating “%1” is not a whole number from 0 to 10</source>
        <translation>la valoración «%1» no es un número entero del 0 al 10</translation>
    </message>
    <message>
        <source>the injury answer “%1” is none of “yes”, “no”, “unasked”</source>
        <translation>la respuesta sobre la lesión «%1» no es ni «yes» ni «no» ni «unasked»</translation>
    </message>
    <message>
        <source>the history file could not be written; nothing was imported</source>
        <translation>no se pudo escribir el archivo del historial; no se importó nada</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2&#xa0;MB: it is not a history Limber wrote</source>
        <translation>%1 ocupa más de %2&#xa0;MB: no es un historial escrito por Limber</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>pain after an injury</source>
        <translation>dolor tras una lesión</translation>
    </message>
    <message>
        <source>pain for more than a few days</source>
        <translation>dolor durante más de unos días</translation>
    </message>
    <message>
        <source>pain getting worse</source>
        <translation>dolor que empeora</translation>
    </message>
    <message>
        <source>Rule: pain that began right after a fall, an accident or an injury.</source>
        <translation>Regla: dolor que empezó justo después de una caída, un accidente o una lesión.</translation>
    </message>
    <message numerus="yes">
        <source>Rule: pain check-ins spanning more than %n&#xa0;day(s).</source>
        <translation>
            <numerusform>Regla: valoraciones del dolor a lo largo de más de %n&#xa0;día.</numerusform>
            <numerusform>Regla: valoraciones del dolor a lo largo de más de %n&#xa0;días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a rating %n&#xa0;point(s) above the first</source>
        <translation>
            <numerusform>una valoración %n&#xa0;punto por encima de la primera</numerusform>
            <numerusform>una valoración %n&#xa0;puntos por encima de la primera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;check-in(s) in a row, each higher</source>
        <translation>
            <numerusform>%n&#xa0;valoración seguida, cada una más alta</numerusform>
            <numerusform>%n&#xa0;valoraciones seguidas, cada una más alta</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regla: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <comment>holds: the number, seconds held / their target</comment>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2 to their end), on %3 of the %4&#xa0;days. Pain check-ins: %5.</source>
        <translation>Sesiones: %1 (%2 hasta el final), en %3 de los %4&#xa0;días. Valoraciones del dolor: %5.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Each point is the mean of a day&apos;s check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Cada punto es la media de las valoraciones de un día: antes de las sesiones la línea continua, después la discontinua.</translation>
    </message>
    <message>
        <source>Advice to see a doctor</source>
        <translation>Consejo de consultar a un médico</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 — %2:</source>
        <comment>dates — the advice&apos;s heading</comment>
        <translation>%1 — %2:</translation>
    </message>
    <message>
        <source>Acknowledged in Limber: %1.</source>
        <translation>Confirmado en Limber: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>None on these days.</source>
        <translation>Ninguno en estos días.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions on these days.</source>
        <translation>No hay sesiones en estos días.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(stopped early)</source>
        <translation>(terminada antes)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>pain before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>Holds: held / target</source>
        <translation>Mantener: logrado / objetivo</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Veces hecho</translation>
    </message>
    <message>
        <source>Pain check-ins</source>
        <translation>Valoraciones del dolor</translation>
    </message>
    <message>
        <source>No pain check-ins on these days.</source>
        <translation>No hay valoraciones del dolor en estos días.</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>antes de la sesión</translation>
    </message>
    <message>
        <source>after the session</source>
        <translation>después de la sesión</translation>
    </message>
    <message>
        <source>began after an injury</source>
        <translation>empezó tras una lesión</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Stretching and pain report</source>
        <translation>Informe de estiramientos y dolor</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>the footer: title, first and last day</comment>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>Recorded by Limber, a guided stretching app, as the person did the routines and answered its pain check-ins (0 = no pain, 10 = the worst imaginable).</source>
        <translation>Registrado por Limber, una aplicación de estiramientos guiados, mientras la persona hacía las rutinas y respondía a las valoraciones del dolor (0 = sin dolor, 10 = el peor imaginable).</translation>
    </message>
    <message>
        <source>Medical disclaimer:</source>
        <translation>Aviso médico:</translation>
    </message>
    <message>
        <source>Printed with Limber on %1.</source>
        <translation>Impreso con Limber el %1.</translation>
    </message>
    <message>
        <source>the report&apos;s first day must be on or before its last</source>
        <translation>el primer día del informe no puede ser posterior al último</translation>
    </message>
    <message>
        <source>Each point is the mean of a week&apos;s days (Monday to Sunday), each day the mean of its check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Cada punto es la media de los días de una semana (de lunes a domingo), y cada día la media de sus valoraciones: antes de las sesiones la línea continua, después la discontinua.</translation>
    </message>
    <message>
        <source>Each point is the mean of a month&apos;s days, each day the mean of its check-ins: before sessions the solid line, after them the dashed one.</source>
        <translation>Cada punto es la media de los días de un mes, y cada día la media de sus valoraciones: antes de las sesiones la línea continua, después la discontinua.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>no se puede escribir %1: no se pudo dibujar el PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before the session</source>
        <translation>Dolor antes de la sesión</translation>
    </message>
    <message>
        <source>Pain after the session</source>
        <translation>Dolor después de la sesión</translation>
    </message>
    <message>
        <source>Pain: 0 = none, 10 = worst imaginable</source>
        <translation>Dolor: 0 = ninguno, 10 = el peor imaginable</translation>
    </message>
    <message>
        <source>No pain check-ins yet</source>
        <translation>Todavía no hay valoraciones del dolor</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the day&apos;s mean)</source>
        <translation>Dolor antes y después de las sesiones (media del día)</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the mean of each week&apos;s days)</source>
        <translation>Dolor antes y después de las sesiones (media de los días de cada semana)</translation>
    </message>
    <message>
        <source>Pain before and after sessions (the mean of each month&apos;s days)</source>
        <translation>Dolor antes y después de las sesiones (media de los días de cada mes)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>the chart&apos;s dates of days (QDate format)</comment>
        <translation>d MMM</translation>
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
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <source>Workrave exercises</source>
        <translation>Ejercicios de Workrave</translation>
    </message>
    <message>
        <source>Exercises for a break at the computer, imported from Workrave with their pictures, their times and their words.</source>
        <translation>Ejercicios para una pausa frente al ordenador, importados de Workrave con sus imágenes, sus tiempos y sus textos.</translation>
    </message>
    <message>
        <source>Workrave&apos;s own exercises (GNU GPL version 3 or later, © the Workrave authors), imported from %1</source>
        <translation>Los ejercicios propios de Workrave (GNU GPL versión 3 o posterior, © los autores de Workrave), importados de %1</translation>
    </message>
    <message>
        <source>A Workrave exercise file, imported from %1</source>
        <translation>Un archivo de ejercicios de Workrave, importado de %1</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>Do as the picture shows.</source>
        <translation>Hazlo como muestra la imagen.</translation>
    </message>
    <message>
        <source>Do as picture %1 of %2 shows.</source>
        <translation>Hazlo como muestra la imagen %1 de %2.</translation>
    </message>
    <message>
        <source>The other side: do as the picture shows.</source>
        <translation>El otro lado: hazlo como muestra la imagen.</translation>
    </message>
    <message>
        <source>The other side: do as picture %1 of %2 shows.</source>
        <translation>El otro lado: hazlo como muestra la imagen %1 de %2.</translation>
    </message>
    <message>
        <source>Go on as the description says.</source>
        <translation>Sigue como dice la descripción.</translation>
    </message>
    <message>
        <source>The other side: go on as the description says.</source>
        <translation>El otro lado: sigue como dice la descripción.</translation>
    </message>
    <message>
        <source>the file has no &lt;exercise&gt;: there is nothing to import</source>
        <translation>el archivo no tiene ningún &lt;exercise&gt;: no hay nada que importar</translation>
    </message>
    <message>
        <source>cannot make the routines folder</source>
        <translation>no se puede crear la carpeta de rutinas</translation>
    </message>
    <message>
        <source>cannot write in the routines folder</source>
        <translation>no se puede escribir en la carpeta de rutinas</translation>
    </message>
    <message>
        <source>no exercise has a description or a picture: there is nothing to import</source>
        <translation>ningún ejercicio tiene descripción ni imagen: no hay nada que importar</translation>
    </message>
    <message>
        <source>cannot write the routine (%1)</source>
        <translation>no se puede escribir la rutina (%1)</translation>
    </message>
    <message>
        <source>the routine made from this file does not load (the errors above); nothing was imported</source>
        <translation>la rutina creada a partir de este archivo no se carga (los errores de arriba); no se ha importado nada</translation>
    </message>
    <message>
        <source>no such file (Debian&apos;s workrave-data package puts Workrave&apos;s exercises in %1)</source>
        <translation>no existe el archivo (el paquete workrave-data de Debian instala los ejercicios de Workrave en %1)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Workrave&apos;s exercise files are far smaller, and Limber reads at most %2 MiB</source>
        <translation>el archivo ocupa %1 MiB; los archivos de ejercicios de Workrave son mucho más pequeños, y Limber lee como máximo %2 MiB</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>the titles and descriptions in %n language(s) that Limber does not speak are left out: %1</source>
        <translation>
            <numerusform>se omiten los títulos y las descripciones en %n idioma que Limber no habla: %1</numerusform>
            <numerusform>se omiten los títulos y las descripciones en %n idiomas que Limber no habla: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no title in the language &apos;%2&apos;; Limber shows another language&apos;s there</source>
        <translation>«%1» no tiene título en el idioma «%2»; Limber muestra allí el de otro idioma</translation>
    </message>
    <message>
        <source>“%1” has no description in the language &apos;%2&apos;; Limber shows another language&apos;s there</source>
        <translation>«%1» no tiene descripción en el idioma «%2»; Limber muestra allí la de otro idioma</translation>
    </message>
    <message>
        <source>“%1” has no %2 in a language Limber speaks; the one in &apos;%3&apos; is used</source>
        <translation>«%1» no tiene %2 en ningún idioma que Limber hable; se usa el de «%3»</translation>
    </message>
    <message>
        <source>%1; the step shows the placeholder for a missing picture</source>
        <translation>%1; el paso muestra el marcador de imagen que falta</translation>
    </message>
    <message>
        <source>&lt;image&gt; has no src</source>
        <translation>&lt;image&gt; no tiene src</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a path inside the folder of the exercise file, and Limber copies pictures only from there</source>
        <translation>la imagen «%1» no es una ruta dentro de la carpeta del archivo de ejercicios, y Limber solo copia imágenes de allí</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; leaves the folder of the exercise file (&apos;..&apos; or &apos;\&apos;), and Limber copies pictures only from there</source>
        <translation>la imagen «%1» sale de la carpeta del archivo de ejercicios («..» o «\»), y Limber solo copia imágenes de allí</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; does not exist</source>
        <translation>la imagen «%1» no existe</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is a link that leads out of the folder of the exercise file (to %2), and Limber copies pictures only from there</source>
        <translation>la imagen «%1» es un enlace que sale de la carpeta del archivo de ejercicios (a %2), y Limber solo copia imágenes de allí</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a file</source>
        <translation>la imagen «%1» no es un archivo</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is larger than %2 MiB</source>
        <translation>la imagen «%1» ocupa más de %2 MiB</translation>
    </message>
    <message>
        <source>the pictures copied so far and &quot;%1&quot; come to more than %2 MiB</source>
        <translation>las imágenes copiadas hasta ahora y «%1» suman más de %2 MiB</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; cannot be read (%2)</source>
        <translation>no se puede leer la imagen «%1» (%2)</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a PNG, JPEG or SVG picture</source>
        <translation>la imagen «%1» no es una imagen PNG, JPEG ni SVG</translation>
    </message>
    <message>
        <source>the SVG picture &quot;%1&quot; refers to another file (%2), which Limber does not show</source>
        <translation>la imagen SVG «%1» hace referencia a otro archivo (%2), que Limber no muestra</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is not a PNG or JPEG picture, nor an SVG of at most 1 MiB</source>
        <translation>la imagen «%1» no es PNG ni JPEG, ni un SVG de 1 MiB como máximo</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; cannot be copied</source>
        <translation>no se puede copiar la imagen «%1»</translation>
    </message>
    <message>
        <source>“%1” has neither a description nor pictures: it is left out</source>
        <translation>«%1» no tiene descripción ni imágenes: se omite</translation>
    </message>
    <message>
        <source>exercise %1 has no &lt;title&gt;; it is called “%2”</source>
        <translation>el ejercicio %1 no tiene &lt;title&gt;; se llama «%2»</translation>
    </message>
    <message>
        <source>“%1” has no &lt;sequence&gt; of pictures: it is imported as its description, to read, without a time</source>
        <translation>«%1» no tiene &lt;sequence&gt; de imágenes: se importa su descripción, para leer, sin tiempo</translation>
    </message>
    <message>
        <source>the &lt;sequence&gt; of “%1” has no &lt;image&gt;: its %2&#xa0;s are left out</source>
        <translation>la &lt;sequence&gt; de «%1» no tiene &lt;image&gt;: se omiten sus %2&#xa0;s</translation>
    </message>
    <message>
        <source>“%1” has no &lt;description&gt;: it is imported as its pictures only</source>
        <translation>«%1» no tiene &lt;description&gt;: solo se importan sus imágenes</translation>
    </message>
    <message>
        <source>Limber repeats pictures at most %1&#xa0;times: %2&#xa0;s of the %3&#xa0;s of “%4” are imported</source>
        <translation>Limber repite las imágenes como máximo %1&#xa0;veces: se importan %2&#xa0;s de los %3&#xa0;s de «%4»</translation>
    </message>
    <message>
        <source>this folder is not an earlier import of Workrave&apos;s exercises, so Limber leaves it alone; move it away and import again</source>
        <translation>esta carpeta no es una importación anterior de los ejercicios de Workrave, así que Limber no la toca; muévela a otro sitio e importa de nuevo</translation>
    </message>
    <message>
        <source>cannot move the earlier import aside</source>
        <translation>no se puede apartar la importación anterior</translation>
    </message>
    <message>
        <source>cannot move the imported routine into place</source>
        <translation>no se puede mover la rutina importada a su sitio</translation>
    </message>
    <message>
        <source>cannot remove the earlier import, moved aside here</source>
        <translation>no se puede borrar la importación anterior, apartada aquí</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from Workrave into %1.</source>
        <translation>
            <numerusform>Se ha importado %n ejercicio de Workrave en %1.</numerusform>
            <numerusform>Se han importado %n ejercicios de Workrave en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces the earlier import.</source>
        <translation>Esta importación sustituye a la anterior.</translation>
    </message>
</context>
<context>
    <name>WorkraveXml</name>
    <message>
        <source>the file&apos;s first element is &lt;%1&gt;, not &lt;exercises&gt;: it is not a Workrave exercise file</source>
        <translation>el primer elemento del archivo es &lt;%1&gt;, no &lt;exercises&gt;: no es un archivo de ejercicios de Workrave</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <source>the file has no &lt;exercises&gt; element: it is not a Workrave exercise file</source>
        <translation>el archivo no tiene ningún elemento &lt;exercises&gt;: no es un archivo de ejercicios de Workrave</translation>
    </message>
    <message>
        <source>the file declares entities (&lt;!ENTITY %1 ...&gt;), which Workrave&apos;s exercise files never do; Limber does not read such a file</source>
        <translation>el archivo declara entidades (&lt;!ENTITY %1 ...&gt;), algo que los archivos de ejercicios de Workrave nunca hacen; Limber no lee un archivo así</translation>
    </message>
    <message>
        <source>more than %1 exercises: this one and the ones after it are left out</source>
        <translation>más de %1 ejercicios: se omiten este y los siguientes</translation>
    </message>
    <message>
        <source>a second &lt;sequence&gt; in one exercise: it is left out, the first one is played</source>
        <translation>una segunda &lt;sequence&gt; en un ejercicio: se omite y se reproduce la primera</translation>
    </message>
    <message>
        <source>an empty &lt;%1&gt; is left out</source>
        <translation>se omite un &lt;%1&gt; vacío</translation>
    </message>
    <message>
        <source>a second &lt;%1&gt; in the language &apos;%2&apos; is left out; the one on line %3 is used</source>
        <translation>se omite un segundo &lt;%1&gt; en el idioma «%2»; se usa el de la línea %3</translation>
    </message>
    <message>
        <source>more than %1 pictures in one sequence: this one and the ones after it are left out</source>
        <translation>más de %1 imágenes en una secuencia: se omiten esta y las siguientes</translation>
    </message>
    <message>
        <source>mirrorx=&quot;%1&quot; is neither &quot;yes&quot; nor &quot;no&quot;; the picture is shown as it is, as Workrave shows it</source>
        <translation>mirrorx=&quot;%1&quot; no es ni &quot;yes&quot; ni &quot;no&quot;; la imagen se muestra tal cual, como la muestra Workrave</translation>
    </message>
    <message>
        <source>the attribute %1=&quot;%2&quot; of &lt;%3&gt; is not part of Workrave&apos;s format; it is left out</source>
        <translation>el atributo %1=&quot;%2&quot; de &lt;%3&gt; no forma parte del formato de Workrave; se omite</translation>
    </message>
    <message>
        <source>&lt;%1 duration=&quot;%2&quot;&gt; is not a whole number of seconds from 1 to %3; %4&#xa0;s is used instead</source>
        <translation>&lt;%1 duration=&quot;%2&quot;&gt; no es un número entero de segundos de 1 a %3; se usan %4&#xa0;s en su lugar</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not part of Workrave&apos;s format; it is left out</source>
        <translation>&lt;%1&gt; no forma parte del formato de Workrave; se omite</translation>
    </message>
</context>
<context>
    <name>limber::AdviceDialog</name>
    <message>
        <source>Please see a doctor</source>
        <translation>Por favor, ve al médico</translation>
    </message>
    <message>
        <source>&amp;Do not start</source>
        <translation>&amp;No empezar</translation>
    </message>
    <message>
        <source>&amp;Start anyway…</source>
        <translation>&amp;Empezar de todos modos…</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Lo he &amp;leído</translation>
    </message>
    <message>
        <source>Start against the advice?</source>
        <translation>¿Empezar en contra del consejo?</translation>
    </message>
    <message>
        <source>You said this pain started right after an injury, and this routine&apos;s source advises seeing a doctor first. Start the routine anyway?</source>
        <translation>Dijiste que este dolor empezó justo después de una lesión, y la fuente de esta rutina aconseja ir antes al médico. ¿Empezar la rutina de todos modos?</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Empezar de todos modos</translation>
    </message>
    <message>
        <source>Do not start</source>
        <translation>No empezar</translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
</context>
<context>
    <name>limber::CheckInDialog</name>
    <message>
        <source>Pain check-in before the session</source>
        <translation>Valoración del dolor antes de la sesión</translation>
    </message>
    <message>
        <source>Pain check-in after the session</source>
        <translation>Valoración del dolor después de la sesión</translation>
    </message>
    <message>
        <source>Choose with the digits or the arrow keys, then Enter. Esc skips the check-in.</source>
        <translation>Elige con los números o las flechas y pulsa Intro. Esc omite la valoración.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Omitir (Esc)</translation>
    </message>
    <message>
        <source>How is your upper back right now?</source>
        <translation>¿Cómo está ahora tu espalda alta?</translation>
    </message>
    <message>
        <source>How is your lower back right now?</source>
        <translation>¿Cómo está ahora tu espalda baja?</translation>
    </message>
    <message>
        <source>How is your neck right now?</source>
        <translation>¿Cómo está ahora tu cuello?</translation>
    </message>
    <message>
        <source>How are your shoulders right now?</source>
        <translation>¿Cómo están ahora tus hombros?</translation>
    </message>
    <message>
        <source>How is your pain right now?</source>
        <translation>¿Cómo es ahora tu dolor?</translation>
    </message>
</context>
<context>
    <name>limber::DoNotDisturb</name>
    <message>
        <source>Plasma&apos;s Do not disturb</source>
        <translation>«No molestar» de Plasma</translation>
    </message>
    <message>
        <source>dunst&apos;s pause</source>
        <translation>la pausa de dunst</translation>
    </message>
</context>
<context>
    <name>limber::DoneView</name>
    <message>
        <source>Back to the library</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Repetir la rutina</translation>
    </message>
    <message>
        <source>Choose another routine (Enter)</source>
        <translation>Elegir otra rutina (Intro)</translation>
    </message>
    <message>
        <source>Run the same routine again from the start</source>
        <translation>Hacer la misma rutina otra vez desde el principio</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>¡Muy bien! Rutina completada</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Exercises done: %1 of %2</source>
        <translation>Ejercicios hechos: %1 de %2</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Tiempo total: %1</translation>
    </message>
    <message>
        <source>Holds held: %1 (%2 in all)</source>
        <translation>Posiciones mantenidas: %1 (%2 en total)</translation>
    </message>
    <message>
        <source>Breaths guided: %1</source>
        <translation>Respiraciones guiadas: %1</translation>
    </message>
    <message>
        <source>Reps counted: %1</source>
        <translation>Repeticiones contadas: %1</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your sessions and pain check-ins, day by day</source>
        <translation>Tus sesiones y valoraciones del dolor, día a día</translation>
    </message>
    <message>
        <source>Pain: %1 → %2</source>
        <translation>Dolor: %1 → %2</translation>
    </message>
    <message>
        <source>Pain before: %1</source>
        <translation>Dolor antes: %1</translation>
    </message>
    <message>
        <source>Pain after: %1</source>
        <translation>Dolor después: %1</translation>
    </message>
</context>
<context>
    <name>limber::FliteEngine</name>
    <message>
        <source>No audio output device</source>
        <translation>No hay ningún dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>flite could not render the text</source>
        <translation>flite no pudo convertir el texto en voz</translation>
    </message>
    <message>
        <source>The audio output did not start</source>
        <translation>La salida de audio no se pudo iniciar</translation>
    </message>
    <message>
        <source>The audio output failed</source>
        <translation>La salida de audio falló</translation>
    </message>
</context>
<context>
    <name>limber::HandoutActions</name>
    <message>
        <source>&amp;Export handout…</source>
        <translation>&amp;Exportar hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Save the routine as a PDF handout to print or to share</source>
        <translation>Guarda la rutina como hoja en PDF para imprimirla o compartirla</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the routine as a handout</source>
        <translation>Imprime la rutina como hoja de ejercicios</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja de ejercicios</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>La hoja no se guardó: %1</translation>
    </message>
    <message>
        <source>Handout saved as %1</source>
        <translation>Hoja guardada como %1</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>No se pudo imprimir la hoja.</translation>
    </message>
    <message>
        <source>Handout sent to %1</source>
        <translation>Hoja enviada a %1</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>Limber cannot open its history file %1. Sessions and pain check-ins are not saved until it can.</source>
        <translation>Limber no puede abrir su archivo de historial %1. Las sesiones y las valoraciones del dolor no se guardan hasta que pueda.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program.</source>
        <translation>Otro programa está usando el archivo de historial %1.</translation>
    </message>
    <message>
        <source>Limber could not read its history file, so it started a new one. The old file was moved to %1; nothing in it was deleted.</source>
        <translation>Limber no pudo leer su archivo de historial y ha empezado uno nuevo. El archivo antiguo se ha movido a %1; no se ha borrado nada de él.</translation>
    </message>
    <message>
        <source>The history file %1 is not open: %2 was not saved.</source>
        <translation>El archivo de historial %1 no está abierto: no se ha guardado %2.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program: %2 was not saved. The session goes on.</source>
        <translation>Otro programa está usando el archivo de historial %1: no se ha guardado %2. La sesión continúa.</translation>
    </message>
    <message>
        <source>Limber could not save %1 to the history file %2 (%3). The session goes on; what was saved before is kept.</source>
        <translation>Limber no pudo guardar %1 en el archivo de historial %2 (%3). La sesión continúa; lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>the imported history</source>
        <translation>el historial importado</translation>
    </message>
    <message>
        <source>the pain check-in</source>
        <translation>la valoración del dolor</translation>
    </message>
    <message>
        <source>the acknowledgement of the advice</source>
        <translation>la confirmación del aviso</translation>
    </message>
    <message>
        <source>the deletion of the history</source>
        <translation>el borrado del historial</translation>
    </message>
    <message>
        <source>the reminder</source>
        <translation>el recordatorio</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>Back to where you came from</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← V&amp;olver</translation>
    </message>
    <message>
        <source>Back to where you came from (Esc)</source>
        <translation>Volver a la pantalla anterior (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Days with sessions</source>
        <translation>Días con sesiones</translation>
    </message>
    <message>
        <source>Pain before and after sessions over time</source>
        <translation>El dolor antes y después de las sesiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>⚠ Advice: please see a doctor (%1)…</source>
        <translation>⚠ Aviso: por favor, ve al médico (%1)…</translation>
    </message>
    <message>
        <source>Show the advice to see a doctor</source>
        <translation>Mostrar el aviso de ir al médico</translation>
    </message>
    <message numerus="yes">
        <source>You stretched on %n of the last 7&#xa0;days.</source>
        <translation>
            <numerusform>Has hecho estiramientos en %n de los últimos 7&#xa0;días.</numerusform>
            <numerusform>Has hecho estiramientos en %n de los últimos 7&#xa0;días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions in the last 7&#xa0;days. Whenever you are ready, a routine is one click away.</source>
        <translation>Ninguna sesión en los últimos 7&#xa0;días. Cuando quieras, tienes una rutina a un clic.</translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;session(s)</source>
        <translation>
            <numerusform>%n&#xa0;sesión</numerusform>
            <numerusform>%n&#xa0;sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Ninguna sesión</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>dolor %1 → %2</translation>
    </message>
    <message>
        <source>pain before: %1</source>
        <translation>dolor antes: %1</translation>
    </message>
    <message>
        <source>pain after: %1</source>
        <translation>dolor después: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Save your sessions or pain check-ins as a CSV file, for a spreadsheet, a clinician or another computer</source>
        <translation>Guarda tus sesiones o registros de dolor como archivo CSV, para una hoja de cálculo, un profesional sanitario u otro equipo</translation>
    </message>
    <message>
        <source>&amp;Sessions as CSV…</source>
        <translation>&amp;Sesiones como CSV…</translation>
    </message>
    <message>
        <source>&amp;Pain check-ins as CSV…</source>
        <translation>&amp;Registros de dolor como CSV…</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <source>Add sessions or pain check-ins from a CSV file Limber exported; what is already kept is not added twice</source>
        <translation>Añade sesiones o registros de dolor desde un CSV exportado por Limber; lo que ya está guardado no se añade dos veces</translation>
    </message>
    <message>
        <source>limber-sessions.csv</source>
        <comment>file name</comment>
        <translation>limber-sesiones.csv</translation>
    </message>
    <message>
        <source>limber-pain-check-ins.csv</source>
        <comment>file name</comment>
        <translation>limber-registros-de-dolor.csv</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <source>Export pain check-ins</source>
        <translation>Exportar registros de dolor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Importar un historial</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added from %1.</source>
        <translation>
            <numerusform>%n registro añadido desde %1.</numerusform>
            <numerusform>%n registros añadidos desde %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already kept and not added again.</source>
        <translation>
            <numerusform>%n ya estaba guardado y no se añadió de nuevo.</numerusform>
            <numerusform>%n ya estaban guardados y no se añadieron de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: fix these lines and try again.</source>
        <translation>No se importó nada de %1: corrige estas líneas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Informe (PDF)…</translation>
    </message>
    <message>
        <source>The sessions, holds and reps, the pain chart and the advice given between two days, as a PDF to print or to take to a clinician</source>
        <translation>Las sesiones, los tiempos y las repeticiones, el gráfico del dolor y los consejos dados entre dos días, en un PDF para imprimir o llevar a tu médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Informe (PDF)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Siguiente…</translation>
    </message>
    <message>
        <source>Which days should the report cover?</source>
        <translation>¿Qué días debe abarcar el informe?</translation>
    </message>
    <message>
        <source>limber-report-%1-to-%2.pdf</source>
        <comment>file name</comment>
        <translation>limber-informe-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n pospuesto</numerusform>
            <numerusform>%n pospuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>reminders</comment>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;reminder(s): %1</source>
        <translation>
            <numerusform>%n&#xa0;recordatorio: %1</numerusform>
            <numerusform>%n&#xa0;recordatorios: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ImageLoader</name>
    <message>
        <source>Picture missing</source>
        <translation>Falta la imagen</translation>
    </message>
</context>
<context>
    <name>limber::ImportReportDialog</name>
    <message>
        <source>Workrave&apos;s exercises imported</source>
        <translation>Ejercicios de Workrave importados</translation>
    </message>
    <message>
        <source>Workrave&apos;s exercises not imported</source>
        <translation>Ejercicios de Workrave no importados</translation>
    </message>
    <message>
        <source>Everything was carried over.</source>
        <translation>Se ha trasladado todo.</translation>
    </message>
    <message>
        <source>What could not be carried over:</source>
        <translation>Lo que no se ha podido trasladar:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises</source>
        <translation>Importar ejercicios de Workrave</translation>
    </message>
    <message>
        <source>Workrave exercises (*.xml)</source>
        <translation>Ejercicios de Workrave (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>limber::InjuryQuestionDialog</name>
    <message>
        <source>Pain check-in</source>
        <translation>Valoración del dolor</translation>
    </message>
    <message>
        <source>&amp;Yes, after a fall, an accident or an injury</source>
        <translation>&amp;Sí, tras una caída, un accidente o una lesión</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Did this pain start right after a fall, an accident or another injury?</source>
        <translation>¿Empezó este dolor justo después de una caída, un accidente u otra lesión?</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Title, summary or tag</source>
        <translation>Título, resumen o etiqueta</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Show only the routines whose title, summary or tags contain this text (Ctrl+F)</source>
        <translation>Mostrar solo las rutinas cuyo título, resumen o etiquetas contengan este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Show only the routines with this tag</source>
        <translation>Mostrar solo las rutinas con esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Reload routines</source>
        <translation>Recargar rutinas</translation>
    </message>
    <message>
        <source>Read the routine files again (F5)</source>
        <translation>Volver a leer los archivos de rutinas (F5)</translation>
    </message>
    <message>
        <source>Open routine folder</source>
        <translation>Abrir carpeta de rutinas</translation>
    </message>
    <message>
        <source>Show the folder where you can put your own routine files</source>
        <translation>Mostrar la carpeta donde puedes poner tus propios archivos de rutinas</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between routines and Enter to open one.</source>
        <translation>Usa las teclas de flecha para moverte entre las rutinas e Intro para abrir una.</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded</source>
        <translation>Archivos de rutinas que no se pudieron cargar</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Note: your routine “%1” (%2) replaces the bundled routine with the same id (%3).</source>
        <translation>Nota: tu rutina «%1» (%2) sustituye a la rutina incluida con el mismo identificador (%3).</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded:</source>
        <translation>Archivos de rutinas que no se pudieron cargar:</translation>
    </message>
    <message>
        <source>%1: error: the file could not be read</source>
        <translation>%1: error: no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problemas en %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of %1</source>
        <translation>Abrir la carpeta de %1</translation>
    </message>
    <message>
        <source>Show %1 in its folder, to fix it in a text editor</source>
        <translation>Mostrar %1 en su carpeta, para corregirlo con un editor de texto</translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your routine folder (Open routine folder), then choose Reload.</source>
        <translation>Todavía no hay rutinas. Pon archivos de rutinas en tu carpeta de rutinas (Abrir carpeta de rutinas) y después elige Recargar.</translation>
    </message>
    <message>
        <source>No routine matches your search. Try other words, or choose “All tags”.</source>
        <translation>Ninguna rutina coincide con tu búsqueda. Prueba con otras palabras o elige «Todas las etiquetas».</translation>
    </message>
    <message>
        <source>Search the routines</source>
        <translation>Buscar en las rutinas</translation>
    </message>
    <message>
        <source>Open the chosen routine</source>
        <translation>Abrir la rutina elegida</translation>
    </message>
    <message>
        <source>&amp;Open routine folder</source>
        <translation>Abrir &amp;carpeta de rutinas</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your sessions and pain check-ins, day by day</source>
        <translation>Tus sesiones y valoraciones del dolor, día a día</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reload routines</source>
        <translation>&amp;Recargar rutinas</translation>
    </message>
    <message>
        <source>&amp;Open routine folder</source>
        <translation>Abrir &amp;carpeta de rutinas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Aviso &amp;médico</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Acerca &amp;de Limber</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>Acerca de Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching routines with pictures, timers and spoken cues.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Rutinas de estiramientos guiadas, con imágenes, temporizadores e indicaciones habladas.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Routine &amp;library</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Mute sounds and voice</source>
        <translation>&amp;Silenciar sonidos y voz</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Opened %1 in the file manager</source>
        <translation>%1 abierta en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>No file manager could open this folder. Here is its path, to copy and open yourself:</source>
        <translation>Ningún gestor de archivos pudo abrir esta carpeta. Aquí tienes su ruta, para copiarla y abrirla tú:</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Ruta de la carpeta</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Resumen de la rutina</translation>
    </message>
    <message>
        <source>During a routine</source>
        <translation>Durante una rutina</translation>
    </message>
    <message>
        <source>When it is done</source>
        <translation>Al terminar</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No routine has an exercise for a break.</source>
        <translation>Ninguna rutina tiene un ejercicio para un descanso.</translation>
    </message>
    <message>
        <source>Read and tick off the safety notes of this routine; breaks take its exercises from then on.</source>
        <translation>Lee y marca las notas de seguridad de esta rutina; a partir de entonces, los descansos usarán sus ejercicios.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come as notifications, and closing the window quits Limber.</source>
        <translation>Este escritorio no tiene bandeja del sistema: los recordatorios llegan como notificaciones y cerrar la ventana cierra Limber.</translation>
    </message>
    <message>
        <source>Limber is still running</source>
        <translation>Limber sigue en marcha</translation>
    </message>
    <message>
        <source>Break reminders go on from the tray. To end Limber, choose Quit in its menu.</source>
        <translation>Los recordatorios de descanso siguen desde la bandeja. Para cerrar Limber, elige Salir en su menú.</translation>
    </message>
    <message>
        <source>Click here to choose.</source>
        <translation>Haz clic aquí para elegir.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>a break</comment>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>En &amp;10 minutos</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <comment>a break</comment>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises as a routine of your own</source>
        <translation>Importar los ejercicios de Workrave como una rutina propia</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key, named as in the hints (Choose with the digits…, then Enter)</comment>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>limber::MutterIdleSource</name>
    <message>
        <source>GNOME (Mutter&apos;s idle monitor)</source>
        <translation>GNOME (monitor de inactividad de Mutter)</translation>
    </message>
</context>
<context>
    <name>limber::Narrator</name>
    <message>
        <source>The speech engine “%1” is not installed.</source>
        <translation>El motor de voz «%1» no está instalado.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>No audio output device: narration is shown, not spoken.</source>
        <translation>No hay ningún dispositivo de salida de audio: las indicaciones se muestran, pero no se leen en voz alta.</translation>
    </message>
    <message>
        <source>The speech engine “%1” failed: %2.</source>
        <translation>Error del motor de voz «%1»: %2.</translation>
    </message>
    <message>
        <source>The speech engine “%1” has no voice for %2, so Limber plays the cue sounds instead of speaking.</source>
        <translation>El motor de voz «%1» no tiene voz para %2, así que Limber reproduce los sonidos de aviso en lugar de hablar.</translation>
    </message>
</context>
<context>
    <name>limber::NoIdleSource</name>
    <message>
        <source>none (time since the last break counts as use)</source>
        <translation>ninguna (el tiempo desde el último descanso cuenta como uso)</translation>
    </message>
</context>
<context>
    <name>limber::Notifier</name>
    <message>
        <source>There is no D-Bus session bus, so reminders cannot be desktop notifications.</source>
        <translation>No hay bus de sesión D-Bus, así que los recordatorios no pueden ser notificaciones del escritorio.</translation>
    </message>
    <message>
        <source>No notification server answers (%1), so reminders show in Limber itself.</source>
        <translation>Ningún servidor de notificaciones responde (%1), así que los recordatorios aparecen en el propio Limber.</translation>
    </message>
    <message>
        <source>The notification server has no buttons, so reminders show in Limber itself.</source>
        <translation>El servidor de notificaciones no admite botones, así que los recordatorios aparecen en el propio Limber.</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirarse</translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n&#xa0;minute(s). A short guided stretch?</source>
        <translation>
            <numerusform>Llevas %n&#xa0;minuto ante el ordenador. ¿Un breve estiramiento guiado?</numerusform>
            <numerusform>Llevas %n&#xa0;minutos ante el ordenador. ¿Un breve estiramiento guiado?</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>The notification server did not take the reminder (%1).</source>
        <translation>El servidor de notificaciones no aceptó el recordatorio (%1).</translation>
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
        <translation>, después </translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Pasos: %1</translation>
    </message>
    <message>
        <source>← &amp;Back to routines</source>
        <translation>← Volver a las &amp;rutinas</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Aviso &amp;médico</translation>
    </message>
    <message>
        <source>I have &amp;read the safety notes</source>
        <translation>He &amp;leído las notas de seguridad</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Go back to the list of routines (Esc)</source>
        <translation>Volver a la lista de rutinas (Esc)</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Show or hide the medical disclaimer</source>
        <translation>Mostrar u ocultar el aviso médico</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Vista general de la rutina</translation>
    </message>
    <message>
        <source>I have read the safety notes</source>
        <translation>He leído las notas de seguridad</translation>
    </message>
    <message>
        <source>Tick this once you have read the safety notes; Limber remembers it until the routine changes</source>
        <translation>Marca esta casilla cuando hayas leído las notas de seguridad; Limber lo recordará hasta que la rutina cambie</translation>
    </message>
    <message>
        <source>Please read the safety notes, then tick the box to start.</source>
        <translation>Lee primero las notas de seguridad y después marca la casilla para empezar.</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation>Empezar la rutina (Intro)</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Ejercicios: %1</translation>
    </message>
    <message>
        <source>No routine is chosen. Go back and choose one.</source>
        <translation>No has elegido ninguna rutina. Vuelve atrás y elige una.</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>This routine comes from your own routine folder</source>
        <translation>Esta rutina está en tu propia carpeta de rutinas</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Qué necesitas</translation>
    </message>
    <message>
        <source>Tick it off once it is ready (just a reminder)</source>
        <translation>Márcalo cuando lo tengas preparado (es solo un recordatorio)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>Abrir %1 en tu navegador web</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Hold time for %1, in seconds</source>
        <translation>Segundos que mantienes la posición en «%1»</translation>
    </message>
    <message>
        <source>How long to hold, between %1 and %2; Limber remembers your choice</source>
        <translation>Cuánto tiempo mantener, entre %1 y %2; Limber recordará lo que elijas</translation>
    </message>
    <message>
        <source>(from %1 to %2)</source>
        <translation>(de %1 a %2)</translation>
    </message>
    <message>
        <source>Breaths for %1</source>
        <translation>Respiraciones para %1</translation>
    </message>
    <message>
        <source>How many breaths to hold for, between %1 and %2; Limber remembers your choice</source>
        <translation>Cuántas respiraciones mantener, entre %1 y %2; Limber recuerda tu elección</translation>
    </message>
    <message>
        <source>Brea&amp;ths:</source>
        <translation>Res&amp;piraciones:</translation>
    </message>
    <message>
        <source>Breaths:</source>
        <translation>Respiraciones:</translation>
    </message>
    <message>
        <source>Ho&amp;ld for:</source>
        <translation>Man&amp;tener durante:</translation>
    </message>
    <message>
        <source>Hold for:</source>
        <translation>Mantener durante:</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what the routine is for</comment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Safety</source>
        <comment>section heading: safety notes</comment>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>section heading: where the content comes from</comment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Continuar la sesión</translation>
    </message>
    <message>
        <source>Go on where you left off (Enter)</source>
        <translation>Sigue donde lo dejaste (Intro)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Start the routine from the beginning</source>
        <translation>Empezar la rutina desde el principio</translation>
    </message>
    <message>
        <source>Start the routine again from its first step</source>
        <translation>Empieza la rutina otra vez desde el primer paso</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Pain check-ins are off (Settings), so Limber cannot check whether your pain calls for seeing a doctor.</source>
        <translation>Las valoraciones del dolor están desactivadas (Ajustes), así que Limber no puede comprobar si tu dolor aconseja ir al médico.</translation>
    </message>
    <message>
        <source>⚠ Advice: please see a doctor (%1)…</source>
        <translation>⚠ Aviso: por favor, ve al médico (%1)…</translation>
    </message>
    <message>
        <source>Show the advice to see a doctor</source>
        <translation>Mostrar el aviso de ir al médico</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>section heading: the pages the content comes from</comment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>one of several pages the content comes from</comment>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Scroll the overview down</source>
        <translation>Desplazar la vista general hacia abajo</translation>
    </message>
    <message>
        <source>Scroll the overview up</source>
        <translation>Desplazar la vista general hacia arriba</translation>
    </message>
    <message>
        <source>Scroll to the top of the overview</source>
        <translation>Ir al principio de la vista general</translation>
    </message>
    <message>
        <source>Scroll to the end of the overview</source>
        <translation>Ir al final de la vista general</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0: no pain</source>
        <translation>0: sin dolor</translation>
    </message>
    <message>
        <source>10: worst pain imaginable</source>
        <translation>10: el peor dolor imaginable</translation>
    </message>
    <message>
        <source>0, no pain</source>
        <translation>0, sin dolor</translation>
    </message>
    <message>
        <source>10, worst pain imaginable</source>
        <translation>10, el peor dolor imaginable</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain imaginable</source>
        <translation>Dolor de 0, sin dolor, a 10, el peor dolor imaginable</translation>
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
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Hold longer +10 s (H)</source>
        <translation>Mantener 10 s más (H)</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Mantener más tiempo</translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold (H)</source>
        <translation>Mantener esta posición 10 segundos más (H)</translation>
    </message>
    <message>
        <source>Skip rest (S)</source>
        <translation>Saltar el descanso (S)</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Saltar el descanso</translation>
    </message>
    <message>
        <source>Start the next exercise now (S)</source>
        <translation>Empezar ya el siguiente ejercicio (S)</translation>
    </message>
    <message>
        <source>Again (A)</source>
        <translation>Otra vez (A)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Do this part once more (A)</source>
        <translation>Repetir esta parte una vez más (A)</translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation>Listo (D)</translation>
    </message>
    <message>
        <source>Go on to what comes next (D)</source>
        <translation>Seguir con lo siguiente (D)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Back to the previous step (Left arrow)</source>
        <translation>Volver al paso anterior (Flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation>Pausar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Ir al siguiente paso (Flecha derecha)</translation>
    </message>
    <message>
        <source>Restart exercise (R)</source>
        <translation>Reiniciar ejercicio (R)</translation>
    </message>
    <message>
        <source>Restart exercise</source>
        <translation>Reiniciar ejercicio</translation>
    </message>
    <message>
        <source>Start this exercise again from its first step (R)</source>
        <translation>Empezar de nuevo este ejercicio desde el primer paso (R)</translation>
    </message>
    <message>
        <source>Finish (F)</source>
        <translation>Terminar (F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the session now and see the summary (F)</source>
        <translation>Terminar ya la sesión y ver el resumen (F)</translation>
    </message>
    <message>
        <source>Exercise %1 of %2: %3</source>
        <translation>Ejercicio %1 de %2: %3</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>cycle %1 of %2–%3</source>
        <translation>ronda %1 de %2–%3</translation>
    </message>
    <message>
        <source>cycle %1 of %2</source>
        <translation>ronda %1 de %2</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 done · rest</source>
        <translation>Ejercicio %1 de %2 terminado · descanso</translation>
    </message>
    <message>
        <source>Rest — up next</source>
        <translation>Descanso — a continuación</translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <translation>En pausa — pulsa Espacio para continuar</translation>
    </message>
    <message>
        <source>Get ready · %1</source>
        <translation>Prepárate · %1</translation>
    </message>
    <message>
        <source>Listen, then the timer starts</source>
        <translation>Escucha; después empieza el temporizador</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>Once more?</source>
        <translation>¿Una vez más?</translation>
    </message>
    <message>
        <source>Cycle %1 done. Again, or done?</source>
        <translation>Ronda %1 hecha. ¿Otra vez, o terminas aquí?</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <source>Done with reps (D)</source>
        <translation>Repeticiones hechas (D)</translation>
    </message>
    <message>
        <source>Enough cycles (D)</source>
        <translation>Suficientes rondas (D)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Continuar (P)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Continuar (Espacio)</translation>
    </message>
    <message>
        <source>Resume the session (P)</source>
        <translation>Continuar la sesión (P)</translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation>Continuar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Pause the session (P)</source>
        <translation>Pausar la sesión (P)</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Siguiente paso →</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Tómate tu tiempo</translation>
    </message>
    <message>
        <source>Pause or resume; count a rep when you count them yourself</source>
        <translation>Pausar o seguir; contar una repetición cuando las cuentas tú</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o seguir</translation>
    </message>
    <message>
        <source>Pause and go back to the overview</source>
        <translation>Pausar y volver al resumen</translation>
    </message>
    <message>
        <source>Hold longer: add 10 seconds to this hold</source>
        <translation>Mantener más: 10 segundos más</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Saltar el descanso</translation>
    </message>
    <message>
        <source>Do this part once more</source>
        <translation>Repetir esta parte una vez más</translation>
    </message>
    <message>
        <source>Done: go on to what comes next</source>
        <translation>Hecho: seguir con lo siguiente</translation>
    </message>
    <message>
        <source>Restart the exercise</source>
        <translation>Reiniciar el ejercicio</translation>
    </message>
    <message>
        <source>Finish the session and see the summary</source>
        <translation>Terminar la sesión y ver el resumen</translation>
    </message>
    <message>
        <source>When you are ready, press “%1” or the → key</source>
        <translation>Cuando estés listo, pulsa «%1» o la tecla&#xa0;→</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>button: this part is done, go on</comment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>heading: repetitions to count</comment>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>heading: the session is paused</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>button: go on after a pause</comment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>Finish now and see the summary? The session ends here and cannot be resumed.</source>
        <translation>¿Terminar ahora y ver el resumen? La sesión acaba aquí y no se podrá continuar.</translation>
    </message>
    <message>
        <source>Finish &amp;now</source>
        <translation>Terminar &amp;ya</translation>
    </message>
    <message>
        <source>Restart the exercise?</source>
        <translation>¿Reiniciar el ejercicio?</translation>
    </message>
    <message>
        <source>Start “%1” again from its first step? What you have done of it is done again.</source>
        <translation>¿Empezar «%1» otra vez desde el primer paso? Lo que ya hiciste de él lo repetirás.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Reiniciar &amp;ya</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>button: pause the session</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Paused while a window or menu is open — the session goes on when it closes</source>
        <translation>En pausa mientras haya una ventana o un menú abierto — la sesión sigue cuando se cierre</translation>
    </message>
    <message numerus="yes">
        <source>Enough after %n&#xa0;cycle(s) (D)</source>
        <translation>
            <numerusform>Suficiente tras %n&#xa0;ronda (D)</numerusform>
            <numerusform>Suficiente tras %n&#xa0;rondas (D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::Reminders</name>
    <message>
        <source>a fullscreen window</source>
        <translation>una ventana a pantalla completa</translation>
    </message>
    <message>
        <source>do not disturb (%1)</source>
        <translation>«No molestar» (%1)</translation>
    </message>
    <message>
        <source>do not disturb: unknown here (the notification server does not tell it)</source>
        <translation>«No molestar»: aquí se desconoce (el servidor de notificaciones no lo indica)</translation>
    </message>
</context>
<context>
    <name>limber::RepCounter</name>
    <message>
        <source>Count rep (Space)</source>
        <translation>Contar repetición (Espacio)</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Contar repetición</translation>
    </message>
    <message>
        <source>Count one repetition (Space)</source>
        <translation>Contar una repetición (Espacio)</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation>%1 de %2–%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) counted</source>
        <translation>
            <numerusform>%n repetición contada</numerusform>
            <numerusform>%n repeticiones contadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting for you: follow the sound</source>
        <translation>Contamos por ti: sigue el sonido</translation>
    </message>
    <message>
        <source>Press Space after each rep</source>
        <translation>Pulsa Espacio después de cada repetición</translation>
    </message>
    <message>
        <source>Counting for you: follow the number</source>
        <translation>Limber cuenta por ti: sigue el número</translation>
    </message>
    <message>
        <source>Enough for today? Press “%1”</source>
        <translation>¿Suficiente por hoy? Pulsa «%1»</translation>
    </message>
</context>
<context>
    <name>limber::ResumeOffer</name>
    <message>
        <source>Resume in the rest before exercise %1 of %2, %3 left</source>
        <translation>Continuar en el descanso antes del ejercicio %1 de %2, quedan %3</translation>
    </message>
    <message>
        <source>Resume at exercise %1 of %2, after cycle %3</source>
        <translation>Continuar en el ejercicio %1 de %2, tras la ronda %3</translation>
    </message>
    <message>
        <source>exercise %1 of %2, step %3 of %4</source>
        <translation>ejercicio %1 de %2, paso %3 de %4</translation>
    </message>
    <message>
        <source>Resume at %1, %2 left</source>
        <translation>Continuar en %1, quedan %2</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Continuar en %1</translation>
    </message>
    <message>
        <source>Your unfinished session of this routine cannot be resumed: the routine&apos;s file has changed since. Start it again from the beginning.</source>
        <translation>Tu sesión sin terminar de esta rutina no se puede continuar: el archivo de la rutina ha cambiado desde entonces. Empiézala de nuevo desde el principio.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineCardDelegate</name>
    <message>
        <source>Open</source>
        <comment>button: opens the routine</comment>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>limber::RoutineCardModel</name>
    <message>
        <source>No equipment</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Material: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>%1

Press Enter, double-click or choose Open to see the exercises.</source>
        <translation>%1

Pulsa Intro, haz doble clic o elige Abrir para ver los ejercicios.</translation>
    </message>
</context>
<context>
    <name>limber::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Get-ready countdown in seconds</source>
        <translation>Tiempo de preparación, en segundos</translation>
    </message>
    <message>
        <source>A countdown before each hold, so you can get into position.</source>
        <translation>Una breve cuenta antes de mantener cada posición, para que puedas colocarte bien.</translation>
    </message>
    <message>
        <source>&amp;Get ready before a hold:</source>
        <translation>&amp;Preparación antes de mantener:</translation>
    </message>
    <message>
        <source>Length of one breath in seconds</source>
        <translation>Duración de una respiración, en segundos</translation>
    </message>
    <message>
        <source>How long one slow breath takes: half breathing in, half breathing out.</source>
        <translation>Cuánto dura una respiración lenta: la mitad inhalando y la otra mitad exhalando.</translation>
    </message>
    <message>
        <source>&amp;One breath takes:</source>
        <translation>&amp;Duración de una respiración:</translation>
    </message>
    <message>
        <source>Go on to the ne&amp;xt step when a timer ends</source>
        <translation>Pasar al siguiente paso cuando termine el &amp;temporizador</translation>
    </message>
    <message>
        <source>When off, Limber waits for you to press Next (Right arrow).</source>
        <translation>Si está desactivado, Limber espera a que pulses Siguiente (Flecha derecha).</translation>
    </message>
    <message>
        <source>The routine&apos;s suggestion</source>
        <translation>Lo que sugiere la rutina</translation>
    </message>
    <message>
        <source>The short end</source>
        <translation>El tiempo más corto</translation>
    </message>
    <message>
        <source>The long end</source>
        <translation>El tiempo más largo</translation>
    </message>
    <message>
        <source>Where hold ranges start</source>
        <translation>Tiempo inicial cuando la rutina da un rango</translation>
    </message>
    <message>
        <source>For holds like “30&#xa0;s to 1&#xa0;min”, until you choose in the routine&apos;s overview.</source>
        <translation>Para tiempos como «de 30&#xa0;s a 1&#xa0;min», hasta que elijas uno en la vista general de la rutina.</translation>
    </message>
    <message>
        <source>Language and motion</source>
        <translation>Idioma y movimiento</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>When off, every picture stands still.</source>
        <translation>Si está desactivado, las imágenes no se mueven.</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation>Voz y sonidos</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Solo voz</translation>
    </message>
    <message>
        <source>Sounds only</source>
        <translation>Solo sonidos</translation>
    </message>
    <message>
        <source>Audio prompts</source>
        <translation>Avisos de audio</translation>
    </message>
    <message>
        <source>&amp;Audio prompts:</source>
        <translation>Avisos de audi&amp;o:</translation>
    </message>
    <message>
        <source>The loudness of the cue sounds and the voice.</source>
        <translation>El volumen de los sonidos de aviso y de la voz.</translation>
    </message>
    <message>
        <source>&amp;Mute (M in the player)</source>
        <translation>&amp;Silenciar (tecla M durante la rutina)</translation>
    </message>
    <message>
        <source>A&amp;nimate the pictures</source>
        <translation>Animar las imá&amp;genes</translation>
    </message>
    <message>
        <source>Plays the sound that starts a hold, at the volume above.</source>
        <translation>Reproduce el sonido con el que empieza a mantenerse una posición, al volumen de arriba.</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Motor de voz</translation>
    </message>
    <message>
        <source>flite speaks English and needs nothing else; speech-dispatcher speaks many languages through espeak-ng.</source>
        <translation>flite habla inglés y no necesita nada más; speech-dispatcher habla muchos idiomas mediante espeak-ng.</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>&amp;Motor de voz:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right.</source>
        <translation>Más lenta a la izquierda, más rápida a la derecha.</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>V&amp;elocidad de la voz:</translation>
    </message>
    <message>
        <source>Lower to the left, higher to the right.</source>
        <translation>Más grave a la izquierda, más agudo a la derecha.</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>To&amp;no:</translation>
    </message>
    <message>
        <source>Says a sentence with the engine, voice, rate and pitch above.</source>
        <translation>Dice una frase con el motor, la voz, la velocidad y el tono de arriba.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let your shoulders drop as you breathe out.</source>
        <translation>Inhala despacio y deja caer los hombros al exhalar.</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>La voz predeterminada del motor</translation>
    </message>
    <message>
        <source>The voice speaks %1 with %2.</source>
        <translation>La voz habla %1 con %2.</translation>
    </message>
    <message>
        <source>Choose speech-dispatcher as the engine for a voice in %1.</source>
        <translation>Elige speech-dispatcher como motor para tener una voz en %1.</translation>
    </message>
    <message>
        <source>Installing speech-dispatcher and espeak-ng gives voices in German, Spanish and many other languages.</source>
        <translation>Si instalas speech-dispatcher y espeak-ng, tendrás voces en alemán, español y muchos otros idiomas.</translation>
    </message>
    <message>
        <source>Holds with a range &amp;start at:</source>
        <translation>Si el tiempo de mantener es un &amp;rango, usar:</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vo&amp;lumen:</translation>
    </message>
    <message>
        <source>Play a test soun&amp;d</source>
        <translation>Reproducir un sonido de prue&amp;ba</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <source>Previe&amp;w the voice</source>
        <translation>Escuc&amp;har una muestra</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button: closes the window</comment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>settings group: how a session runs</comment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>get-ready countdown: none</comment>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>interface language</comment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>audio prompts: no sound, no voice</comment>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>loudness</comment>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Voice</source>
        <comment>speech synthesis voice</comment>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Pitch</source>
        <comment>voice: high or low</comment>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <comment>settings group</comment>
        <translation>Recordatorios de descanso</translation>
    </message>
    <message>
        <source>Remind me to take &amp;breaks</source>
        <translation>Re&amp;cordarme tomar descansos</translation>
    </message>
    <message>
        <source>After a stretch of computer use, Limber offers a short guided stretch.</source>
        <translation>Tras un rato usando el ordenador, Limber propone un breve estiramiento guiado.</translation>
    </message>
    <message>
        <source>Start Limber in the tra&amp;y when I log in</source>
        <translation>Iniciar Limber en la bande&amp;ja al iniciar sesión</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>No se pudo cambiar %1: %2</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit after a number: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of computer use before a break</source>
        <translation>Minutos de uso del ordenador antes de un descanso</translation>
    </message>
    <message>
        <source>Remind after this much &amp;computer use:</source>
        <translation>Avisar tras este tiempo má&amp;ximo de uso del equipo:</translation>
    </message>
    <message>
        <source>Minutes without input that count as a break</source>
        <translation>Minutos sin actividad que cuentan como descanso</translation>
    </message>
    <message>
        <source>Stepping away this long counts as a break and starts the count again.</source>
        <translation>Alejarse este tiempo cuenta como descanso y la cuenta vuelve a empezar.</translation>
    </message>
    <message>
        <source>&amp;Quiet time that counts as a break:</source>
        <translation>Tiempo sin actividad &amp;que cuenta como descanso:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario de trabajo</translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: from 08:00 to 18:00</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Wor&amp;king hours:</source>
        <translation>&amp;Franja horaria de trabajo:</translation>
    </message>
    <message>
        <source>Time at the computer from:</source>
        <translation>Tiempo ante el ordenador según:</translation>
    </message>
    <message>
        <source>Ask about pain before and af&amp;ter each session</source>
        <translation>Preguntar por el dolor antes &amp;y después de cada sesión</translation>
    </message>
    <message>
        <source>When off, Limber cannot check whether your pain calls for seeing a doctor.</source>
        <translation>Si está desactivado, Limber no puede comprobar si tu dolor aconseja ir al médico.</translation>
    </message>
    <message>
        <source>History</source>
        <comment>settings group: sessions and pain check-ins</comment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Archivo del historial</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Archivo del historial:</translation>
    </message>
    <message>
        <source>Delete my history…</source>
        <translation>Borrar mi historial de ejercicios…</translation>
    </message>
    <message>
        <source>Delete your history?</source>
        <translation>¿Borrar tu historial?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>button: delete the history</comment>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <comment>button: keep the history</comment>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>History deleted</source>
        <translation>Historial borrado</translation>
    </message>
    <message>
        <source>A due break waits during:</source>
        <translation>Un descanso pendiente espera durante:</translation>
    </message>
    <message>
        <source>Your sessions, pain check-ins and break reminders are kept in one file on this computer. Nothing leaves it.</source>
        <translation>Tus sesiones, valoraciones del dolor y recordatorios de descanso se guardan en un archivo de este ordenador. Nada sale de él.</translation>
    </message>
    <message>
        <source>Deletes every session, pain check-in and break reminder. Limber asks first.</source>
        <translation>Borra todas las sesiones, valoraciones del dolor y recordatorios de descanso. Limber pregunta antes.</translation>
    </message>
    <message>
        <source>Delete every session, pain check-in and break reminder Limber has kept? This cannot be undone.</source>
        <translation>¿Borrar todas las sesiones, valoraciones del dolor y recordatorios de descanso que Limber ha guardado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Your history is deleted: no session, pain check-in or break reminder is kept any more.</source>
        <translation>Tu historial está borrado: ya no se guarda ninguna sesión, valoración del dolor ni recordatorio de descanso.</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>cannot take the lock file %1: another Limber may run alongside</source>
        <translation>no se puede tomar el archivo de bloqueo %1: puede haber otro Limber en marcha a la vez</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2): a second start will open a second window</source>
        <translation>no se puede escuchar en %1 (%2): un segundo inicio abrirá una segunda ventana</translation>
    </message>
    <message>
        <source>the running Limber does not answer on %1 (%2)</source>
        <translation>el Limber en marcha no responde en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>limber::SoundPlayer</name>
    <message>
        <source>The sound %1 %2.</source>
        <translation>El sonido %1 %2.</translation>
    </message>
    <message>
        <source>No audio output device: cues are shown, not heard.</source>
        <translation>No hay ningún dispositivo de salida de audio: los avisos se muestran, pero no se oyen.</translation>
    </message>
    <message numerus="yes">
        <source>The sound %1 has another format than the other sounds (%2 Hz, %n channel(s)).</source>
        <translation>
            <numerusform>El sonido %1 tiene otro formato que los demás sonidos (%2 Hz, %n canal).</numerusform>
            <numerusform>El sonido %1 tiene otro formato que los demás sonidos (%2 Hz, %n canales).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audio output failed: cues are shown, not heard.</source>
        <translation>La salida de audio ha fallado: las señales se muestran, no se oyen.</translation>
    </message>
</context>
<context>
    <name>limber::SwitchSidesBanner</name>
    <message>
        <source>Switch to your left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <source>The steps now repeat for your left side.</source>
        <translation>Ahora los pasos se repiten con el lado izquierdo.</translation>
    </message>
    <message>
        <source>The steps now repeat for your right side.</source>
        <translation>Ahora los pasos se repiten con el lado derecho.</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, quedan %2</translation>
    </message>
</context>
<context>
    <name>limber::Tray</name>
    <message>
        <source>Reminders are off</source>
        <translation>Los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta las %1</translation>
    </message>
    <message>
        <source>A break is due now</source>
        <translation>Ahora toca un descanso</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Fuera de tu horario de trabajo</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En un descanso</translation>
    </message>
    <message>
        <source>Counting your time at the computer</source>
        <translation>Contando tu tiempo ante el ordenador</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n&#xa0;min)</source>
        <translation>
            <numerusform>Próximo descanso a las %1 (en %n&#xa0;min)</numerusform>
            <numerusform>Próximo descanso a las %1 (en %n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stretch now</source>
        <translation>&amp;Estirar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Durante &amp;30 minutos</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Reanudar recordatorios</translation>
    </message>
    <message>
        <source>&amp;Open Limber</source>
        <translation>&amp;Abrir Limber</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber: %1</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Break due — waiting while a window is fullscreen</source>
        <translation>Descanso pendiente: espera mientras haya una ventana a pantalla completa</translation>
    </message>
    <message>
        <source>Break due — waiting while notifications are paused (do not disturb)</source>
        <translation>Descanso pendiente: espera mientras las notificaciones estén en pausa («No molestar»)</translation>
    </message>
</context>
<context>
    <name>limber::WavFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is too large for a cue sound (%1 bytes)</source>
        <translation>es demasiado grande para un sonido de aviso (%1 bytes)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a RIFF/WAVE file</source>
        <translation>no es un archivo RIFF/WAVE</translation>
    </message>
    <message>
        <source>is truncated: its header announces %1 bytes, the file has %2</source>
        <translation>está truncado: su cabecera anuncia %1 bytes y el archivo tiene %2</translation>
    </message>
    <message>
        <source>has a broken format (fmt) chunk</source>
        <translation>tiene un bloque de formato (fmt) dañado</translation>
    </message>
    <message>
        <source>is not uncompressed PCM (format tag %1)</source>
        <translation>no es PCM sin comprimir (etiqueta de formato %1)</translation>
    </message>
    <message>
        <source>has an unsupported channel count (%1)</source>
        <translation>tiene un número de canales no admitido (%1)</translation>
    </message>
    <message>
        <source>has an unsupported sample rate (%1 Hz)</source>
        <translation>tiene una frecuencia de muestreo no admitida (%1 Hz)</translation>
    </message>
    <message>
        <source>has an unsupported sample size (%1 bits)</source>
        <translation>tiene un tamaño de muestra no admitido (%1 bits)</translation>
    </message>
    <message>
        <source>has an inconsistent block alignment (%1)</source>
        <translation>tiene una alineación de bloque incoherente (%1)</translation>
    </message>
    <message>
        <source>has no format (fmt) chunk before its data</source>
        <translation>no tiene bloque de formato (fmt) antes de sus datos</translation>
    </message>
    <message>
        <source>holds no sound (empty data chunk)</source>
        <translation>no contiene sonido (bloque de datos vacío)</translation>
    </message>
    <message>
        <source>is truncated: its data chunk announces %1 bytes, %2 are there</source>
        <translation>está truncado: su bloque de datos anuncia %1 bytes y hay %2</translation>
    </message>
    <message>
        <source>ends in the middle of a sample frame</source>
        <translation>termina a mitad de una trama de muestras</translation>
    </message>
    <message>
        <source>is truncated inside its &quot;%1&quot; chunk</source>
        <translation>está truncado dentro de su bloque «%1»</translation>
    </message>
    <message>
        <source>has no data chunk</source>
        <translation>no tiene bloque de datos</translation>
    </message>
    <message>
        <source>has no format (fmt) chunk</source>
        <translation>no tiene bloque de formato (fmt)</translation>
    </message>
</context>
<context>
    <name>limber::X11IdleSource</name>
    <message>
        <source>X11 (the XScreenSaver extension)</source>
        <translation>X11 (la extensión XScreenSaver)</translation>
    </message>
</context>
<context>
    <name>limber::autostart</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided stretching routines with pictures, timers and spoken cues.</source>
        <translation>Rutinas de estiramientos guiadas, con imágenes, temporizadores e indicaciones habladas.</translation>
    </message>
    <message>
        <source>Check routine files and folders, print problems and exit.</source>
        <translation>Comprueba archivos y carpetas de rutinas, muestra los problemas y termina.</translation>
    </message>
    <message>
        <source>List the routines the app can see.</source>
        <translation>Muestra las rutinas que encuentra la aplicación.</translation>
    </message>
    <message>
        <source>Open the app on a routine, by id or file.</source>
        <translation>Abre la aplicación en una rutina, indicada por su id o su archivo.</translation>
    </message>
    <message>
        <source>id|file</source>
        <translation>id|archivo</translation>
    </message>
    <message>
        <source>limber: --validate needs a file or folder</source>
        <translation>limber: --validate necesita un archivo o una carpeta</translation>
    </message>
    <message>
        <source>limber: unexpected argument &apos;%1&apos; (did you mean --validate?)</source>
        <translation>limber: argumento inesperado «%1» (¿querías decir --validate?)</translation>
    </message>
    <message>
        <source>Write every figure of the routine given with --routine (else of every routine) as PNG and SVG files into a folder, and exit.</source>
        <translation>Guarda todas las figuras de la rutina indicada con --routine (si no se indica, las de todas las rutinas) como archivos PNG y SVG en una carpeta, y termina.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>With --export-figures: picture size in pixels (default 800x600).</source>
        <translation>Con --export-figures: tamaño de la imagen en píxeles (por defecto, 800x600).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>ANCHOxALTO</translation>
    </message>
    <message>
        <source>With --export-figures: png, svg or both (default).</source>
        <translation>Con --export-figures: png, svg o both (los dos; es el valor por defecto).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>limber: Limber is still starting; try again
</source>
        <translation>limber: Limber todavía se está iniciando; vuelva a intentarlo
</translation>
    </message>
    <message>
        <source>limber: %1; starting on its own</source>
        <translation>limber: %1; se inicia por separado</translation>
    </message>
    <message>
        <source>Start hidden in the tray, when break reminders are on and the desktop has a tray (autostart does).</source>
        <translation>Iniciar oculto en la bandeja, si los recordatorios de descanso están activados y el escritorio tiene bandeja (así inicia el arranque automático).</translation>
    </message>
    <message>
        <source>With --list or --history: print JSON.</source>
        <translation>Con --list o --history: mostrar JSON.</translation>
    </message>
    <message>
        <source>Print the sessions, the pain check-ins and the current see-a-doctor advice.</source>
        <translation>Mostrar las sesiones, las valoraciones del dolor y el aviso actual de ir al médico.</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV file, and the pain check-ins beside it (FILE-check-ins.csv).</source>
        <translation>Escribe las sesiones en un archivo CSV y los registros de dolor a su lado (ARCHIVO-check-ins.csv).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Merge CSV files written by --export-history (or History ▸ Export) into the history.</source>
        <translation>Incorpora al historial archivos CSV escritos con --export-history (o Historial ▸ Exportar).</translation>
    </message>
    <message>
        <source>limber: --import-history needs a CSV file</source>
        <translation>limber: --import-history necesita un archivo CSV</translation>
    </message>
    <message>
        <source>Import Workrave&apos;s exercises as a routine of your own, from PATH or from where Debian&apos;s workrave-data puts them, and exit.</source>
        <translation>Importar los ejercicios de Workrave como una rutina propia, desde PATH o desde donde los instala workrave-data de Debian, y salir.</translation>
    </message>
    <message>
        <source>With --validate: files or folders; with --import-history: CSV files; with --import: the exercise file.</source>
        <translation>Con --validate: archivos o carpetas; con --import-history: archivos CSV; con --import: el archivo de ejercicios.</translation>
    </message>
    <message>
        <source>Write the routine&apos;s printable handout as a PDF file (with -o), and exit.</source>
        <translation>Escribe la hoja imprimible de la rutina como PDF (con -o) y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>The language to write in (de, en, es; default: the interface&apos;s).</source>
        <translation>El idioma del texto (de, en, es; por defecto: el de la interfaz).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>limber: no language &apos;%1&apos; (there are: %2)</source>
        <translation>limber: no hay idioma «%1» (hay: %2)</translation>
    </message>
    <message>
        <source>limber: --handout needs -o FILE.pdf</source>
        <translation>limber: --handout necesita -o ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>limber: --paper must be a4 or letter</source>
        <translation>limber: --paper debe ser a4 o letter</translation>
    </message>
    <message>
        <source>With --handout or --history-report: the PDF file to write.</source>
        <translation>Con --handout o --history-report: el archivo PDF que se guarda.</translation>
    </message>
    <message>
        <source>Write the history from FROM to TO (dates like 2026-11-01, both included) as a report for a clinician, a PDF file (with -o), and exit.</source>
        <translation>Guarda el historial de FROM a TO (fechas como 2026-11-01, ambas incluidas) como informe para tu médico o fisioterapeuta en un archivo PDF (con -o) y termina.</translation>
    </message>
    <message>
        <source>FROM TO</source>
        <translation>FROM TO</translation>
    </message>
    <message>
        <source>With --handout or --history-report: a4 or letter (default: the paper of your country).</source>
        <translation>Con --handout o --history-report: a4 o letter (por defecto: el papel de tu país).</translation>
    </message>
    <message>
        <source>limber: --history-report needs FROM TO -o FILE.pdf (dates like 2026-11-01)</source>
        <translation>limber: --history-report necesita FROM TO -o ARCHIVO.pdf (fechas como 2026-11-01)</translation>
    </message>
</context>
</TS>
