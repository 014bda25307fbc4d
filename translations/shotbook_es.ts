<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+54"/>
        <source>imports an injection log (Shotbook&apos;s injections.csv, or another tracker&apos;s table with date/time, dose and site columns): every row or none; rows already in the log are not imported twice</source>
        <translation>importa un registro de inyecciones (el injections.csv de Shotbook, o la tabla de otra aplicación con columnas de fecha/hora, dosis y lugar): todas las filas o ninguna; las filas que ya están en el registro no se importan dos veces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient every row belongs to</source>
        <translation>el paciente al que pertenece cada fila</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="+237"/>
        <location filename="../app/cli/PatientCommands.cpp" line="+161"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+149"/>
        <source>the patient&apos;s id or exact name</source>
        <translation>el identificador o el nombre exacto del paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day to include</source>
        <translation>primer día incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day to include</source>
        <translation>último día incluido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the doctor&apos;s report (summary, charts, injection log, diary) as a PDF, never over an existing file; the last 90 days unless --from or --to say</source>
        <translation>escribe el informe para el médico (resumen, gráficos, registro de inyecciones, diario) en PDF, nunca sobre un archivo existente; los últimos 90 días salvo que --from o --to indiquen otra cosa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .pdf file to write</source>
        <translation>el archivo .pdf que se va a escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave the notes out of the report</source>
        <translation>dejar las notas fuera del informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writes the dose times as repeating calendar events (iCalendar), never over an existing file</source>
        <translation>escribe las horas de las dosis como eventos periódicos de calendario (iCalendar), nunca sobre un archivo existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .ics file to write</source>
        <translation>el archivo .ics que se escribe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the record as CSV files (one per table, and manifest.csv) into a new or empty folder; every patient unless --patient names one</source>
        <translation>escribe el historial en archivos CSV (uno por tabla, y manifest.csv) en una carpeta nueva o vacía; todos los pacientes salvo que --patient indique uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder to write</source>
        <translation>la carpeta que se escribe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the patient&apos;s record as a FHIR R4 Bundle (JSON), never over an existing file</source>
        <translation>escribe el historial del paciente como Bundle FHIR R4 (JSON), nunca sobre un archivo existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .json file to write</source>
        <translation>el archivo .json que se escribe</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+6"/>
        <source>starts a regimen on --start (default today), replacing the current one</source>
        <translation>inicia una pauta el día --start (por defecto hoy), en lugar de la actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed dose, mg per day</source>
        <translation>dosis fija, mg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-based dose, mg/kg per day</source>
        <translation>dosis según el peso, mg/kg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injections per day</source>
        <translation>inyecciones al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day or every other day</source>
        <translation>todos los días o en días alternos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times of day</source>
        <translation>horas del día</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="+416"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+220"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>course length in days</source>
        <translation>duración del tratamiento en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring step</source>
        <translation>paso de medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest measurable dose</source>
        <translation>dosis mínima medible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ra, caps, nomid, dira or other</source>
        <translation>ra, caps, nomid, dira u other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who prescribed it</source>
        <translation>quién la prescribió</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-28"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+10"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+278"/>
        <location filename="../app/cli/StockCommands.cpp" line="+227"/>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+7"/>
        <source>the dose due on a day</source>
        <translation>la dosis prevista en un día</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-10"/>
        <location line="+3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>the day (default today)</source>
        <translation>el día (por defecto hoy)</translation>
    </message>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="+52"/>
        <source>checks the database&apos;s integrity and Shotbook&apos;s own rules</source>
        <translation>comprueba la integridad de la base de datos y las reglas propias de Shotbook</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-22"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="-11"/>
        <location filename="../app/cli/SiteCommands.cpp" line="-33"/>
        <location filename="../app/cli/TodayCommands.cpp" line="+130"/>
        <source>the patient&apos;s id or name</source>
        <translation>el identificador o el nombre del paciente</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+2"/>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+3"/>
        <source>logs an injection</source>
        <translation>registra una inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection site&apos;s zone id</source>
        <translation>el identificador de la zona del lugar de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was given (default now)</source>
        <translation>cuándo se puso (por defecto ahora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose (default: the regimen&apos;s)</source>
        <translation>la dosis (por defecto: la de la pauta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the syringe&apos;s lot</source>
        <translation>el lote de la jeringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who gave it</source>
        <translation>quién la puso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where in the zone (fractions, 0–1)</source>
        <translation>dónde dentro de la zona (fracciones, 0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm a refused dose: a second dose for a filled slot, a dose too soon after another, an injection while a red flag is open, or an expired lot</source>
        <translation>confirmar una dosis rechazada: una segunda dosis para una toma ya registrada, una dosis demasiado cerca de otra, una inyección con una señal de alarma abierta o un lote caducado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lists injections, oldest first</source>
        <translation>lista las inyecciones, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next or overdue dose, and what to do</source>
        <translation>la dosis siguiente o la atrasada, y qué hacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due doses against injections, up to now</source>
        <translation>dosis previstas frente a inyecciones, hasta ahora</translation>
    </message>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="+3"/>
        <source>adds a patient</source>
        <translation>añade un paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or nickname</source>
        <translation>nombre o apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight today</source>
        <translation>peso hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lists patients</source>
        <translation>lista los pacientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>renames a patient</source>
        <translation>cambia el nombre de un paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation>el nombre nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records a weight (0.3–300 kg)</source>
        <translation>registra un peso (0,3–300 kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weight in kg</source>
        <translation>el peso en kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on (default today)</source>
        <translation>medido el (por defecto hoy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient&apos;s weights, oldest first</source>
        <translation>los pesos del paciente, del más antiguo al más reciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removes a patient and every record of them</source>
        <translation>elimina un paciente y todos sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm the removal</source>
        <translation>confirmar la eliminación</translation>
    </message>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-3"/>
        <source>what Today shows: the next dose, the suggested site, alerts, red flags, every other patient</source>
        <translation>lo que muestra Hoy: la dosis siguiente, el lugar sugerido, avisos, señales de alarma, todos los demás pacientes</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="+75"/>
        <source>writes a realistic sample database (never over an existing file)</source>
        <translation>escribe una base de datos de ejemplo realista (nunca sobre un archivo existente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years of history</source>
        <translation>años de historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many patients</source>
        <translation>cuántos pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database file</source>
        <translation>el archivo nuevo de base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation>la misma semilla da los mismos datos (por defecto 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-12"/>
        <source>receives syringes</source>
        <translation>registra la recepción de jeringas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>lot number</source>
        <translation>número de lote</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expiry date</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>number of syringes</source>
        <translation>número de jeringas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>received on (default today)</source>
        <translation>recibidas el (por defecto hoy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lots</source>
        <translation>lotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discards syringes</source>
        <translation>desecha jeringas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired, cloudy, frozen, damaged, room-temperature, other</source>
        <translation>expired, cloudy, frozen, damaged, room-temperature, other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes syringes out of the fridge</source>
        <translation>saca jeringas de la nevera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of syringes (default 1)</source>
        <translation>número de jeringas (por defecto 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default now)</source>
        <translation>cuándo (por defecto ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply as of now</source>
        <translation>existencias a día de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this patient&apos;s use</source>
        <translation>solo el consumo de este paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every stock movement</source>
        <translation>todos los movimientos de existencias</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+85"/>
        <source>writes a consistent copy of the database, also while it is in use, never over an existing file</source>
        <translation>escribe una copia coherente de la base de datos, también mientras se usa, nunca sobre un archivo existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>el archivo de copia de seguridad que se escribe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replaces the database with a backup, after checking the backup; the replaced file is kept in the backups folder; refused while Shotbook has the file open</source>
        <translation>sustituye la base de datos por una copia de seguridad, tras comprobarla; el archivo sustituido se guarda en la carpeta de copias; se rechaza mientras Shotbook tenga el archivo abierto</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="+14"/>
        <source>the suggested zone</source>
        <translation>la zona sugerida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every zone: on or off, last use, count, open reactions</source>
        <translation>todas las zonas: activada o no, último uso, número, reacciones abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones on</source>
        <translation>activa zonas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones off</source>
        <translation>desactiva zonas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days a zone rests after an injection (shows or sets it)</source>
        <translation>días de descanso de una zona tras una inyección (muestra o cambia el valor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new number of days</source>
        <translation>el nuevo número de días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records a site reaction</source>
        <translation>registra una reacción en el lugar de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zone</source>
        <translation>la zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redness, swelling, itching, pain, …</source>
        <translation>enrojecimiento, hinchazón, picor, dolor, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mild, 2 moderate, 3 severe</source>
        <translation>1 leve, 2 moderada, 3 grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started (default now)</source>
        <translation>cuándo empezó (por defecto ahora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection it followed</source>
        <translation>la inyección tras la que apareció</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marks a site reaction as cleared</source>
        <translation>marca una reacción en el lugar de inyección como desaparecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it cleared (default now)</source>
        <translation>cuándo desapareció (por defecto ahora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site reactions, newest first</source>
        <translation>reacciones en el lugar de inyección, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only those not cleared</source>
        <translation>solo las que no han desaparecido</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-42"/>
        <source>a diary value</source>
        <translation>un valor del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain, fatigue, stiffness-min, …</source>
        <translation>pain, fatigue, stiffness-min, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one day of the diary</source>
        <translation>un día del diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect</source>
        <translation>un efecto adverso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how bad</source>
        <translation>qué gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>when it began</source>
        <translation>cuándo empezó</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>when it ended</source>
        <translation>cuándo terminó</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>it is a sign that needs medical help now (a red flag)</source>
        <translation>es una señal de que se necesita ayuda médica inmediata (una señal de alarma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side effects</source>
        <translation>efectos adversos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes a red flag off the Today view</source>
        <translation>quita una señal de alarma de la vista Hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect that has gone</source>
        <translation>un efecto adverso que ha desaparecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it went (default today)</source>
        <translation>cuándo desapareció (por defecto hoy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection that ended</source>
        <translation>una infección que terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it ended (default today)</source>
        <translation>cuándo terminó (por defecto hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>the doctor was told</source>
        <translation>se informó al médico</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a medicine that was stopped</source>
        <translation>un medicamento que se dejó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day (default today)</source>
        <translation>el último día (por defecto hoy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection</source>
        <translation>una infección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what infection</source>
        <translation>qué infección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another medicine or vaccine</source>
        <translation>otro medicamento o vacuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generic or brand name</source>
        <translation>nombre genérico o comercial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other medicines</source>
        <translation>otros medicamentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab result</source>
        <translation>un resultado de análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anc, platelets, alt, ast, crp, crcl</source>
        <translation>anc, platelets, alt, ast, crp, crcl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the blood was taken</source>
        <translation>cuándo se extrajo la sangre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lab results</source>
        <translation>resultados de análisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next test due</source>
        <translation>el próximo análisis previsto</translation>
    </message>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="+72"/>
        <source>copies a local record into an empty shared record on a PostgreSQL server, all or nothing, checked on both sides; the file is left as it was (--db is not used)</source>
        <translation>copia un registro local en un registro compartido vacío de un servidor PostgreSQL, todo o nada, comprobado en ambos lados; el archivo queda como estaba (no se usa --db)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local record</source>
        <translation>el registro local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shared record: postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>el registro compartido: postgresql://USUARIO@HOST[:PUERTO]/BASE</translation>
    </message>
</context>
<context>
    <name>ActivityScore</name>
    <message>
        <location filename="../core/charts/ActivityScore.cpp" line="+41"/>
        <source>Fever (38 °C or more)</source>
        <translation>Fiebre (38 °C o más)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall symptoms</source>
        <translation>Síntomas en conjunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Dolor abdominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Náuseas o vómitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Ganglios linfáticos dolorosos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint or muscle pain</source>
        <translation>Dolor articular o muscular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint swelling</source>
        <translation>Hinchazón de las articulaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye symptoms</source>
        <translation>Síntomas oculares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin rash</source>
        <translation>Erupción cutánea</translation>
    </message>
</context>
<context>
    <name>AddHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+29"/>
        <source>Add to the diary</source>
        <translation>Añadir al diario</translation>
    </message>
</context>
<context>
    <name>AddPatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+10"/>
        <source>Add patient %1</source>
        <translation>Añadir el paciente %1</translation>
    </message>
</context>
<context>
    <name>AddReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+43"/>
        <source>Record %1</source>
        <translation>Registrar %1</translation>
    </message>
</context>
<context>
    <name>AddWeightCommand</name>
    <message>
        <location filename="../ui/patients/WeightCommands.cpp" line="+10"/>
        <source>Record weight</source>
        <translation>Registrar peso</translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <location filename="../app/cli/AdviceText.cpp" line="+23"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now. Next dose: %2.</source>
        <translation>La dosis prevista %1 no se ha registrado, pero se puso una dosis hace menos de medio intervalo: no se ponga otra ahora. Dosis siguiente: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next dose: %1.</source>
        <translation>Dosis siguiente: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 has not been logged: take it now.</source>
        <translation>La dosis prevista %1 no se ha registrado: póngasela ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose due %1 was missed and the next one is nearly due: skip it and take the next dose at %2. Never take two doses to catch up.</source>
        <translation>La dosis prevista %1 se olvidó y la siguiente está próxima: sáltesela y póngase la dosis siguiente a las %2. No se ponga nunca dos dosis para compensar una olvidada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dose is scheduled: the regimen&apos;s course has ended.</source>
        <translation>No hay ninguna dosis prevista: el tratamiento de la pauta ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dose is scheduled: set a regimen first.</source>
        <translation>No hay ninguna dosis prevista: establezca primero una pauta.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <location filename="../ui/backups/AutomaticBackup.cpp" line="+19"/>
        <source>The daily backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made today&apos;s backup in %1.</source>
        <translation>Copia de seguridad de hoy hecha en %1.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="-58"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Copia de seguridad de %1 escrita en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A shared record on a server is restored with the server&apos;s own tools, not by Shotbook.</source>
        <translation>Un historial compartido en un servidor se restaura con las herramientas del propio servidor, no con Shotbook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurado desde %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replaced file is kept as %1.</source>
        <translation>El archivo sustituido se guarda como %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/storage/Backups.cpp" line="+90"/>
        <source>Could not create the backups folder %1.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>BodyMapCaptions</name>
    <message>
        <location filename="../ui/sites/BodyMapCaptions.cpp" line="+45"/>
        <source>R</source>
        <extracomment>Marks the patient&apos;s own right side on the body map.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Marks the patient&apos;s own left side on the body map.</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
</context>
<context>
    <name>BodyMapLegend</name>
    <message>
        <location filename="../ui/sites/BodyMapLegend.cpp" line="+28"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days or more</source>
        <translation>%1 días o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used (%1)</source>
        <translation>Nunca usada (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reaction</source>
        <translation>Reacción abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested next</source>
        <translation>Sugerida a continuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent injections</source>
        <translation>Inyecciones recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1 cm from the last</source>
        <translation>A %1 cm como mínimo de la última</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Days since last use</source>
        <translation>Días desde el último uso</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/exchange/CalendarExport.cpp" line="+25"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>El primer día %1 es posterior al último día %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no regimen, so there are no dose times to export; set one first.</source>
        <translation>%1 no tiene pauta, así que no hay horas de dosis que exportar; establezca una primero.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blood test overdue (due %1): neutrophil count (%2)</source>
        <translation>Análisis de sangre atrasado (previsto el %1): recuento de neutrófilos (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood test due: neutrophil count (%1)</source>
        <translation>Análisis de sangre previsto: recuento de neutrófilos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anakinra can lower the neutrophils: a count is due before the start, monthly for 3 months, then every 3 months up to a year.</source>
        <translation>Anakinra puede bajar los neutrófilos: se necesita un recuento antes de empezar, cada mes durante 3 meses y luego cada 3 meses hasta un año.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+63"/>
        <source>--%1: &quot;%2&quot; is not a number (use . as the decimal mark).</source>
        <translation>--%1: «%2» no es un número (use . como separador decimal).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: «%2» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--%1: «%2» no es una hora; escríbala como AAAA-MM-DDTHH:MM[:SS], opcionalmente con Z o un desfase como +01:00.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1: «%2» no es un número entero.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+52"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>El primer día %1 es posterior al último día %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the folder to write the CSV files into.</source>
        <translation>Indique la carpeta en la que escribir los archivos CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists and is not a folder; Shotbook never overwrites a file.</source>
        <translation>%1 ya existe y no es una carpeta; Shotbook nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not empty; give a new folder (it is created) or an empty one, so that no file is overwritten.</source>
        <translation>%1 no está vacía; indique una carpeta nueva (se crea) o una vacía, para que no se sobrescriba ningún archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write into %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/CsvReader.cpp" line="+154"/>
        <source>a quote inside a field that does not start with one; quote the whole field and double the quotes in it (&quot;&quot;)</source>
        <translation>unas comillas dentro de un campo que no empieza por comillas; ponga todo el campo entre comillas y duplique las comillas que contenga (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quoted field starts here and never ends (a closing quote is missing)</source>
        <translation>aquí empieza un campo entre comillas que nunca termina (falta la comilla de cierre)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text after the closing quote of a field; double a quote that belongs to the text (&quot;&quot;)</source>
        <translation>texto después de la comilla de cierre de un campo; duplique una comilla que forme parte del texto (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the line is not UTF-8 text; save the file as UTF-8</source>
        <translation>la línea no es texto UTF-8; guarde el archivo como UTF-8</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+75"/>
        <source>Could not create the folder %1 for the database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at %1. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>No hay ninguna base de datos en %1. La crea la primera orden que registra algo, p. ej. «patient add».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1. Check that the file exists and that you may read and write it.</source>
        <translation>No se puede leer %1. Compruebe que el archivo existe y que puede leerlo y escribirlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty (0 bytes): it holds no records. If it was your database, the disk lost it: restore a backup. To start a new record there, delete the empty file first. It was left unchanged.</source>
        <translation>%1 está vacío (0 bytes): no contiene registros. Si era su base de datos, el disco la perdió: restaure una copia de seguridad. Para empezar allí un registro nuevo, borre antes el archivo vacío. No se modificó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Shotbook database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 no es una base de datos de Shotbook (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). It was left unchanged; restore a backup.</source>
        <translation>%1 está dañado: el archivo es más corto de lo que indica su contenido (truncado). No se ha modificado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+131"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+170"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). It was left unchanged; update Shotbook to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Shotbook (versión de base de datos %2; esta versión lee hasta la %3). No se ha modificado; actualice Shotbook para abrirlo.</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+332"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Cannot open %1: the file or its folder is read-only, and Shotbook needs to write beside it (%2-wal, %2-shm). Copy it to a folder you may write to, or make it writable. It was left unchanged.</source>
        <translation>No se puede abrir %1: el archivo o su carpeta son de solo lectura, y Shotbook necesita escribir junto a él (%2-wal, %2-shm). Cópielo a una carpeta en la que pueda escribir, o permita escribir en él. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1 (%2). It was left unchanged.</source>
        <translation>No se puede abrir %1 (%2). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be read (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se ha modificado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 está dañado (%2). No se ha modificado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is an SQLite file of another program, not a Shotbook database. It was left unchanged.</source>
        <translation>%1 es un archivo SQLite de otro programa, no una base de datos de Shotbook. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot use write-ahead logging for %1 (journal mode is &quot;%2&quot;); is it on a network drive?</source>
        <translation>No se puede usar el registro anticipado (WAL) para %1 (el modo de diario es «%2»); ¿está en una unidad de red?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>Esta versión de SQLite no puede hacer cumplir las claves foráneas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did not update %1 to the new version, because the backup copy could not be written first: %2</source>
        <translation>%1 no se actualizó a la nueva versión porque antes no se pudo escribir la copia de seguridad: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+39"/>
        <source>Updating %1 to version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>La actualización de %1 a la versión %2 (%3) falló: %4. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SQLite integrity: %1</source>
        <translation>Integridad de SQLite: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 in table %2 refers to a missing record in table %3.</source>
        <translation>El registro %1 de la tabla %2 hace referencia a un registro inexistente de la tabla %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 ya existe; no se ha sobrescrito.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseServer.cpp" line="-115"/>
        <source>Cannot reach a shared record: Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>No se puede acceder a un historial compartido: el controlador PostgreSQL de Qt no está instalado (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The server %1 refused the login: %2 Check the user name and the password in ~/.pgpass (Shotbook never stores passwords).</source>
        <translation>El servidor %1 rechazó el inicio de sesión: %2 Compruebe el nombre de usuario y la contraseña en ~/.pgpass (Shotbook nunca guarda contraseñas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure connection to the server %1: %2 Check sslmode and sslrootcert (the household&apos;s CA certificate) in the address, and that the host name is the one in the server&apos;s certificate.</source>
        <translation>No hay conexión segura con el servidor %1: %2 Compruebe sslmode y sslrootcert (el certificado de la autoridad del hogar) en la dirección, y que el nombre del host es el del certificado del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the shared record %1: %2</source>
        <translation>No se puede acceder al historial compartido %1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no Shotbook record in %1 yet. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>Todavía no hay ningún registro de Shotbook en %1. Lo crea la primera orden que anota algo, por ejemplo «patient add».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 holds tables of another program, not a Shotbook record. It was left unchanged.</source>
        <translation>%1 contiene tablas de otro programa, no un historial de Shotbook. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a Shotbook record. It was left unchanged.</source>
        <translation>%1 no es un historial de Shotbook. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The shared record %1 was changed to version %2 while this window was away from it; open it again.</source>
        <translation>El registro compartido %1 pasó a la versión %2 mientras esta ventana estaba desconectada; ábralo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../core/maintenance/DatabaseCheck.cpp" line="+43"/>
        <source>%n record(s) with %1 (id %2)</source>
        <translation>
            <numerusform>%n registro con %1 (id %2)</numerusform>
            <numerusform>%n registros con %1 (id %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../core/storage/DatabaseLock.cpp" line="+31"/>
        <source>%1 is locked by another program (the lock file %2 could not be taken over). Close the program that has it open, or remove the lock file.</source>
        <translation>%1 está bloqueado por otro programa (no se pudo tomar el control del archivo de bloqueo %2). Cierre el programa que lo tiene abierto o elimine el archivo de bloqueo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already open in another Shotbook window (process %2 on %3). Switch to that window, or close it first.</source>
        <translation>%1 ya está abierto en otra ventana de Shotbook (proceso %2 en %3). Cambie a esa ventana o ciérrela primero.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/DatabaseOpener.cpp" line="+85"/>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create New File…</source>
        <translation>&amp;Crear un archivo nuevo…</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot Open the Shared Record</source>
        <translation>No se puede abrir el registro compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can open the record kept on this computer instead (it does not hold the shared record&apos;s entries), or try again once the server is back.</source>
        <translation>Puede abrir en su lugar el registro guardado en este ordenador (no contiene las anotaciones del registro compartido) o volver a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;Local Record</source>
        <translation>Abrir el registro &amp;local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore the Backup of %1</source>
        <translation>&amp;Restaurar la copia del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of this database was made on %1. Restoring it replaces the damaged file, which is kept in the backups folder; entries made after the backup are not in it.</source>
        <translation>Se hizo una copia de seguridad de esta base de datos el %1. Restaurarla sustituye el archivo dañado, que se guarda en la carpeta de copias; las entradas hechas después de la copia no están en ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Shotbook (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Bases de datos de Shotbook (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 ya existe. Elija un nombre nuevo: Shotbook nunca sobrescribe un archivo.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <location filename="../core/storage/DatabaseRestore.cpp" line="+73"/>
        <source>There is no file %1 to restore.</source>
        <translation>No hay ningún archivo %1 que restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database itself; choose a backup of it.</source>
        <translation>%1 es la propia base de datos; elija una copia de seguridad de ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 of the database does not exist.</source>
        <translation>La carpeta %1 de la base de datos no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored; the database is unchanged.</source>
        <translation>No se ha restaurado nada; la base de datos no ha cambiado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty, not a backup. %2</source>
        <translation>%1 está vacío, no es una copia de seguridad. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Shotbook backup (it is not an SQLite file). %2</source>
        <translation>%1 no es una copia de seguridad de Shotbook (no es un archivo SQLite). %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated, e.g. a copy cut short). %2</source>
        <translation>%1 está dañado: el archivo es más corto de lo que indica su contenido (truncado, p. ej. una copia interrumpida). %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite file of another program, not a Shotbook backup. %2</source>
        <translation>%1 es un archivo SQLite de otro programa, no una copia de seguridad de Shotbook. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). Update Shotbook to restore it. %4</source>
        <translation>%1 lo escribió una versión más reciente de Shotbook (versión de base de datos %2; esta versión lee hasta la %3). Actualice Shotbook para restaurarlo. %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write into %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot copy %1: %2</source>
        <translation>No se puede copiar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be restored: %2 %3</source>
        <translation>%1 no se puede restaurar: %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 fails Shotbook&apos;s check (%n problem(s)). %2</source>
        <translation>
            <numerusform>%1 no supera la comprobación de Shotbook (%n problema). %2</numerusform>
            <numerusform>%1 no supera la comprobación de Shotbook (%n problemas). %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation>No se puede apartar %1 a %2; no se ha restaurado nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot put the backup in the place of %1; nothing was restored.</source>
        <translation>No se puede poner la copia de seguridad en lugar de %1; no se ha restaurado nada.</translation>
    </message>
</context>
<context>
    <name>DeleteInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="+71"/>
        <source>Delete injection</source>
        <translation>Eliminar inyección</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="-44"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed: «%1» no es un número entero de 0 a 18446744073709551615.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote sample data to %1: %n patient(s), </source>
        <translation>
            <numerusform>Datos de ejemplo escritos en %1: %n paciente, </numerusform>
            <numerusform>Datos de ejemplo escritos en %1: %n pacientes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s) over %1 year(s).</source>
        <translation>
            <numerusform>%n inyección en %1 año(s).</numerusform>
            <numerusform>%n inyecciones en %1 año(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+198"/>
        <source>--years %1 is out of range; it must be from 1 to %2.</source>
        <translation>--years %1 está fuera de rango; debe ser de 1 a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--patients %1 is out of range; it must be from 1 to %2.</source>
        <translation>--patients %1 está fuera de rango; debe ser de 1 a %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample data goes into a new, empty database only.</source>
        <translation>Los datos de ejemplo solo van a una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 appeared while the sample data was written; Shotbook never overwrites a file.</source>
        <translation>%1 apareció mientras se escribían los datos de ejemplo; Shotbook nunca sobrescribe un archivo.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-382"/>
        <source>Recorded %1 = %2.</source>
        <translation>Registrado: %1 = %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>To record a side effect as a red flag, add it with --red-flag.</source>
        <translation>Para registrar un efecto adverso como señal de alarma, añádalo con --red-flag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded &quot;%1&quot; (id %2).</source>
        <translation>Registrado «%1» (id %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>	RED FLAG</source>
        <translation>	SEÑAL DE ALARMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a side-effect id.</source>
        <translation>«%1» no es un identificador de efecto adverso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>«%1» no es un identificador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ended on %1.</source>
        <translation>Terminado el %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recorded the infection (id %1).</source>
        <translation>Infección registrada (id %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recorded %1 (id %2).</source>
        <translation>Registrado %1 (id %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Recorded %1 = %2 %3.</source>
        <translation>Registrado: %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Próximo recuento de neutrófilos previsto el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test is due: no regimen yet, or the first year of monitoring is complete.</source>
        <translation>No hay ningún análisis previsto: aún no hay pauta, o el primer año de control ha terminado.</translation>
    </message>
</context>
<context>
    <name>DiaryService</name>
    <message>
        <location filename="../core/diary/DiaryService.cpp" line="+29"/>
        <source>The diary day %1 is in the future.</source>
        <translation>El día de diario %1 está en el futuro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The note has more than 4000 characters.</source>
        <translation>La nota tiene más de 4000 caracteres.</translation>
    </message>
</context>
<context>
    <name>DiscardStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+38"/>
        <source>Discard %1 syringes of lot %2</source>
        <translation>Desechar %1 jeringas del lote %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of a discard</source>
        <translation>deshacer un desecho</translation>
    </message>
</context>
<context>
    <name>DoseCalculator</name>
    <message>
        <location filename="../core/regimen/DoseCalculator.cpp" line="+45"/>
        <source>%1 mg is %2 % more than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg es un %2 % más que la dosis de la pauta, %3 mg por inyección. Compruebe la dosis: registre otra cantidad solo si es la que se puso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg is %2 % less than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg es un %2 % menos que la dosis de la pauta, %3 mg por inyección. Compruebe la dosis: registre otra cantidad solo si es la que se puso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg per injection is %2 mg/kg per day at %3 kg, above the labelled maximum of %4 mg/kg per day.</source>
        <translation>%1 mg por inyección son %2 mg/kg al día con %3 kg, por encima del máximo del prospecto de %4 mg/kg al día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis.</source>
        <translation>%1 mg al día superan la dosis del prospecto de %2 mg al día para la artritis reumatoide.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The dose is %1 mg/kg per day but no weight is recorded on or before this day; add a weight first.</source>
        <translation>La dosis es de %1 mg/kg al día pero no hay ningún peso registrado ese día ni antes; añada primero un peso.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 mg/kg per day is prescribed, above the labelled maximum of %2 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>Se han prescrito %1 mg/kg al día, por encima del máximo del prospecto de %2 mg/kg al día. Compruebe la prescripción con el médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg per day is %2 mg/kg per day, above the labelled maximum of %3 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>%1 mg al día son %2 mg/kg al día, por encima del máximo del prospecto de %3 mg/kg al día. Compruebe la prescripción con el médico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis. Check the prescription with the doctor.</source>
        <translation>%1 mg al día superan la dosis del prospecto de %2 mg al día para la artritis reumatoide. Compruebe la prescripción con el médico.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg (%2 mL) cannot be measured with marks every %3 mg: the nearest mark, %4 mg, is more than %5 % away. Ask the care team which syringe to measure this dose with, and set that syringe&apos;s step in the regimen (a 1 mL syringe marked every 0.01 mL measures 1.5 mg steps).</source>
        <translation>%1 mg (%2 mL) no se pueden medir con marcas cada %3 mg: la marca más cercana, %4 mg, está a más del %5 %. Pregunte al equipo médico con qué jeringa medir esta dosis, e indique el paso de esa jeringa en la pauta (una jeringa de 1 mL con marcas cada 0,01 mL mide en pasos de 1,5 mg).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg is below the smallest dose the syringe can measure (%2 mg). Ask the pharmacist how to draw it up.</source>
        <translation>%1 mg está por debajo de la dosis mínima que puede medir la jeringa (%2 mg). Pregunte al farmacéutico cómo cargarla.</translation>
    </message>
</context>
<context>
    <name>DoseFlags</name>
    <message>
        <location filename="../core/regimen/DoseFlags.cpp" line="+18"/>
        <source>The latest weight was measured %1 days ago; weigh again (every %2 days or sooner) so that the dose follows the weight.</source>
        <translation>El último peso se midió hace %1 días; vuelva a pesar (cada %2 días o antes) para que la dosis siga al peso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The weight changed by %1 % since the regimen was set (%2 kg → %3 kg). Ask the doctor whether the dose should change.</source>
        <translation>El peso ha cambiado un %1 % desde que se estableció la pauta (%2 kg → %3 kg). Pregunte al médico si debe cambiar la dosis.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dose changes by %1 mg/kg/day (%2 → %3); the label adjusts in steps of 0.5–1 mg/kg. Check the prescription with the doctor.</source>
        <translation>La dosis cambia %1 mg/kg/día (%2 → %3); el prospecto ajusta en pasos de 0,5–1 mg/kg. Compruebe la prescripción con el médico.</translation>
    </message>
</context>
<context>
    <name>EditInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-29"/>
        <source>Change injection</source>
        <translation>Cambiar inyección</translation>
    </message>
</context>
<context>
    <name>EndHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+60"/>
        <source>Mark as ended</source>
        <translation>Marcar como terminado</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="-248"/>
        <location line="+178"/>
        <source>--from %1 is after --to %2; the first day must come before the last.</source>
        <translation>--from %1 es posterior a --to %2; el primer día debe ir antes que el último.</translation>
    </message>
    <message numerus="yes">
        <location line="-159"/>
        <source>Wrote %n repeating event(s) for %1 to %2.</source>
        <translation>
            <numerusform>Escrito %n evento periódico para %1 en %2.</numerusform>
            <numerusform>Escritos %n eventos periódicos para %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose falls between the dates given; the calendar is empty.</source>
        <translation>Ninguna dosis cae entre las fechas indicadas; el calendario está vacío.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every patient</source>
        <translation>todos los pacientes</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n CSV file(s) for %1 to %2 (%3 rows).</source>
        <translation>
            <numerusform>Escrito %n archivo CSV para %1 en %2 (%3 filas).</numerusform>
            <numerusform>Escritos %n archivos CSV para %1 en %2 (%3 filas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) for %1 to %2.</source>
        <translation>
            <numerusform>Escrito un Bundle FHIR R4 de %n recurso para %1 en %2.</numerusform>
            <numerusform>Escrito un Bundle FHIR R4 de %n recursos para %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make the PDF: %1 is missing; it draws the report and is installed beside shotbook-cli.</source>
        <translation>No se puede crear el PDF: falta %1; es el programa que dibuja el informe y se instala junto a shotbook-cli.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make the PDF: %1 stopped (%2).</source>
        <translation>No se puede crear el PDF: %1 se detuvo (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot make the PDF: %1</source>
        <translation>No se puede crear el PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote a report of %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>Se ha escrito un informe de %n página para %1 en %2.</numerusform>
            <numerusform>Se ha escrito un informe de %n páginas para %1 en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <location filename="../core/exchange/FhirBundle.cpp" line="+172"/>
        <source>%1 mg a day</source>
        <translation>%1 mg al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg/kg a day</source>
        <translation>%1 mg/kg al día</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n dose(s)</source>
        <translation>
            <numerusform>en %n dosis</numerusform>
            <numerusform>en %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every other day</source>
        <translation>en días alternos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcutaneous</source>
        <translation>subcutánea</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prescribed by %1.</source>
        <translation>Prescrito por %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Missed dose: no injection was logged for the dose due at this time</source>
        <translation>Dosis olvidada: no se registró ninguna inyección para la dosis prevista a esta hora</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../core/exchange/FhirExport.cpp" line="+23"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>El primer día %1 es posterior al último día %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunCommand</name>
    <message>
        <location filename="../ui/firstrun/FirstRunCommand.cpp" line="+13"/>
        <source>Set up %1</source>
        <translation>Configurar %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>redo of receiving</source>
        <translation>rehacer la recepción</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of receiving</source>
        <translation>deshacer la recepción</translation>
    </message>
</context>
<context>
    <name>HealthRecordService</name>
    <message>
        <location filename="../core/diary/HealthRecordService.cpp" line="+34"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 date %2 is in the future.</source>
        <translation>La fecha de %1 %2 está en el futuro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe the side effect in 1 to 200 characters.</source>
        <translation>Describa el efecto adverso en 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity &quot;%1&quot; is not one of: %2.</source>
        <translation>La gravedad «%1» no es una de: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The onset %1 is after the resolved date %2.</source>
        <translation>El inicio %1 es posterior a la fecha de resolución %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown catalogue term &quot;%1&quot;.</source>
        <translation>Término del catálogo desconocido «%1».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now (%2). Check whether it is: if so, get medical help now and record it as a red flag.</source>
        <translation>«%1» puede ser una de las señales de que se necesita ayuda médica inmediata (%2). Compruebe si lo es: en ese caso, busque ayuda médica inmediatamente y regístrelo como señal de alarma.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no side effect with id %1.</source>
        <translation>No hay ningún efecto adverso con el id %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Describe the infection in 1 to 200 characters.</source>
        <translation>Describa la infección en 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infection cannot end before it started.</source>
        <translation>La infección no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about this infection.</source>
        <translation>Anakinra aumenta el riesgo de infecciones graves: informe a su médico de esta infección.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The medicine&apos;s name must have 1 to 200 characters.</source>
        <translation>El nombre del medicamento debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A medicine cannot stop before it started.</source>
        <translation>Un medicamento no puede dejarse antes de empezar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>side effect</source>
        <translation>efecto adverso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infection</source>
        <translation>infección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blood test</source>
        <translation>análisis de sangre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún %1 con el id %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A blood test has no end; record a new one instead.</source>
        <translation>Un análisis de sangre no tiene fin; registre uno nuevo en su lugar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end date %1 is in the future; a record ends on a day that has come.</source>
        <translation>La fecha de fin %1 está en el futuro; un registro termina en un día que ya ha llegado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 began on %3: it cannot end on %4, before that.</source>
        <translation>El %1 %2 empezó el %3: no puede terminar el %4, antes de esa fecha.</translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <location filename="../core/exchange/ICalendarExport.cpp" line="+142"/>
        <source>Shotbook — %1</source>
        <translation>Shotbook — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Anakinra dose — %1 (%2 mg/kg/day)</source>
        <translation>Dosis de anakinra — %1 (%2 mg/kg/día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose is %1 mg/kg per day, worked out from the latest weight: Shotbook shows the amount to measure.</source>
        <translation>La dosis es de %1 mg/kg al día, calculada a partir del último peso: Shotbook muestra la cantidad que se debe medir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anakinra dose — %1 (%2 mg)</source>
        <translation>Dosis de anakinra — %1 (%2 mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per injection (%2 mL at 150 mg/mL).</source>
        <translation>%1 mg por inyección (%2 mL a 150 mg/mL).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/exchange/ImportColumns.cpp" line="+105"/>
        <source>column %1 (no name)</source>
        <translation>columna %1 (sin nombre)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the dose must be given in mg; this column holds another unit. Convert it to mg (100 mg = 0.67 mL) in a column named &quot;dose_mg&quot;.</source>
        <translation>la dosis debe darse en mg; esta columna contiene otra unidad. Conviértala a mg (100 mg = 0,67 mL) en una columna llamada «dose_mg».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 &quot;%2&quot; holds the same as column %3 &quot;%4&quot; (%5); keep one of them.</source>
        <translation>la columna %1 «%2» contiene lo mismo que la columna %3 «%4» (%5); conserve solo una.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the time is given twice (a date-and-time column and a date or time column); keep one of them.</source>
        <translation>la hora se da dos veces (una columna de fecha y hora y otra de fecha u hora); conserve solo una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date/time</source>
        <translation>fecha/hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column for when each injection was given; name it &quot;at&quot; (YYYY-MM-DDTHH:MM, optionally with an offset), or &quot;date&quot; and &quot;time&quot;.</source>
        <translation>no hay ninguna columna con el momento de cada inyección; llámela «at» (AAAA-MM-DDTHH:MM, opcionalmente con un desfase), o «date» y «time».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is a date column but no time column; the time of each injection is needed.</source>
        <translation>hay una columna de fecha pero no una de hora; se necesita la hora de cada inyección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose_mg</source>
        <translation>dose_mg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the dose in mg; name it &quot;dose_mg&quot;, &quot;dose&quot;, &quot;dose (mg)&quot; or &quot;amount&quot;.</source>
        <translation>no hay ninguna columna para la dosis en mg; llámela «dose_mg», «dose», «dose (mg)» o «amount».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the injection site; name it &quot;site&quot;, &quot;location&quot; or &quot;injection site&quot;.</source>
        <translation>no hay ninguna columna para el lugar de inyección; llámela «site», «location» o «injection site».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spot_x and spot_y go together; give both or neither.</source>
        <translation>spot_x y spot_y van juntos; indique los dos o ninguno.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="-20"/>
        <source>Imported %n injection(s) from %1.</source>
        <translation>
            <numerusform>Importada %n inyección desde %1.</numerusform>
            <numerusform>Importadas %n inyecciones desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are history: no syringes were taken from stock.</source>
        <translation>Son historial: no se han descontado jeringas de las existencias.</translation>
    </message>
</context>
<context>
    <name>ImportedRow</name>
    <message>
        <location filename="../core/exchange/ImportedRow.cpp" line="+60"/>
        <source>the row has %1 fields, the header has %2; a field with a comma must be quoted</source>
        <translation>la fila tiene %1 campos y la cabecera %2; un campo con una coma debe ir entre comillas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date and time</source>
        <translation>no hay fecha ni hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date and time that exists; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00</source>
        <translation>«%1» no es una fecha y hora que exista; escríbala como AAAA-MM-DDTHH:MM[:SS], opcionalmente con Z o un desfase como +01:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date</source>
        <translation>no hay fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists; write it as YYYY-MM-DD</source>
        <translation>«%1» no es una fecha que exista; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no time</source>
        <translation>no hay hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time; write it as HH:MM (24 hours)</source>
        <translation>«%1» no es una hora; escríbala como HH:MM (24 horas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 does not exist in local time (a clock change skips it)</source>
        <translation>%1 %2 no existe en la hora local (un cambio de hora se la salta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no dose</source>
        <translation>no hay dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a dose in mg; write a number with . as the decimal mark, e.g. 100 or 37.5</source>
        <translation>«%1» no es una dosis en mg; escriba un número con . como separador decimal, p. ej. 100 o 37.5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no injection site</source>
        <translation>no hay lugar de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown site &quot;%1&quot;; use a zone id (%2) or words such as &quot;left thigh&quot; or &quot;abdomen lower right&quot;</source>
        <translation>lugar desconocido «%1»; use un identificador de zona (%2) o palabras como «left thigh» o «abdomen lower right»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the spot within the zone is two fractions from 0 to 1</source>
        <translation>el punto dentro de la zona son dos fracciones de 0 a 1</translation>
    </message>
</context>
<context>
    <name>Indications</name>
    <message>
        <location filename="../ui/regimen/Indications.cpp" line="+8"/>
        <source>Rheumatoid arthritis</source>
        <translation>Artritis reumatoide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPS</source>
        <translation>CAPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOMID</source>
        <translation>NOMID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIRA</source>
        <translation>DIRA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usually a fixed dose of 100 mg once a day.</source>
        <translation>Normalmente una dosis fija de 100 mg una vez al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryopyrin-associated periodic syndromes: a dose by weight (mg/kg).</source>
        <translation>Síndromes periódicos asociados a la criopirina: una dosis según el peso (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neonatal-onset multisystem inflammatory disease, a severe form of CAPS: a dose by weight (mg/kg), sometimes split in two.</source>
        <translation>Enfermedad inflamatoria multisistémica de inicio neonatal, una forma grave de CAPS: una dosis según el peso (mg/kg), a veces dividida en dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deficiency of the interleukin-1 receptor antagonist: a dose by weight (mg/kg).</source>
        <translation>Deficiencia del antagonista del receptor de la interleucina-1: una dosis según el peso (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything else your doctor prescribed it for.</source>
        <translation>Cualquier otra cosa para la que su médico lo haya recetado.</translation>
    </message>
</context>
<context>
    <name>InjectionCommands</name>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="-194"/>
        <source>--spot: &quot;%1&quot; is not X,Y (fractions of the zone from 0 to 1, e.g. 0.3,0.6).</source>
        <translation>--spot: «%1» no es X,Y (fracciones de la zona de 0 a 1, p. ej. 0.3,0.6).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add --force if it really was given.</source>
        <translation>Añada --force si de verdad se puso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged %1 mg in %2 at %3 (id %4).</source>
        <translation>Registrados %1 mg en %2 a las %3 (id %4).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No injections in this period.</source>
        <translation>No hay inyecciones en este periodo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2: %3 of %4 doses taken (%5), %6 missed, %7 extra; %8 day(s) in a row complete.</source>
        <translation>Del %1 al %2: %3 de %4 dosis puestas (%5), %6 olvidadas, %7 extra; %8 día(s) completo(s) seguido(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing due yet</source>
        <translation>aún no había nada previsto</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="-28"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 es posterior a --to %2.</translation>
    </message>
</context>
<context>
    <name>InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="+88"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>%1: %n problema; no se ha importado nada. Corrija el archivo e impórtelo de nuevo.</numerusform>
            <numerusform>%1: %n problemas; no se ha importado nada. Corrija el archivo e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… y %n problema más no listado</numerusform>
            <numerusform>… y %n problemas más no listados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 está vacío; no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read %1 again: %2</source>
        <translation>No se puede volver a leer %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>another injection is logged at this very time (%1, %2 mg); this row says %3, %4 mg. Correct or remove one of them first.</source>
        <translation>hay otra inyección registrada exactamente a esta hora (%1, %2 mg); esta fila dice %3, %4 mg. Corrija o elimine una de ellas primero.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; was read as %2: Shotbook splits that area into an upper and a lower zone, and the file does not say which.</source>
        <translation>«%1» se leyó como %2: Shotbook divide esa zona en una parte superior y otra inferior, y el archivo no dice cuál.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not read: %1.</source>
        <translation>Columnas no leídas: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) were already in the log and were not imported again.</source>
        <translation>
            <numerusform>%n fila ya estaba en el registro y no se ha importado de nuevo.</numerusform>
            <numerusform>%n filas ya estaban en el registro y no se han importado de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the patient(s) the file names: %1.</source>
        <translation>Añadidos los pacientes que nombra el archivo: %1.</translation>
    </message>
</context>
<context>
    <name>InjectionLog</name>
    <message>
        <location filename="../core/injections/InjectionLog.cpp" line="+106"/>
        <source>No dose was given and no regimen is in force on %1. Give the dose in mg.</source>
        <translation>No se indicó ninguna dosis y no hay ninguna pauta vigente el %1. Indique la dosis en mg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was given and none follows from the regimen (%1). Give the dose in mg.</source>
        <translation>No se indicó ninguna dosis y la pauta no da ninguna (%1). Indique la dosis en mg.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The dose due %1 was already logged: %2 mg at %3%4. A second dose for the same slot is refused; never double up.</source>
        <translation>La dosis prevista %1 ya se registró: %2 mg a las %3%4. Se rechaza una segunda dosis para la misma toma; no se ponga nunca una dosis doble.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The last dose was logged at %1, %2 before this one.</source>
        <translation>La última dosis se registró a las %1, %2 antes que esta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another dose is logged at %1, %2 after this one.</source>
        <translation>Hay otra dosis registrada a las %1, %2 después de esta.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Doses must be at least %n hour(s) apart (half the time between doses); never double up.</source>
        <translation>
            <numerusform>Entre dosis debe haber al menos %n hora (la mitad del intervalo entre dosis); no se ponga nunca una dosis doble.</numerusform>
            <numerusform>Entre dosis debe haber al menos %n horas (la mitad del intervalo entre dosis); no se ponga nunca una dosis doble.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next dose is due %1.</source>
        <translation>La dosis siguiente está prevista %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was due around this time; it is logged as an extra dose.</source>
        <translation>No había ninguna dosis prevista hacia esta hora; se registra como dosis extra.</translation>
    </message>
</context>
<context>
    <name>InjectionRules</name>
    <message>
        <location filename="../core/injections/InjectionRules.cpp" line="+17"/>
        <source>The dose %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>La dosis de %1 mg está fuera de rango; debe ser mayor que 0 y como máximo %2 mg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Lugar desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The injection has no valid time.</source>
        <translation>La inyección no tiene una hora válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time %1 is more than 24 hours in the future; log an injection when it has been given.</source>
        <translation>La hora %1 está más de 24 horas en el futuro; registre una inyección cuando se haya puesto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is before 1990.</source>
        <translation>La hora %1 es anterior a 1990.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Given by&quot; has %1 characters; at most %2 are allowed.</source>
        <translation>«Puesta por» tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation>La nota tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spot within the zone must be given as fractions from 0 to 1.</source>
        <translation>El punto dentro de la zona debe darse en fracciones de 0 a 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lot number must have 1 to 60 characters.</source>
        <translation>El número de lote debe tener de 1 a 60 caracteres.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/diary/Labs.cpp" line="+32"/>
        <source>Neutrophils (ANC)</source>
        <translation>Neutrófilos (RAN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALT (liver)</source>
        <translation>ALT (hígado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AST (liver)</source>
        <translation>AST (hígado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRP (inflammation)</source>
        <translation>PCR (inflamación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatinine clearance (kidneys)</source>
        <translation>Aclaramiento de creatinina (riñones)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown analyte &quot;%1&quot;; use one of: %2.</source>
        <translation>Análisis desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 %3 is out of range; it must be from 0 to %4 %3.</source>
        <translation>%1 = %2 %3 está fuera de rango; debe ser de 0 a %4 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neutrophils %1 × 10⁹/L are below %2: the risk of infection is higher. Tell your doctor before the next injection.</source>
        <translation>Neutrófilos %1 × 10⁹/L, por debajo de %2: el riesgo de infección es mayor. Informe a su médico antes de la próxima inyección.</translation>
    </message>
</context>
<context>
    <name>LogInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-31"/>
        <source>Log injection (%1)</source>
        <translation>Registrar inyección (%1)</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="-21"/>
        <source>%1: no problems found.</source>
        <translation>%1: no se han encontrado problemas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: se ha encontrado %n problema:</numerusform>
            <numerusform>%1: se han encontrado %n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/diary/Measures.cpp" line="+56"/>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness (0–10)</source>
        <translation>Cansancio (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness (minutes)</source>
        <translation>Rigidez matutina (minutos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Overall, how are you? (0 very well – 10 very poorly)</source>
        <translation>En general, ¿cómo se encuentra? (0 muy bien – 10 muy mal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rash</source>
        <translation>Erupción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint pain</source>
        <translation>Dolor articular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red eyes</source>
        <translation>Ojos rojos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell with the disease today</source>
        <translation>Malestar por la enfermedad hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tummy (abdominal) pain</source>
        <translation>Dolor de tripa (abdominal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Náuseas o vómitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes (glands)</source>
        <translation>Ganglios linfáticos dolorosos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle pain</source>
        <translation>Dolor muscular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swollen joints</source>
        <translation>Articulaciones hinchadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness</source>
        <translation>Rigidez matutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient global</source>
        <translation>Valoración global del paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell (overall)</source>
        <translation>Malestar (general)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Dolor abdominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Ganglios linfáticos dolorosos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown measure &quot;%1&quot;; use one of: %2.</source>
        <translation>Medida desconocida «%1»; use una de: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 (no) or 1 (yes)</source>
        <translation>0 (no) o 1 (sí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2%3</source>
        <translation>%1 a %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, whole numbers</source>
        <translation>, números enteros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 is out of range; it must be %3.</source>
        <translation>%1 = %2 está fuera de rango; debe ser %3.</translation>
    </message>
</context>
<context>
    <name>MedicineCatalog</name>
    <message>
        <location filename="../core/diary/MedicineCatalog.cpp" line="+58"/>
        <source>measles, mumps and rubella (MMR)</source>
        <translation>sarampión, paperas y rubéola (triple vírica)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measles, mumps, rubella and varicella (MMRV)</source>
        <translation>sarampión, paperas, rubéola y varicela (tetravírica)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>varicella (chickenpox)</source>
        <translation>varicela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live shingles vaccine</source>
        <translation>vacuna atenuada contra el herpes zóster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow fever</source>
        <translation>fiebre amarilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCG (tuberculosis)</source>
        <translation>BCG (tuberculosis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live nasal influenza</source>
        <translation>gripe atenuada intranasal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral typhoid</source>
        <translation>fiebre tifoidea oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotavirus</source>
        <translation>rotavirus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral polio</source>
        <translation>poliomielitis oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live oral cholera</source>
        <translation>cólera oral atenuada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dengue</source>
        <translation>dengue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live chikungunya</source>
        <translation>chikungunya atenuada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebola (live)</source>
        <translation>ébola (atenuada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallpox (live vaccinia)</source>
        <translation>viruela (vaccinia atenuada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live Japanese encephalitis</source>
        <translation>encefalitis japonesa atenuada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adenovirus types 4 and 7</source>
        <translation>adenovirus tipos 4 y 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a live vaccine</source>
        <translation>una vacuna atenuada</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 is a live vaccine (%2). Live vaccines should not be given during treatment with anakinra: ask your doctor first.</source>
        <translation>%1 es una vacuna atenuada (viva) (%2). No deben ponerse vacunas vivas durante el tratamiento con anakinra: consulte antes a su médico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is a TNF blocker. Taken with anakinra it raises the risk of serious infections and of low white blood cells, and the label advises against using them together: tell your doctor.</source>
        <translation>%1 (%2) es un anti-TNF. Junto con anakinra aumenta el riesgo de infecciones graves y de glóbulos blancos bajos, y el prospecto desaconseja usarlos juntos: informe a su médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) blocks interleukin-1, as anakinra does. Two IL-1 blockers together raise the risk of serious infections and of low white blood cells: tell your doctor.</source>
        <translation>%1 (%2) bloquea la interleucina-1, como anakinra. Dos bloqueantes de la IL-1 juntos aumentan el riesgo de infecciones graves y de glóbulos blancos bajos: informe a su médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is an IL-6 blocker, a biologic that weakens the defence against infections. With anakinra the risk of serious infections and of low white blood cells adds up: tell your doctor.</source>
        <translation>%1 (%2) es un bloqueante de la IL-6, un medicamento biológico que debilita las defensas frente a las infecciones. Con anakinra se suman los riesgos de infecciones graves y de glóbulos blancos bajos: informe a su médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a CD20 antibody, a biologic that removes B cells and weakens the defence against infections. With anakinra the risk of serious infections adds up: tell your doctor.</source>
        <translation>%1 (%2) es un anticuerpo anti-CD20, un medicamento biológico que elimina los linfocitos B y debilita las defensas frente a las infecciones. Con anakinra se suma el riesgo de infecciones graves: informe a su médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a biologic that blocks the activation of T cells. With anakinra it raises the risk of serious infections, and they are not used together: tell your doctor.</source>
        <translation>%1 (%2) es un medicamento biológico que bloquea la activación de los linfocitos T. Con anakinra aumenta el riesgo de infecciones graves, y no se usan juntos: informe a su médico.</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <location filename="../core/exchange/NewFile.cpp" line="+13"/>
        <source>Give the path of the file to write.</source>
        <translation>Indique la ruta del archivo que se escribe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; Shotbook never overwrites a file. Choose another name or remove it first.</source>
        <translation>%1 ya existe; Shotbook nunca sobrescribe un archivo. Elija otro nombre o elimínelo primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was created while writing; Shotbook never overwrites a file.</source>
        <translation>%1 se creó mientras se escribía; Shotbook nunca sobrescribe un archivo.</translation>
    </message>
</context>
<context>
    <name>OfflineInjections</name>
    <message>
        <location filename="../core/injections/OfflineInjections.cpp" line="+109"/>
        <source>An entry of the outbox cannot be read; it is kept in %1.</source>
        <translation>Una entrada de la bandeja de salida no se puede leer; se guarda en %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/storage/Outbox.cpp" line="+57"/>
        <source>Could not create the folder %1 for the outbox.</source>
        <translation>No se pudo crear la carpeta %1 para la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the outbox %1: %2</source>
        <translation>No se puede crear la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the outbox %1: %2</source>
        <translation>No se puede abrir la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Shotbook outbox: %2</source>
        <translation>%1 no es una bandeja de salida de Shotbook: %2</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="-171"/>
        <source>Added patient %1 (id %2).</source>
        <translation>Añadido el paciente %1 (id %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patients yet.</source>
        <translation>Aún no hay pacientes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Renamed patient %1.</source>
        <translation>Cambiado el nombre del paciente %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded %1 kg on %2 for %3.</source>
        <translation>Registrados %1 kg el %2 para %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Removing deletes every record of the patient: name them with --patient ID or --patient NAME.</source>
        <translation>Eliminar borra todos los datos del paciente: indíquelo con --patient ID o --patient NOMBRE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing %1 deletes every record of them; add --yes to confirm.</source>
        <translation>Eliminar a %1 borra todos sus datos; añada --yes para confirmar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed patient %1 and all their records.</source>
        <translation>Eliminado el paciente %1 y todos sus datos.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/patients/PatientRepository.cpp" line="+66"/>
        <source>There is no patient with id %1.</source>
        <translation>No hay ningún paciente con el id %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a patient named &quot;%1&quot;; choose another name so that the two can be told apart.</source>
        <translation>Ya hay un paciente llamado «%1»; elija otro nombre para poder distinguirlos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The weight&apos;s date %1 is in the future.</source>
        <translation>La fecha del peso, %1, está en el futuro.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The weight&apos;s date %1 must be between the date of birth and today.</source>
        <translation>La fecha del peso, %1, debe estar entre la fecha de nacimiento y hoy.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no patient yet; add one with &quot;patient add --name NAME&quot;.</source>
        <translation>Aún no hay ningún paciente; añada uno con «patient add --name NOMBRE».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 patients; name one with --patient ID or --patient NAME.</source>
        <translation>Hay %1 pacientes; indique uno con --patient ID o --patient NOMBRE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no patient &quot;%1&quot;; &quot;patient list&quot; shows them.</source>
        <translation>No hay ningún paciente «%1»; «patient list» los muestra.</translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <location filename="../core/patients/PatientRules.cpp" line="+12"/>
        <source>The patient&apos;s name is empty; enter a name or nickname.</source>
        <translation>El nombre del paciente está vacío; escriba un nombre o apodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre del paciente tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient&apos;s name contains a control character (U+%1); use letters, digits, spaces and punctuation.</source>
        <translation>El nombre del paciente contiene un carácter de control (U+%1); use letras, cifras, espacios y signos de puntuación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date %1 is not allowed; it must be between %2 and today (%3).</source>
        <translation>La fecha de nacimiento %1 no es válida; debe estar entre el %2 y hoy (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weight %1 kg is out of range; it must be from %2 to %3 kg.</source>
        <translation>El peso de %1 kg está fuera de rango; debe ser de %2 a %3 kg.</translation>
    </message>
</context>
<context>
    <name>PatientTitle</name>
    <message>
        <location filename="../ui/common/PatientTitle.cpp" line="+35"/>
        <source>%1 — %2</source>
        <comment>dialog title: action — patient</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for %2</source>
        <comment>dialog heading: action for patient</comment>
        <translation>%1 para %2</translation>
    </message>
</context>
<context>
    <name>ProductSettings</name>
    <message>
        <location filename="../core/storage/ProductSettings.cpp" line="+29"/>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 debe ser de %2 a %3, no %4.</translation>
    </message>
</context>
<context>
    <name>ReactionKinds</name>
    <message>
        <location filename="../core/sites/SiteReaction.cpp" line="+21"/>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itching</source>
        <translation>Picor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruising</source>
        <translation>Moratón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives</source>
        <translation>Urticaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lumps</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Erupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blistering</source>
        <translation>Ampollas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning</source>
        <translation>Escozor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulceration</source>
        <translation>Úlcera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scarring</source>
        <translation>Cicatriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>ReceiveStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="-45"/>
        <source>Receive %1 syringes of lot %2</source>
        <translation>Recibir %1 jeringas del lote %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>redo of receiving</source>
        <translation>rehacer la recepción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo of receiving</source>
        <translation>deshacer la recepción</translation>
    </message>
</context>
<context>
    <name>RecordShare</name>
    <message>
        <location filename="../core/maintenance/RecordShare.cpp" line="+16"/>
        <source>%1 fails its check (%2), so it is not copied; see &quot;shotbook-cli check&quot;, or restore a backup first. Nothing was copied.</source>
        <translation>%1 no supera su comprobación (%2), así que no se copia; vea «shotbook-cli check», o restaure antes una copia de seguridad. No se copió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy on %1 fails its check (%2). Nothing was copied.</source>
        <translation>La copia en %1 no supera su comprobación (%2). No se copió nada.</translation>
    </message>
</context>
<context>
    <name>RegimenCommands</name>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-146"/>
        <source>&quot;regimen set&quot; needs exactly one of --dose-mg MG and --mg-per-kg X (both are amounts per day).</source>
        <translation>«regimen set» necesita exactamente una de las opciones --dose-mg MG y --mg-per-kg X (ambas son cantidades al día).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--times: &quot;%1&quot; is not a time of day; write HH:MM, or HH:MM,HH:MM for two doses.</source>
        <translation>--times: «%1» no es una hora del día; escriba HH:MM, o HH:MM,HH:MM para dos dosis.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 mg/kg per day</source>
        <translation>%1 mg/kg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per day</source>
        <translation>%1 mg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regimen %1 for %2 from %3: %4, %5 dose(s) a day at %6, every %7 day(s).</source>
        <translation>Pauta %1 para %2 desde el %3: %4, %5 dosis al día a las %6, cada %7 día(s).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 mg/kg/day × %2 kg = %3 mg/day</source>
        <translation>%1 mg/kg/día × %2 kg = %3 mg/día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dose(s) of %2 mg (%3 mL), %4 syringe(s) each, every %5 day(s).</source>
        <translation>%1 dosis de %2 mg (%3 mL), %4 jeringa(s) cada una, cada %5 día(s).</translation>
    </message>
</context>
<context>
    <name>RegimenRules</name>
    <message>
        <location filename="../core/regimen/RegimenRules.cpp" line="+35"/>
        <source>The regimen has no start date.</source>
        <translation>La pauta no tiene fecha de inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the dose either in mg per day or in mg/kg per day, not both and not neither.</source>
        <translation>Indique la dosis en mg al día o en mg/kg al día, no en las dos ni en ninguna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dose %1 mg per day is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>La dosis de %1 mg al día está fuera de rango; debe ser mayor que 0 y como máximo %2 mg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dose %1 mg/kg per day is out of range; it must be more than 0 and at most %2 mg/kg.</source>
        <translation>La dosis de %1 mg/kg al día está fuera de rango; debe ser mayor que 0 y como máximo %2 mg/kg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doses per day is %1; it must be 1 or 2.</source>
        <translation>Las dosis al día son %1; deben ser 1 o 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval is every %1 days; it must be every day (1) or every other day (2).</source>
        <translation>El intervalo es cada %1 días; debe ser todos los días (1) o en días alternos (2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every other day is given as one dose; 2 doses per day every other day is not a labelled schedule.</source>
        <translation>En días alternos se pone una sola dosis; 2 dosis al día en días alternos no es una pauta del prospecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course length %1 days is out of range; it must be from 1 to %2 days.</source>
        <translation>La duración de %1 días está fuera de rango; debe ser de 1 a %2 días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measuring step %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>El paso de medida de %1 mg está fuera de rango; debe ser mayor que 0 y como máximo %2 mg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest measurable dose %1 mg is out of range; it must be from 0 to %2 mg.</source>
        <translation>La dosis mínima medible de %1 mg está fuera de rango; debe ser de 0 a %2 mg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indication &quot;%1&quot;; use one of: %2.</source>
        <translation>Indicación desconocida «%1»; use una de: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one time of day per dose: doses per day is %1, times of day given: %2.</source>
        <translation>Indique una hora por dosis: dosis al día %1, horas indicadas: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A time of day is not valid; write it as HH:MM.</source>
        <translation>Una hora del día no es válida; escríbala como HH:MM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two times %1 and %2 are %3 hours apart; twice-daily doses must be at least 4 hours apart on either side of midnight.</source>
        <translation>Las dos horas %1 y %2 están separadas %3 horas; dos dosis al día deben estar separadas al menos 4 horas a ambos lados de la medianoche.</translation>
    </message>
</context>
<context>
    <name>RegimenService</name>
    <message>
        <location filename="../core/regimen/RegimenService.cpp" line="+93"/>
        <source>No regimen is in force on %1; set one first.</source>
        <translation>No hay ninguna pauta vigente el %1; establezca una primero.</translation>
    </message>
</context>
<context>
    <name>RenamePatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+27"/>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/reports/ReportDocument.cpp" line="+162"/>
        <source>Shotbook</source>
        <translation>Shotbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+332"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>%1 · injection report · %2</source>
        <translation>%1 · informe de inyecciones · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1. Shotbook records what was given; it does not prescribe. Doses and changes are for the care team to decide.</source>
        <translation>Generado el %1. Shotbook registra lo que se puso; no prescribe. Las dosis y sus cambios los decide el equipo médico.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no dose due</source>
        <translation>sin dosis previstas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Injection report: %1</source>
        <translation>Informe de inyecciones: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anakinra diary from %1 to %2 (%n day(s)), compared with the %n day(s) before.</source>
        <translation>
            <numerusform>Diario de anakinra del %1 al %2 (%n día), comparado con el día anterior.</numerusform>
            <numerusform>Diario de anakinra del %1 al %2 (%n días), comparado con los %n días anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Age:&lt;/b&gt; %1 (born %2)</source>
        <translation>&lt;b&gt;Edad:&lt;/b&gt; %1 (nacido/a el %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; %1 kg on %2</source>
        <translation>&lt;b&gt;Peso:&lt;/b&gt; %1 kg el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; none recorded</source>
        <translation>&lt;b&gt;Peso:&lt;/b&gt; sin registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Indicación:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+5"/>
        <location line="+251"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no regimen</source>
        <translation>sin pauta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>no diary</source>
        <translation>sin diario</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1, unchanged</source>
        <translation>%1, sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, better</source>
        <translation>%1, mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse</source>
        <translation>%1, peor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity (AIDAI)</source>
        <translation>Actividad (AIDAI)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest labs</source>
        <translation>Últimos análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 flagged</source>
        <translation>%1 fuera de rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in range</source>
        <translation>dentro de rango</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current regimen</source>
        <translation>Pauta actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No regimen in force on %1.</source>
        <translation>No hay ninguna pauta vigente el %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg/kg/day × %2 kg (weighed %3) = %4 mg/day</source>
        <translation>%1 mg/kg/día × %2 kg (pesado el %3) = %4 mg/día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg/day (fixed dose)</source>
        <translation>%1 mg/día (dosis fija)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 mg (%2 mL) per injection, %n injection(s) a day at %3, %4; since %5.</source>
        <translation>
            <numerusform>%1 mg (%2 mL) por inyección, %n inyección al día a las %3, %4; desde el %5.</numerusform>
            <numerusform>%1 mg (%2 mL) por inyección, %n inyecciones al día a las %3, %4; desde el %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every other day</source>
        <translation>en días alternos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 mg/kg/day at the latest weight.</source>
        <translation>Equivale a %1 mg/kg/día con el último peso.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n day(s) before: %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de las dosis previstas puestas (%2 de %3); el %n día anterior: %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de las dosis previstas puestas (%2 de %3); los %n días anteriores: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n extra dose(s) that filled no slot.</source>
        <translation>
            <numerusform>%n dosis extra que no correspondía a ninguna toma.</numerusform>
            <numerusform>%n dosis extra que no correspondían a ninguna toma.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time without a dose: %1 (%2 to %3).</source>
        <translation>Mayor tiempo sin dosis: %1 (del %2 al %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose missed.</source>
        <translation>No se olvidó ninguna dosis.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more (see the injection log).</source>
        <translation>
            <numerusform>y %n más (vea el registro de inyecciones).</numerusform>
            <numerusform>y %n más (vea el registro de inyecciones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Missed (%n):</source>
        <translation>
            <numerusform>Olvidada (%n):</numerusform>
            <numerusform>Olvidadas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disease activity</source>
        <translation>Actividad de la enfermedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AIDAI, mean monthly score (9 or more: active)</source>
        <translation>AIDAI, puntuación media mensual (9 o más: activa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better (%1)</source>
        <translation>mejor (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse (+%1)</source>
        <translation>peor (+%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n día)</numerusform>
            <numerusform>(%n días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>None recorded in the period.</source>
        <translation>No hay ninguno registrado en el periodo.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Side effect</source>
        <translation>Efecto adverso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RED FLAG</source>
        <translation>SEÑAL DE ALARMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>open</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Infections</source>
        <translation>Infecciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor told</source>
        <translation>Médico informado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest blood tests</source>
        <translation>Últimos análisis de sangre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>None recorded.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on</source>
        <translation>Fecha de extracción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next neutrophil count due: %1.</source>
        <translation>Próximo recuento de neutrófilos previsto: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of neutrophil monitoring is complete.</source>
        <translation>El primer año de control de los neutrófilos ha terminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other medicines</source>
        <translation>Otros medicamentos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open site reactions</source>
        <translation>Reacciones en el lugar de inyección activas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2, %3, since %4</source>
        <translation>%1 en %2, %3, desde el %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Injection log</source>
        <translation>Registro de inyecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No injection in the period.</source>
        <translation>Ninguna inyección en el periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Toma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Puesta por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>taken</source>
        <translation>puesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late (%1)</source>
        <translation>tarde (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra</source>
        <translation>extra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No diary entry in the period.</source>
        <translation>Ninguna entrada del diario en el periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 °C</source>
        <translation>%1 %2 °C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2/10</source>
        <translation>%1 %2/10</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/reports/ReportExport.cpp" line="+20"/>
        <source>Injection report for %1, %2 to %3</source>
        <translation>Informe de inyecciones de %1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The database.</source>
        <translation>La base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report to PATH.</source>
        <translation>Escribir el informe en RUTA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s id.</source>
        <translation>El identificador del paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day.</source>
        <translation>Primer día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day.</source>
        <translation>Último día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current time.</source>
        <translation>La hora actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Dejar fuera las notas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf needs --db, --patient and the file.</source>
        <translation>--export-pdf necesita --db, --patient y el archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now: not a date and time: %1</source>
        <translation>--now: no es una fecha y hora: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--patient: not an id: %1</source>
        <translation>--patient: no es un identificador: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: not a date: %1</source>
        <translation>--from: no es una fecha: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to: not a date: %1</source>
        <translation>--to: no es una fecha: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="+42"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1: the pages could not be drawn.</source>
        <translation>No se puede escribir %1: no se pudieron dibujar las páginas.</translation>
    </message>
</context>
<context>
    <name>ResolveReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+22"/>
        <source>Mark reaction cleared</source>
        <translation>Marcar la reacción como desaparecida</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <location filename="../core/sites/Rotation.cpp" line="+61"/>
        <source>%1 is switched off for this patient.</source>
        <translation>%1 está desactivada para este paciente.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was used %n day(s) ago; let a site rest %2 days before using it again.</source>
        <translation>
            <numerusform>%1 se usó hace %n día; deje descansar un lugar %2 días antes de volver a usarlo.</numerusform>
            <numerusform>%1 se usó hace %n días; deje descansar un lugar %2 días antes de volver a usarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a site reaction that has not cleared; choose another site.</source>
        <translation>%1 tiene una reacción en el lugar de inyección que no ha desaparecido; elija otro lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This spot is about %1 cm from the last injection in %2; keep about %3 cm away.</source>
        <translation>Este punto está a unos %1 cm de la última inyección en %2; manténgase a unos %3 cm.</translation>
    </message>
</context>
<context>
    <name>SafetyStops</name>
    <message>
        <location filename="../core/safety/SafetyStops.cpp" line="+56"/>
        <source>%1 (since %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a sign to get medical help now. The label says: stop using anakinra and call your doctor. Log an injection only if a doctor said to go on; mark the side effect resolved when it is over.</source>
        <translation>%1: una señal de que se necesita ayuda médica inmediata. El prospecto dice: deje de usar anakinra y llame a su médico. Registre una inyección solo si un médico le ha dicho que continúe; marque el efecto adverso como resuelto cuando haya pasado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An infection is not over (%1, since %2). Anakinra lowers the body&apos;s defence against infections: tell your doctor before the next injection.</source>
        <translation>Una infección no ha terminado (%1, desde el %2). Anakinra reduce las defensas del organismo frente a las infecciones: informe a su médico antes de la próxima inyección.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest neutrophil count is %1 × 10⁹/L (%2), below %3: tell your doctor before the next injection.</source>
        <translation>El último recuento de neutrófilos es %1 × 10⁹/L (%2), por debajo de %3: informe a su médico antes de la próxima inyección.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A temperature of %1 °C was recorded on %2. With anakinra a fever may be the sign of an infection: tell your doctor.</source>
        <translation>El %2 se registró una temperatura de %1 °C. Con anakinra, la fiebre puede ser señal de una infección: informe a su médico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary notes %1: a sign to get medical help now. %2 Record it as a side effect with the red flag.</source>
        <translation>El diario recoge %1: una señal de que se necesita ayuda médica inmediata. %2 Regístrelo como efecto adverso con la señal de alarma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest creatinine clearance is %1 mL/min (%2), below %3: in severe kidney impairment the label gives anakinra every other day, but this regimen is every day. Ask the doctor.</source>
        <translation>El último aclaramiento de creatinina es %1 mL/min (%2), por debajo de %3: en la insuficiencia renal grave el prospecto indica anakinra en días alternos, pero esta pauta es diaria. Consulte al médico.</translation>
    </message>
</context>
<context>
    <name>SaveDiaryDayCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="-79"/>
        <source>Save diary</source>
        <translation>Guardar diario</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <location filename="../core/storage/ServerLocation.cpp" line="+40"/>
        <source>--db %1 is not a server location (%2). Write it as postgresql://USER@HOST[:PORT]/DBNAME or postgresql:///DBNAME?service=NAME.</source>
        <translation>--db %1 no es una dirección de servidor (%2). Escríbala como postgresql://USUARIO@HOST[:PUERTO]/BASE o postgresql:///BASE?service=NOMBRE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not start with postgresql://</source>
        <translation>no empieza por postgresql://</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--db: a password is never given on the command line, where others could read it. Put it in ~/.pgpass (one line: HOST:PORT:DBNAME:USER:PASSWORD, mode 0600) or in the libpq service file.</source>
        <translation>--db: nunca se da una contraseña en la línea de órdenes, donde otros podrían leerla. Póngala en ~/.pgpass (una línea: HOST:PUERTO:BASE:USUARIO:CONTRASEÑA, modo 0600) o en el archivo de servicios de libpq.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto «%1» no es un número de 1 a 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db: a password is never given on the command line; put it in ~/.pgpass or the libpq service file.</source>
        <translation>--db: nunca se da una contraseña en la línea de órdenes; póngala en ~/.pgpass o en el archivo de servicios de libpq.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>parámetro desconocido «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names no database</source>
        <translation>no indica ninguna base de datos</translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <location filename="../core/storage/ServerUpload.cpp" line="+135"/>
        <source>The server refused a record of table %1: %2. Nothing was copied.</source>
        <translation>El servidor rechazó un registro de la tabla %1: %2. No se copió nada.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The shared record %1 already holds records (in table %2); a local record is copied only into an empty one, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation>El registro compartido %1 ya contiene registros (en la tabla %2); un registro local solo se copia en uno vacío, para que nada se mezcle ni se sobrescriba. No se copió nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table %1 has %2 rows in the file but %3 on the server after the copy. Nothing was copied.</source>
        <translation>La tabla %1 tiene %2 filas en el archivo pero %3 en el servidor tras la copia. No se copió nada.</translation>
    </message>
</context>
<context>
    <name>SetRegimenCommand</name>
    <message>
        <location filename="../ui/regimen/RegimenCommands.cpp" line="+9"/>
        <source>Set regimen</source>
        <translation>Establecer pauta</translation>
    </message>
</context>
<context>
    <name>SetZonesEnabledCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="-53"/>
        <source>Switch on %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off %1</source>
        <translation>Desactivar %1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../core/storage/SettingsService.cpp" line="+31"/>
        <source>Low-stock alert</source>
        <translation>Aviso de existencias bajas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry warning</source>
        <translation>Aviso de caducidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time allowed out of the fridge</source>
        <translation>Tiempo permitido fuera de la nevera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding tolerance</source>
        <translation>Tolerancia de redondeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest period of a zone</source>
        <translation>Periodo de descanso de una zona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be from %2 to %3 %4, not %5.</source>
        <translation>%1 debe ser de %2 a %3 %4, no %5.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no setting named &quot;%1&quot;.</source>
        <translation>No hay ningún ajuste llamado «%1».</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="-50"/>
        <source>--from: &quot;%1&quot; is a server; share copies a local file onto a server (--to).</source>
        <translation>--from: «%1» es un servidor; share copia un archivo local a un servidor (--to).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to: &quot;%1&quot; is not a shared record; name one as postgresql://USER@HOST[:PORT]/DBNAME (&quot;backup --out&quot; copies to a file).</source>
        <translation>--to: «%1» no es un registro compartido; indique uno como postgresql://USUARIO@HOST[:PUERTO]/BASE («backup --out» copia a un archivo).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copied %1 to the shared record %2: %n patient(s), </source>
        <translation>
            <numerusform>%1 copiado al registro compartido %2: %n paciente, </numerusform>
            <numerusform>%1 copiado al registro compartido %2: %n pacientes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s); the copy passed its check.</source>
        <translation>
            <numerusform>%n inyección; la copia superó su comprobación.</numerusform>
            <numerusform>%n inyecciones; la copia superó su comprobación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on open the shared record (--db %1, or File &gt; Connect to a Shared Record… in Shotbook) and no longer the file, which was left as it was.</source>
        <translation>A partir de ahora abra el registro compartido (--db %1, o Archivo &gt; Conectar a un registro compartido… en Shotbook) y ya no el archivo, que quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>SideEffectCatalog</name>
    <message>
        <location filename="../core/diary/SideEffectCatalog.cpp" line="+61"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection-site reaction</source>
        <translation>Reacción en el lugar de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint pain</source>
        <translation>Dolor articular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common cold</source>
        <translation>Resfriado común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Erupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction (hypersensitivity)</source>
        <translation>Reacción alérgica (hipersensibilidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angioedema</source>
        <translation>Angioedema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised liver enzymes</source>
        <translation>Enzimas hepáticas elevadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low neutrophils</source>
        <translation>Neutrófilos bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low platelets</source>
        <translation>Plaquetas bajas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaphylaxis (severe allergic reaction)</source>
        <translation>Anafilaxia (reacción alérgica grave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble breathing</source>
        <translation>Dificultad para respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling of the face, lips, throat, legs or feet</source>
        <translation>Hinchazón de la cara, los labios, la garganta, las piernas o los pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives or extreme itching</source>
        <translation>Urticaria o picor intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of a serious infection</source>
        <translation>Signos de una infección grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual bruising or bleeding</source>
        <translation>Moratones o sangrado inusuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme tiredness or weakness</source>
        <translation>Cansancio o debilidad extremos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get medical help now.</source>
        <translation>Busque ayuda médica inmediatamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop using anakinra and call your doctor. For a severe allergic reaction (anaphylaxis), swelling of the throat or trouble breathing, call the emergency number.</source>
        <translation>Deje de usar anakinra y llame a su médico. En caso de reacción alérgica grave (anafilaxia), hinchazón de la garganta o dificultad para respirar, llame al número de emergencias.</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-234"/>
        <source>Every zone is switched off or has an open site reaction.</source>
        <translation>Todas las zonas están desactivadas o tienen una reacción abierta en el lugar de inyección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone can be suggested: every zone is switched off or has an open site reaction.</source>
        <translation>No se puede sugerir ninguna zona: todas están desactivadas o tienen una reacción abierta en el lugar de inyección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next site: %1 (%2), last used %3.</source>
        <translation>Lugar siguiente: %1 (%2), último uso %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next site: %1 (%2), never used.</source>
        <translation>Lugar siguiente: %1 (%2), nunca usado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A zone rests %1 days after an injection.</source>
        <translation>Una zona descansa %1 días tras una inyección.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recorded %1 at %2 (id %3).</source>
        <translation>Registrado %1 a las %2 (id %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a reaction id.</source>
        <translation>«%1» no es un identificador de reacción.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaction %1 marked as cleared.</source>
        <translation>Reacción %1 marcada como desaparecida.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switched on: %1.</source>
        <translation>Activadas: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switched off: %1.</source>
        <translation>Desactivadas: %1.</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <location filename="../core/sites/SiteService.cpp" line="+215"/>
        <source>Name at least one zone.</source>
        <translation>Indique al menos una zona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Lugar desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown reaction &quot;%1&quot;; use one of: %2.</source>
        <translation>Reacción desconocida «%1»; use una de: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity %1 is out of range; it must be 1 (mild), 2 (moderate) or 3 (severe).</source>
        <translation>La gravedad %1 está fuera de rango; debe ser 1 (leve), 2 (moderada) o 3 (grave).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reaction&apos;s start %1 is in the future.</source>
        <translation>El inicio de la reacción, %1, está en el futuro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reaction cannot clear before it started.</source>
        <translation>Una reacción no puede desaparecer antes de empezar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note has more than 2000 characters.</source>
        <translation>La nota tiene más de 2000 caracteres.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no site reaction with id %1.</source>
        <translation>No hay ninguna reacción en el lugar de inyección con el id %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site reaction %1 already cleared on %2.</source>
        <translation>La reacción en el lugar de inyección %1 ya desapareció el %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reaction cannot clear (%1) before it started (%2).</source>
        <translation>Una reacción no puede desaparecer (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is in the future.</source>
        <translation>La hora %1 está en el futuro.</translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-194"/>
        <source>Received %1 syringes of lot %2 (expires %3); %4 in this lot.</source>
        <translation>Recibidas %1 jeringas del lote %2 (caducidad %3); %4 en este lote.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot %1 has already expired.</source>
        <translation>El lote %1 ya ha caducado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No stock recorded.</source>
        <translation>No hay existencias registradas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discarded %1 syringe(s) of lot %2.</source>
        <translation>Desechadas %1 jeringa(s) del lote %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Out of the fridge: use within the allowed time at up to 25 °C, and do not put it back.</source>
        <translation>Fuera de la nevera: úsela en el tiempo permitido, a 25 °C como máximo, y no la vuelva a meter en la nevera.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 usable syringe(s) in stock.</source>
        <translation>%1 jeringa(s) utilizable(s) en existencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1 a day they last %2 days, until %3.</source>
        <translation>A %1 al día duran %2 días, hasta el %3.</translation>
    </message>
</context>
<context>
    <name>StockForecaster</name>
    <message>
        <location filename="../core/stock/StockForecast.cpp" line="+62"/>
        <source>Lot %1 expired on %2: %3 syringe(s) to discard.</source>
        <translation>El lote %1 caducó el %2: %3 jeringa(s) que desechar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 syringe(s) of lot %2 have been out of the fridge more than %3 hours: do not use them, discard them.</source>
        <translation>%1 jeringa(s) del lote %2 llevan más de %3 horas fuera de la nevera: no las use, deséchelas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot %1 expires on %2.</source>
        <translation>El lote %1 caduca el %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lot %1 expires on %2, before it can be used up: about %3 syringe(s) will be left over.</source>
        <translation>El lote %1 caduca el %2, antes de que se pueda gastar: sobrarán unas %3 jeringa(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No usable syringes are in stock.</source>
        <translation>No hay jeringas utilizables en existencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syringes for about %1 day(s) left; reorder now.</source>
        <translation>Quedan jeringas para unos %1 día(s); pida más ahora.</translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <location filename="../core/stock/StockRules.cpp" line="+18"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudy, discoloured or with particles</source>
        <translation>Turbia, con cambio de color o con partículas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped or damaged</source>
        <translation>Caída o dañada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long at room temperature</source>
        <translation>Demasiado tiempo a temperatura ambiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lot number must have 1 to 60 characters (it is printed on the carton and the syringe).</source>
        <translation>El número de lote debe tener de 1 a 60 caracteres (está impreso en la caja y en la jeringa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count %1 is out of range; it must be from 1 to %2 syringes.</source>
        <translation>El número %1 está fuera de rango; debe ser de 1 a %2 jeringas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expiry and received dates are needed.</source>
        <translation>Se necesitan las fechas de caducidad y de recepción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The received date %1 is in the future.</source>
        <translation>La fecha de recepción %1 está en el futuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry date %1 is before the received date %2; check the carton.</source>
        <translation>La fecha de caducidad %1 es anterior a la fecha de recepción %2; revise la caja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown reason &quot;%1&quot;; use one of: %2.</source>
        <translation>Motivo desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot discard %1 syringes of lot %2: %3 remain.</source>
        <translation>No se pueden desechar %1 jeringas del lote %2: quedan %3.</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/stock/StockService.cpp" line="+42"/>
        <source>There is no lot &quot;%1&quot; in stock; &quot;stock list&quot; shows the lots.</source>
        <translation>No hay ningún lote «%1» en existencias; «stock list» muestra los lotes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lot %1 is already in stock with the expiry date %2, not %3; check the carton.</source>
        <translation>El lote %1 ya está en existencias con la fecha de caducidad %2, no %3; revise la caja.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot take %1 syringes of lot %2 out of the fridge: %3 are in it.</source>
        <translation>No se pueden sacar %1 jeringas del lote %2 de la nevera: hay %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time %1 is in the future.</source>
        <translation>La hora %1 está en el futuro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change lot %1 by %2: %3 remain.</source>
        <translation>No se puede cambiar el lote %1 en %2: quedan %3.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Out of the fridge too long; discarded when an injection was logged.</source>
        <translation>Demasiado tiempo fuera de la nevera; desechada al registrar una inyección.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no lot &quot;%1&quot; in stock; receive it first or leave the lot out.</source>
        <translation>No hay ningún lote «%1» en existencias; regístrelo primero como recibido o no indique el lote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lot %1 expired on %2. Do not use an expired syringe.</source>
        <translation>El lote %1 caducó el %2. No use una jeringa caducada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No usable syringe is recorded in stock; the injection is logged without one. Receive stock to keep count.</source>
        <translation>No hay ninguna jeringa utilizable registrada en existencias; la inyección se registra sin ella. Registre las recepciones para llevar la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 syringes needed were in stock.</source>
        <translation>Solo había en existencias %1 de las %2 jeringas necesarias.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n syringe(s) used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</source>
        <translation>
            <numerusform>%n jeringa usada para esta inyección había estado fuera de la nevera más de %1 horas. Informe a su farmacéutico o a su médico; deseche las demás que hayan estado fuera tanto tiempo.</numerusform>
            <numerusform>%n jeringas usadas para esta inyección habían estado fuera de la nevera más de %1 horas. Informe a su farmacéutico o a su médico; deseche las demás que hayan estado fuera tanto tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n syringe(s) have been out of the fridge longer than %1 hours: do not inject them, discard them. This injection was counted from another syringe.</source>
        <translation>
            <numerusform>%n jeringa lleva fuera de la nevera más de %1 horas: no la inyecte, deséchela. Esta inyección se ha descontado de otra jeringa.</numerusform>
            <numerusform>%n jeringas llevan fuera de la nevera más de %1 horas: no las inyecte, deséchelas. Esta inyección se ha descontado de otra jeringa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n syringe(s) of this injection are no longer in stock.</source>
        <translation>
            <numerusform>%n jeringa de esta inyección ya no está en existencias.</numerusform>
            <numerusform>%n jeringas de esta inyección ya no están en existencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOutOfFridgeCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+26"/>
        <source>Take %1 syringes of lot %2 out of the fridge</source>
        <translation>Sacar %1 jeringas del lote %2 de la nevera</translation>
    </message>
</context>
<context>
    <name>TimeAxisLabels</name>
    <message>
        <location filename="../ui/charts/TimeAxisLabels.cpp" line="+19"/>
        <source>d MMM yyyy</source>
        <extracomment>A day on a chart&apos;s time axis; reorder for your language (&quot;MMM d&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <extracomment>A month and its year on a chart&apos;s time axis, e.g. &quot;Jan 2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/common/TimeText.cpp" line="+17"/>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) old</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCommands</name>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-31"/>
        <source>Today for %1:</source>
        <translation>Hoy para %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET MEDICAL HELP NOW: %1</source>
        <translation>BUSQUE AYUDA MÉDICA INMEDIATAMENTE: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose: %1 mg (%2 mL).</source>
        <translation>Dosis: %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested site: %1.</source>
        <translation>Lugar sugerido: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(red flag open: get medical help now)</source>
        <translation>(señal de alarma abierta: busque ayuda médica inmediatamente)</translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <location filename="../core/today/TodaySummary.cpp" line="+46"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute(s) apart. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>
            <numerusform>Dosis doble: %1 mg a las %2%3 y %4 mg a las %5%6, con %n minuto de diferencia. Pida consejo al médico o al farmacéutico antes de la próxima dosis.</numerusform>
            <numerusform>Dosis doble: %1 mg a las %2%3 y %4 mg a las %5%6, con %n minutos de diferencia. Pida consejo al médico o al farmacéutico antes de la próxima dosis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A neutrophil blood count was due on %1.</source>
        <translation>Había un recuento de neutrófilos previsto el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neutrophil blood count is due on %1.</source>
        <translation>Hay un recuento de neutrófilos previsto el %1.</translation>
    </message>
</context>
<context>
    <name>WeightUnit</name>
    <message>
        <location filename="../ui/common/WeightUnit.h" line="+22"/>
        <source> lb</source>
        <translation> lb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
</context>
<context>
    <name>ZoneDescription</name>
    <message>
        <location filename="../ui/sites/ZoneDescription.cpp" line="+19"/>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched off for this patient.</source>
        <translation>Desactivada para este paciente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last used: %1</source>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation>Nunca usada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) here</source>
        <translation>
            <numerusform>%n inyección aquí</numerusform>
            <numerusform>%n inyecciones aquí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open reaction: %1</source>
        <translation>Reacción abierta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested next site</source>
        <translation>Lugar siguiente sugerido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last used %1</source>
        <translation>último uso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never used</source>
        <translation>nunca usada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s)</source>
        <translation>
            <numerusform>%n inyección</numerusform>
            <numerusform>%n inyecciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open reaction: %1</source>
        <translation>reacción abierta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suggested next</source>
        <translation>sugerida a continuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selected</source>
        <translation>seleccionada</translation>
    </message>
</context>
<context>
    <name>ZoneViewBuilder</name>
    <message>
        <location filename="../ui/sites/ZoneViewBuilder.cpp" line="+45"/>
        <source>today (%1)</source>
        <translation>hoy (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago (%1)</source>
        <translation>
            <numerusform>hace %n día (%1)</numerusform>
            <numerusform>hace %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) desde el %3</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../core/sites/Zones.cpp" line="+26"/>
        <source>Abdomen, upper left</source>
        <translation>Abdomen, arriba a la izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, upper right</source>
        <translation>Abdomen, arriba a la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower left</source>
        <translation>Abdomen, abajo a la izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower right</source>
        <translation>Abdomen, abajo a la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, upper</source>
        <translation>Muslo izquierdo, parte superior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, lower</source>
        <translation>Muslo izquierdo, parte inferior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, upper</source>
        <translation>Muslo derecho, parte superior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, lower</source>
        <translation>Muslo derecho, parte inferior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left arm (back)</source>
        <translation>Brazo izquierdo (parte posterior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right arm (back)</source>
        <translation>Brazo derecho (parte posterior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left buttock (upper outer)</source>
        <translation>Nalga izquierda (cuadrante superior externo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right buttock (upper outer)</source>
        <translation>Nalga derecha (cuadrante superior externo)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+48"/>
        <source>A private diary for daily injections.</source>
        <translation>Un diario privado para inyecciones diarias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file PATH.</source>
        <translation>Abrir el archivo de base de datos RUTA.</translation>
    </message>
</context>
<context>
    <name>shotbook</name>
    <message>
        <location filename="../core/patients/PatientInvariants.cpp" line="+15"/>
        <source>a patient without a name</source>
        <translation>un paciente sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient whose birth date is not a date</source>
        <translation>un paciente cuya fecha de nacimiento no es una fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weight outside %1–%2 kg</source>
        <translation>un peso fuera de %1–%2 kg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a weight whose date is not a date</source>
        <translation>un peso cuya fecha no es una fecha</translation>
    </message>
</context>
<context>
    <name>shotbook::Database</name>
    <message>
        <location filename="../core/storage/ChangeListener.cpp" line="+33"/>
        <source>The database driver cannot tell about changes made elsewhere; the window will not update by itself.</source>
        <translation>El controlador de la base de datos no informa de los cambios hechos en otro lugar; la ventana no se actualizará sola.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot listen for changes on %1; the window will not update by itself.</source>
        <translation>No se pueden seguir los cambios de %1; la ventana no se actualizará sola.</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerSnapshot.cpp" line="+88"/>
        <source>The copy of %1 has a record in table %2 that refers to a missing one; nothing was written.</source>
        <translation>La copia de %1 tiene en la tabla %2 una fila que remite a otra que falta; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="-233"/>
        <source>this row is for &quot;%1&quot;; the import is for &quot;%2&quot; (--patient). Import the rows of each patient separately.</source>
        <translation>esta fila es de «%1»; la importación es para «%2» (--patient). Importe por separado las filas de cada paciente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no patient named; name the patient in the patient column or with --patient</source>
        <translation>no se indica ningún paciente; indíquelo en la columna de paciente o con --patient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no patient &quot;%1&quot;; add the patient first, or import into one with --patient</source>
        <translation>no hay ningún paciente «%1»; añada primero el paciente, o importe en uno con --patient</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionRepository</name>
    <message>
        <location filename="../core/injections/InjectionRepository.cpp" line="+110"/>
        <location line="+26"/>
        <source>There is no injection with id %1.</source>
        <translation>No hay ninguna inyección con el id %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::StockInvariants</name>
    <message>
        <location filename="../core/stock/StockInvariants.cpp" line="+10"/>
        <source>a lot whose remaining count is not received − used − discarded ± adjusted</source>
        <translation>un lote cuyo número restante no es recibidas − usadas − desechadas ± corregidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a lot with more syringes out of the fridge than remain</source>
        <translation>un lote con más jeringas fuera de la nevera de las que quedan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an injection whose lot is not the one its syringes came from</source>
        <translation>una inyección cuyo lote no es del que salieron sus jeringas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a stock movement whose count does not fit its kind (received adds, used and discarded take away, only a use belongs to an injection)</source>
        <translation>un movimiento de existencias cuya cantidad no corresponde a su tipo (las recepciones suman, los usos y los descartes restan, y solo un uso pertenece a una inyección)</translation>
    </message>
</context>
<context>
    <name>shotbook::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+34"/>
        <source>the database file</source>
        <translation>el archivo de base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take this as the current time</source>
        <translation>tomar esto como la hora actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>imprimir un objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown option --%1 for &quot;%2&quot;</source>
        <translation>opción desconocida --%1 para «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 takes no value</source>
        <translation>la opción --%1 no admite valor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --%1 needs a value (%2)</source>
        <translation>la opción --%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 is given twice</source>
        <translation>la opción --%1 se da dos veces</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation>no se ha dado ninguna orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete command &quot;%1&quot;</source>
        <translation>orden incompleta «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation>«%1» necesita --%2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation>«%1» necesita %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>argumento inesperado «%1» para «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]</source>
        <translation>Uso: shotbook-cli [--db RUTA] [--now FECHAHORA] [--json] ORDEN [ARGUMENTOS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exit status: 0 done, 2 usage error, 3 rejected input (nothing written), 4 database or file error, 1 anything else.</source>
        <translation>Estado de salida: 0 hecho, 2 error de uso, 3 entrada rechazada (no se escribe nada), 4 error de base de datos o de archivo, 1 cualquier otro.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, %2</source>
        <translation>línea %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (&quot;shotbook-cli --help&quot; lists the commands)</source>
        <translation>%1 («shotbook-cli --help» lista las órdenes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--now: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--now: «%1» no es una hora; escríbala como AAAA-MM-DDTHH:MM[:SS], opcionalmente con Z o un desfase como +01:00.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>About Shotbook</source>
        <translation>Acerca de Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;A private, offline diary for people on daily subcutaneous injections, built first for anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook records what your doctor prescribed and what was injected. It is not medical advice: ask your doctor or pharmacist about your dose and any side effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3. Shotbook never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;Un diario privado y sin conexión para personas con inyecciones subcutáneas diarias, creado en primer lugar para anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook registra lo que su médico ha prescrito y lo que se ha inyectado. No es consejo médico: pregunte a su médico o farmacéutico sobre su dosis y cualquier efecto adverso.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Creado con Qt %3. Shotbook nunca se conecta a una red.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ActivityChart</name>
    <message>
        <location filename="../ui/charts/ActivityChart.cpp" line="+31"/>
        <source>Disease activity chart</source>
        <translation>Gráfico de actividad de la enfermedad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Auto-Inflammatory Diseases Activity Index per month; 9 or more means active disease. The table view lists the same scores.</source>
        <translation>El índice de actividad de las enfermedades autoinflamatorias (AIDAI) por mes; 9 o más significa enfermedad activa. La vista de tabla muestra las mismas puntuaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain, patient global assessment and morning stiffness over time. The table view lists the same values.</source>
        <translation>Dolor, valoración global del paciente y rigidez matutina a lo largo del tiempo. La vista de tabla muestra los mismos valores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disease activity: AIDAI per month</source>
        <translation>Actividad de la enfermedad: AIDAI por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disease activity: pain, patient global, morning stiffness</source>
        <translation>Actividad de la enfermedad: dolor, valoración global, rigidez matutina</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AIDAI: days × symptoms in the month</source>
        <translation>AIDAI: días × síntomas en el mes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: AIDAI %2 (%3)</source>
        <translation>%1: AIDAI %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active disease</source>
        <translation>enfermedad activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>below 9 with days missing</source>
        <translation>por debajo de 9 con días sin datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary filled in on %1 of %2 days</source>
        <translation>Diario rellenado %1 de %2 días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below 9: inactive</source>
        <translation>Por debajo de 9: inactiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 or more: active disease</source>
        <translation>9 o más: enfermedad activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below 9, days missing in the diary</source>
        <translation>Por debajo de 9, faltan días en el diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated cut-off: 9</source>
        <translation>Punto de corte validado: 9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score 0–10</source>
        <translation>puntuación 0–10</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>morning stiffness, minutes</source>
        <translation>rigidez matutina, minutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weekly mean)</source>
        <translation> (media semanal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (monthly mean)</source>
        <translation> (media mensual)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen change</source>
        <translation>Cambio de pauta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen from %1: %2</source>
        <translation>Pauta desde el %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AIDAI</source>
        <translation>AIDAI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days filled in</source>
        <translation>Días rellenados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no diary</source>
        <translation>sin diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 9, days missing</source>
        <translation>por debajo de 9, faltan días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/patients/AddPatientDialog.cpp" line="+23"/>
        <source>Add Patient</source>
        <translation>Añadir paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AdherenceChart</name>
    <message>
        <location filename="../ui/charts/AdherenceChart.cpp" line="+28"/>
        <source>Adherence chart</source>
        <translation>Gráfico de adherencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of due doses taken per week or month, and the current streak. The table view lists the same numbers.</source>
        <translation>La proporción de dosis previstas puestas por semana o por mes, y la racha actual. La vista de tabla muestra las mismas cifras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 due doses taken (%3 %)</source>
        <translation>%1 de %2 dosis previstas puestas (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no dose due yet</source>
        <translation>aún no hay dosis previstas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adherence %1 — %2; streak: %n day(s) in a row complete</source>
        <translation>
            <numerusform>Adherencia %1 — %2; racha: %n día completo seguido</numerusform>
            <numerusform>Adherencia %1 — %2; racha: %n días completos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>doses taken, % (from %1 %)</source>
        <translation>dosis puestas, % (desde %1 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doses taken, %</source>
        <translation>dosis puestas, %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 – %2: %3 of %4 doses (%5 %), %6 missed</source>
        <translation>%1 – %2: %3 de %4 dosis (%5 %), %6 olvidadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>90 % or more</source>
        <translation>90 % o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75 to 90 %</source>
        <translation>75 a 90 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 75 %</source>
        <translation>menos del 75 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Puestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Olvidadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken, %</source>
        <translation>Puestas, %</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BackupsDialog</name>
    <message>
        <location filename="../ui/backups/BackupsDialog.cpp" line="+30"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a restore</source>
        <translation>Sustituida por una restauración</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backups of %1 are kept in %2.</source>
        <translation>Las copias de seguridad de %1 se guardan en %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Backup Now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;File…</source>
        <translation>Restaurar desde &amp;archivo…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Make Backup</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from File</source>
        <translation>Restaurar desde archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Shotbook (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Replace everything in %1 with the backup %2 (%3)? Whatever was recorded since that backup is no longer shown. The current file is kept as %4, and can be restored from this list.</source>
        <translation>¿Sustituir todo el contenido de %1 por la copia de seguridad %2 (%3)? Lo registrado desde esa copia dejará de mostrarse. El archivo actual se guarda como %4 y puede restaurarse desde esta lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapView</name>
    <message>
        <location filename="../ui/sites/BodyMapView.cpp" line="+38"/>
        <source>&amp;Use this zone</source>
        <translation>&amp;Usar esta zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Cleared</source>
        <translation>Marcar como &amp;desaparecida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arms and buttocks are usually injected by someone else; switch off the zones that are not used.</source>
        <translation>Los brazos y las nalgas suelen pincharlos otras personas; desactive las zonas que no se usen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Site reactions</source>
        <translation>Reacciones en el lugar de inyección</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No site reactions recorded.</source>
        <translation>No hay reacciones en el lugar de inyección registradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest period</source>
        <translation>Periodo de descanso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next site</source>
        <translation>Lugar siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record Reaction…</source>
        <translation>&amp;Registrar reacción…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let a zone &amp;rest:</source>
        <translation>Dejar &amp;descansar una zona:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rest Period</source>
        <translation>Periodo de descanso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No patient yet.</source>
        <translation>Aún no hay ningún paciente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never used yet</source>
        <translation>aún no usada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used %1</source>
        <translation>último uso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone can be suggested: every zone is switched off or has a site reaction that has not cleared.</source>
        <translation>No se puede sugerir ninguna zona: todas están desactivadas o tienen una reacción en el lugar de inyección que no ha desaparecido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2, %3, since %4</source>
        <translation>%1 — %2, %3, desde el %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3, %4 to %5 (cleared)</source>
        <translation>%1 — %2, %3, del %4 al %5 (desaparecida)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a zone on the map.</source>
        <translation>Elija una zona en el mapa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last used: %1</source>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections here: %1</source>
        <translation>Inyecciones aquí: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site Reaction</source>
        <translation>Reacción en el lugar de inyección</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapWidget</name>
    <message>
        <location filename="../ui/sites/BodyMapWidget.cpp" line="+35"/>
        <location line="+168"/>
        <source>Body map</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injection zones on the front and back of the body; left and right are the patient&apos;s own. Tab or the arrow keys move between zones, Enter picks one.</source>
        <translation>Zonas de inyección en la parte delantera y trasera del cuerpo; la izquierda y la derecha son las del propio paciente. Tab o las flechas pasan de una zona a otra, Intro elige una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: %1.</source>
        <translation>Seleccionada: %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Save the chart as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Guarde el gráfico como .png o .svg, no «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/ChartsView.cpp" line="+58"/>
        <source>Show as &amp;table</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 a&amp;ño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>T&amp;odo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From…</source>
        <translation>&amp;Desde…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts from</source>
        <translation>Gráficos desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts to</source>
        <translation>Gráficos hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence per week or per month</source>
        <translation>Adherencia por semana o por mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across a chart to zoom in; the wheel zooms, Shift+drag or the middle button pans, a right click shows everything again.</source>
        <translation>Arrastre sobre un gráfico para ampliarlo; la rueda amplía, Mayús+arrastrar o el botón central desplaza, un clic derecho vuelve a mostrarlo todo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Image…</source>
        <translation>&amp;Guardar imagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary measures shown</source>
        <translation>Medidas del diario mostradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ymptoms</source>
        <translation>S&amp;íntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disease activity</source>
        <translation>&amp;Actividad de la enfermedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and &amp;weight</source>
        <translation>Dosis y &amp;peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tes</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;herence</source>
        <translation>Ad&amp;herencia</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No patient yet: add one to see charts.</source>
        <translation>Aún no hay ningún paciente: añada uno para ver gráficos.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Del %1 al %2 (%n día)</numerusform>
            <numerusform>Del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="+25"/>
        <source>Connect to a Shared Record</source>
        <translation>Conectar con un registro compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server.home, or a socket folder such as /var/run/postgresql</source>
        <translation>server.home, o una carpeta de socket como /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation>predeterminado (5432)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your own login, e.g. mother</source>
        <translation>su propio usuario, por ejemplo mama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry of ~/.pg_service.conf (instead of the above)</source>
        <translation>una entrada de ~/.pg_service.conf (en lugar de lo anterior)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One record shared by a household or a care team on a PostgreSQL server. Each caregiver signs in as their own user; the password is never stored by Shotbook: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) or the service file.</source>
        <translation>Un registro compartido por un hogar o un equipo de cuidados en un servidor PostgreSQL. Cada cuidador entra con su propio usuario; Shotbook nunca guarda la contraseña: póngala en ~/.pgpass (SERVIDOR:PUERTO:BASE:USUARIO:CONTRASEÑA, modo 0600) o en el archivo de servicios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service name:</source>
        <translation>Nombre del ser&amp;vicio:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the database, or a service.</source>
        <translation>Indique la base de datos o un servicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shotbook opens %1</source>
        <translation>Shotbook abre %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryDayForm</name>
    <message>
        <location filename="../ui/diary/DiaryDayForm.cpp" line="+44"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-18"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> °F</source>
        <translation> °F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryView</name>
    <message>
        <location filename="../ui/diary/DiaryView.cpp" line="+61"/>
        <source>Diary calendar</source>
        <translation>Calendario del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Day</source>
        <translation>&amp;Guardar día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Side Effect…</source>
        <translation>Registrar &amp;efecto adverso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No side effects recorded — Record Side Effect… when one starts.</source>
        <translation>No hay efectos adversos registrados — Registrar efecto adverso… cuando aparezca uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gone Today</source>
        <translation>&amp;Desaparecido hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;effects</source>
        <translation>E&amp;fectos adversos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Infection…</source>
        <translation>Registrar &amp;infección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infections recorded — Record Infection… when one starts, and tell the doctor.</source>
        <translation>No hay infecciones registradas — Registrar infección… cuando aparezca una, e informe al médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ended Today</source>
        <translation>&amp;Terminada hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infections</source>
        <translation>I&amp;nfecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Blood Test…</source>
        <translation>Registrar &amp;análisis de sangre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood tests recorded — Record Blood Test… after each neutrophil count.</source>
        <translation>No hay análisis de sangre registrados — Registrar análisis de sangre… tras cada recuento de neutrófilos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blood tests</source>
        <translation>Análisis de &amp;sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Medicine…</source>
        <translation>Registrar &amp;medicamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other medicines recorded — Record Medicine… for each other medicine or vaccine.</source>
        <translation>No hay otros medicamentos registrados — Registrar medicamento… para cada otro medicamento o vacuna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stopped Today</source>
        <translation>Dejado &amp;hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other medicines</source>
        <translation>&amp;Otros medicamentos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, desde el %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, gone %1</source>
        <translation>, desaparecido el %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — from %2%3%4</source>
        <translation>%1 — desde el %2%3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source> to %1</source>
        <translation> hasta el %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source> (doctor told)</source>
        <translation> (médico informado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (doctor not told)</source>
        <translation> (médico no informado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;A neutrophil count was due on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Había un recuento de neutrófilos previsto el %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Próximo recuento de neutrófilos previsto el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No neutrophil count is due.</source>
        <translation>No hay ningún recuento de neutrófilos previsto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — from %2%3</source>
        <translation>%1 — desde el %2%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose an entry in the list first.</source>
        <translation>Elija primero una entrada de la lista.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please Note</source>
        <translation>Atención</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiscardStockDialog</name>
    <message>
        <location filename="../ui/stock/DiscardStockDialog.cpp" line="+32"/>
        <source>Discard Syringes</source>
        <translation>Desechar jeringas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use a syringe that is cloudy, discoloured or has particles in it, that was frozen, dropped or damaged, or that was out of the fridge too long.</source>
        <translation>No use nunca una jeringa cuyo contenido esté turbio, haya cambiado de color o tenga partículas, que se haya congelado, caído o dañado, o que haya estado demasiado tiempo fuera de la nevera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard</source>
        <translation>&amp;Desechar</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DoseWeightChart</name>
    <message>
        <location filename="../ui/charts/DoseWeightChart.cpp" line="+71"/>
        <source>Dose and weight chart</source>
        <translation>Gráfico de dosis y peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose in mg per day and in mg per kg per day, with the labelled maximum of 8 mg/kg/day, beside the weights. The table view lists the same values.</source>
        <translation>La dosis en mg al día y en mg por kg al día, con el máximo del prospecto de 8 mg/kg/día, junto a los pesos. La vista de tabla muestra los mismos valores.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dose and weight</source>
        <translation>Dosis y peso</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <source>mg/day</source>
        <translation>mg/día</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+21"/>
        <location line="+36"/>
        <source>mg/kg/day</source>
        <translation>mg/kg/día</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>weight, lb</source>
        <translation>peso, lb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight, kg</source>
        <translation>peso, kg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mg/day (as measured)</source>
        <translation>mg/día (según lo medido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 mg/day
from %2</source>
        <translation>%1 mg/día
desde el %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg/kg/day
from %2</source>
        <translation>%1 mg/kg/día
desde el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label maximum: 8 mg/kg/day</source>
        <translation>Máximo del prospecto: 8 mg/kg/día</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Weight (lb)</source>
        <translation>Peso (lb)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1
weighed %2</source>
        <translation>%1
pesado el %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/exchange/ExchangeActions.cpp" line="+29"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export the record of which patients?</source>
        <translation>¿Exportar el historial de qué pacientes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this patient</source>
        <translation>Solo este paciente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n patients</source>
        <translation>
            <numerusform>Los %n pacientes</numerusform>
            <numerusform>Los %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV: Choose a Folder</source>
        <translation>Exportar CSV: elegir una carpeta</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Escrito %n archivo CSV en %1.</numerusform>
            <numerusform>Escritos %n archivos CSV en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Export FHIR</source>
        <translation>Exportar FHIR</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos JSON de FHIR (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) to %1.</source>
        <translation>
            <numerusform>Escrito un Bundle FHIR R4 de %n recurso en %1.</numerusform>
            <numerusform>Escrito un Bundle FHIR R4 de %n recursos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>There is nothing new to import: %n row(s) are already in %1&apos;s log.</source>
        <translation>
            <numerusform>No hay nada nuevo que importar: %n fila ya está en el registro de %1.</numerusform>
            <numerusform>No hay nada nuevo que importar: %n filas ya están en el registro de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import %n injection(s) into %1&apos;s log?</source>
        <translation>
            <numerusform>¿Importar %n inyección en el registro de %1?</numerusform>
            <numerusform>¿Importar %n inyecciones en el registro de %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are already in the log and are left out.</source>
        <translation>
            <numerusform>%n fila ya está en el registro y se omite.</numerusform>
            <numerusform>%n filas ya están en el registro y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are recorded as history: no syringes are taken from stock.</source>
        <translation>Se registran como historial: no se descuentan jeringas de las existencias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n injection(s) into %1&apos;s log (Edit ▸ Undo takes them out again).</source>
        <translation>
            <numerusform>Importada %n inyección en el registro de %1 (Edición ▸ Deshacer la quita de nuevo).</numerusform>
            <numerusform>Importadas %n inyecciones en el registro de %1 (Edición ▸ Deshacer las quita de nuevo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunIndicationPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunIndicationPage.cpp" line="+19"/>
        <source>What is it for?</source>
        <translation>¿Para qué es?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition your doctor prescribed anakinra (Kineret) for. Shotbook uses it to check the dose against the label.</source>
        <translation>La enfermedad para la que su médico le ha recetado anakinra (Kineret). Shotbook la usa para comprobar la dosis con el prospecto.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunPatientPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunPatientPage.cpp" line="+19"/>
        <source>Who are the injections for?</source>
        <translation>¿Para quién son las inyecciones?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can add more people later, for example a second child.</source>
        <translation>Puede añadir más personas después, por ejemplo un segundo hijo.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunRegimenPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunRegimenPage.cpp" line="+28"/>
        <source>The regimen</source>
        <translation>La pauta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the dose exactly as your doctor prescribed it. Shotbook does the arithmetic and warns about anything outside the labelled ranges; it never chooses a dose.</source>
        <translation>Escriba la dosis exactamente como se la ha prescrito su médico. Shotbook hace los cálculos y avisa de todo lo que quede fuera de los intervalos del prospecto; nunca elige una dosis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight today</source>
        <translation>Peso hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh again as the doctor advises.</source>
        <translation>Una dosis según el peso sigue al último peso: vuelva a pesar según le indique el médico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;eight today:</source>
        <translation>P&amp;eso hoy:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStep</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStep.cpp" line="+17"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStockPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStockPage.cpp" line="+19"/>
        <source>Your syringes</source>
        <translation>Sus jeringas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack you have now, so that Shotbook can tell you when to order more and which lot to use first.</source>
        <translation>El envase que tiene ahora, para que Shotbook pueda decirle cuándo pedir más y qué lote usar primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Conserve las jeringas en la nevera (entre 2 °C y 8 °C) en su embalaje exterior para protegerlas de la luz. No las congele ni las agite.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunSummaryPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunSummaryPage.cpp" line="+25"/>
        <source>Ready to start</source>
        <translation>Listo para empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what Shotbook will record. Go back to change anything; you can also change it all later.</source>
        <translation>Compruebe lo que Shotbook va a registrar. Vuelva atrás para cambiar algo; también podrá cambiarlo todo después.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mg/kg/day at %2</source>
        <translation>%1 mg/kg/día con %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n injection(s) a day at %2, from %3</source>
        <translation>
            <numerusform>%1, %n inyección al día a las %2, desde el %3</numerusform>
            <numerusform>%1, %n inyecciones al día a las %2, desde el %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, en días alternos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, durante %n día</numerusform>
            <numerusform>, durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each injection: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</source>
        <translation>Cada inyección: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>born %1 (%2)</source>
        <translation>nacido/a el %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given.</source>
        <translation>No indicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regimen</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: Today will ask you to set it (Set Regimen…).</source>
        <translation>Aún no establecida: Hoy le pedirá que la establezca (Establecer pauta…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injected by</source>
        <translation>Inyectado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given: every zone is in use (Body Map switches zones off).</source>
        <translation>No indicado: se usan todas las zonas (en el Mapa corporal se pueden desactivar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient: the back of the arms and the buttocks are switched off.</source>
        <translation>El propio paciente: la parte posterior de los brazos y las nalgas están desactivadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else: every zone is in use.</source>
        <translation>Otra persona: se usan todas las zonas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syringes</source>
        <translation>Jeringas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n syringe(s) of lot %1, expiring %2</source>
        <translation>
            <numerusform>%n jeringa del lote %1, caduca el %2</numerusform>
            <numerusform>%n jeringas del lote %1, caducan el %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: add them later in Stock (Receive…).</source>
        <translation>Aún ninguna: añádalas después en Existencias (Recibir…).</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
        <location line="+12"/>
        <source>Welcome to Shotbook</source>
        <translation>Bienvenido a Shotbook</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this out for now; you can set it later.</source>
        <translation>Dejar esto por ahora; puede establecerlo después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private diary for daily injections.</source>
        <translation>Un diario privado para inyecciones diarias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Shotbook keeps a record of each injection, tells you which site is next, watches your syringe stock and keeps a diary of symptoms and side effects.&lt;/p&gt;&lt;p&gt;It never decides a dose: it records the regimen your doctor prescribed, does the arithmetic and warns you about anything outside the labelled ranges.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in &lt;b&gt;%1&lt;/b&gt;. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The next pages ask for the patient, the regimen and your syringes. Skip what you do not have at hand: you can add it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shotbook lleva un registro de cada inyección, le dice qué lugar toca a continuación, vigila sus existencias de jeringas y lleva un diario de síntomas y efectos adversos.&lt;/p&gt;&lt;p&gt;Nunca decide una dosis: registra la pauta que su médico ha prescrito, hace los cálculos y le avisa de todo lo que quede fuera de los intervalos del prospecto.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador, en &lt;b&gt;%1&lt;/b&gt;. No se envía nada a ningún sitio.&lt;/p&gt;&lt;p&gt;Las páginas siguientes piden el paciente, la pauta y sus jeringas. Omita lo que no tenga a mano: puede añadirlo después.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplore with Sample Data</source>
        <translation>E&amp;xplorar con datos de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate database with two made-up patients and two years of injections, stock and diary, to try Shotbook on. This database stays empty.</source>
        <translation>Abre una base de datos aparte con dos pacientes ficticios y dos años de inyecciones, existencias y diario, para probar Shotbook. Esta base de datos sigue vacía.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Explore with Sample Data</source>
        <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be written to %1: %2</source>
        <translation>No se pudieron escribir los datos de ejemplo en %1: %2</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunZonesPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunZonesPage.cpp" line="+21"/>
        <source>The patient, to themselves: abdomen and thighs</source>
        <translation>El propio paciente: abdomen y muslos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else (a parent, partner or nurse): also the back of the arms and the buttocks</source>
        <translation>Otra persona (un padre o madre, la pareja o una enfermera): también la parte posterior de los brazos y las nalgas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who gives the injections?</source>
        <translation>¿Quién pone las inyecciones?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook suggests the next site from the zones in use.</source>
        <translation>Shotbook sugiere el lugar siguiente entre las zonas en uso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The back of the arms and the buttocks are hard to reach on oneself. You can switch any zone on or off later in Body Map.</source>
        <translation>La parte posterior de los brazos y las nalgas son difíciles de alcanzar uno mismo. Puede activar o desactivar cualquier zona después en el Mapa corporal.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::HealthRecordDialog</name>
    <message>
        <location filename="../ui/diary/HealthRecordDialog.cpp" line="+65"/>
        <source>Record Side Effect</source>
        <translation>Registrar efecto adverso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose from the list or describe it</source>
        <translation>Elija de la lista o descríbalo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone on:</source>
        <translation>Desaparecido el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Began on:</source>
        <translation>&amp;Empezó el:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Get medical help now for signs of a severe allergic reaction, trouble breathing, swelling of the face, lips or throat, chest pain, or signs of a serious infection.</source>
        <translation>Busque ayuda médica inmediatamente si hay signos de una reacción alérgica grave, dificultad para respirar, hinchazón de la cara, los labios o la garganta, dolor en el pecho o signos de una infección grave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Infection</source>
        <translation>Registrar infección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chest infection, urinary infection</source>
        <translation>p. ej. infección respiratoria, infección urinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor has been told</source>
        <translation>Se ha informado al médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation>Terminó el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infection:</source>
        <translation>&amp;Infección:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about any infection.</source>
        <translation>Anakinra aumenta el riesgo de infecciones graves: informe a su médico de cualquier infección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Blood Test</source>
        <translation>Registrar análisis de sangre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test:</source>
        <translation>&amp;Análisis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taken on:</source>
        <translation>E&amp;xtraído el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils are checked before the start, monthly for 3 months, then every 3 months for a year.</source>
        <translation>Los neutrófilos se controlan antes de empezar, cada mes durante 3 meses y luego cada 3 meses durante un año.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Other Medicine or Vaccine</source>
        <translation>Registrar otro medicamento o vacuna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic or brand name</source>
        <translation>Nombre genérico o comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped on:</source>
        <translation>Dejado el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Empezó el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your doctor about every other medicine. Anakinra is not used with TNF blockers, and live vaccines should not be given during treatment.</source>
        <translation>Informe a su médico de cualquier otro medicamento. Anakinra no se usa con anti-TNF, y no deben ponerse vacunas vivas durante el tratamiento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A Sign to Get Help Now?</source>
        <translation>¿Una señal para buscar ayuda inmediata?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now:

%2

Is it one of them? If it is, stop using anakinra and get medical help now.</source>
        <translation>«%1» puede ser una de las señales de que se necesita ayuda médica inmediata:

%2

¿Es una de ellas? Si lo es, deje de usar anakinra y busque ayuda médica inmediatamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yes, It Is One</source>
        <translation>&amp;Sí, es una de ellas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go &amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ImportCommand</name>
    <message>
        <location filename="../ui/exchange/ImportCommand.cpp" line="+12"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::InjectionDialog</name>
    <message>
        <location filename="../ui/injections/InjectionDialog.cpp" line="+45"/>
        <source>Log Injection</source>
        <translation>Registrar inyección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Injection</source>
        <translation>Cambiar inyección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date and time given</source>
        <translation>Fecha y hora de la inyección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose in milligrams</source>
        <translation>Dosis en miligramos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a site…</source>
        <translation>Elegir un lugar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection site</source>
        <translation>Lugar de inyección</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site warnings</source>
        <translation>Avisos sobre el lugar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the syringe&apos;s label (optional)</source>
        <translation>De la etiqueta de la jeringa (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lot:</source>
        <translation>L&amp;ote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Puesta por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>= %1 mL</source>
        <translation>= %1 mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site where the injection was given.</source>
        <translation>Elija el lugar donde se puso la inyección.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stop: Call Your Doctor</source>
        <translation>Alto: llame a su médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log this injection only if a doctor said to go on with anakinra.</source>
        <translation>Registre esta inyección solo si un médico le ha dicho que continúe con anakinra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Doctor Said to Go On</source>
        <translation>Un médico dijo que continuara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second Dose?</source>
        <translation>¿Segunda dosis?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if a second dose really was given.</source>
        <translation>Regístrela de todos modos solo si de verdad se puso una segunda dosis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Second Dose</source>
        <translation>Registrar segunda dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too Soon After the Last Dose?</source>
        <translation>¿Demasiado pronto tras la última dosis?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if it really was given.</source>
        <translation>Regístrela de todos modos solo si de verdad se puso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It Was Given: Log It</source>
        <translation>Se puso: registrarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired Syringe?</source>
        <translation>¿Jeringa caducada?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if this syringe really was injected, and tell your doctor or pharmacist.</source>
        <translation>Regístrela de todos modos solo si de verdad se inyectó esta jeringa, e informe a su médico o farmacéutico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Expired Syringe</source>
        <translation>Registrar jeringa caducada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared Record Unreachable</source>
        <translation>Registro compartido inaccesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared record cannot be reached, so Shotbook cannot check whether someone else already logged this dose. Keep this injection on this computer? It is sent as soon as the server is back, and a double dose is then shown to everyone.</source>
        <translation>No se puede acceder al registro compartido, así que Shotbook no puede comprobar si otra persona ya anotó esta dosis. ¿Guardar esta inyección en este ordenador? Se enviará en cuanto vuelva el servidor, y entonces una dosis doble se mostrará a todos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It on This Computer</source>
        <translation>Guardarla en este ordenador</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syringe Out of the Fridge Too Long</source>
        <translation>Jeringa demasiado tiempo fuera de la nevera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A syringe has been out of the fridge longer than allowed. Do not inject it: discard it and use another one from the fridge.</source>
        <translation>Una jeringa ha estado fuera de la nevera más tiempo del permitido. No la inyecte: deséchela y use otra de la nevera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It and Use Another</source>
        <translation>Desecharla y usar otra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I Injected It: Log It</source>
        <translation>La inyecté: registrarla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check Before Logging</source>
        <translation>Comprobar antes de registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogTableModel</name>
    <message>
        <location filename="../ui/injections/LogTableModel.cpp" line="+60"/>
        <source>extra dose</source>
        <translation>dosis extra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 late</source>
        <translation>%1 tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 early</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Puesta por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogView</name>
    <message>
        <location filename="../ui/injections/LogView.cpp" line="+32"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Injection log</source>
        <translation>Registro de inyecciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No injections in these dates — Log Injection… or Ctrl+L</source>
        <translation>No hay inyecciones en estas fechas — Registrar inyección… o Ctrl+L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Registrar inyección…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Injection</source>
        <translation>Cambiar inyección</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete Injection</source>
        <translation>Eliminar inyección</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotForm</name>
    <message>
        <location filename="../ui/stock/LotForm.cpp" line="+25"/>
        <source>As printed on the carton, e.g. 1234567</source>
        <translation>Tal como aparece en la caja, p. ej. 1234567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> syringes</source>
        <translation> jeringas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack of %1</source>
        <translation>Envase de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Count:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lot number:</source>
        <translation>Número de &amp;lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Caduca:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibidas el:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotTableModel</name>
    <message>
        <location filename="../ui/stock/LotTableModel.cpp" line="+65"/>
        <source>used up</source>
        <translation>gastado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired: discard</source>
        <translation>caducado: desechar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in date</source>
        <translation>en fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expires within the %n-day warning window.</source>
        <translation>
            <numerusform>Caduca dentro del plazo de aviso de %n día.</numerusform>
            <numerusform>Caduca dentro del plazo de aviso de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired: discard these syringes.</source>
        <translation>Caducado: deseche estas jeringas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expires within the %n-day warning window (Settings).</source>
        <translation>
            <numerusform>Caduca dentro del plazo de aviso de %n día (Ajustes).</numerusform>
            <numerusform>Caduca dentro del plazo de aviso de %n días (Ajustes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of fridge</source>
        <translation>Fuera de la nevera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+74"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body Map</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients &amp; Regimen</source>
        <translation>Pacientes y pauta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+193"/>
        <source>Shotbook</source>
        <translation>Shotbook</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Shared Record…</source>
        <translation>Conectar con un registro &amp;compartido…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Dose &amp;Calendar…</source>
        <translation>Exportar &amp;calendario de dosis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV Folder…</source>
        <translation>Carpeta &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FHIR File…</source>
        <translation>Archivo &amp;FHIR…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Registrar inyección…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Set &amp;Regimen…</source>
        <translation>Establecer &amp;pauta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Patient…</source>
        <translation>&amp;Añadir paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Patient…</source>
        <translation>&amp;Cambiar nombre del paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move Patient…</source>
        <translation>&amp;Eliminar paciente…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shotbook</source>
        <translation>&amp;Acerca de Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+31"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Shotbook (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Bases de datos de Shotbook (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 ya existe. Elija un nombre nuevo: Shotbook nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start Shotbook for %1.</source>
        <translation>No se pudo iniciar Shotbook para %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Show Shotbook</source>
        <translation>&amp;Mostrar Shotbook</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+8"/>
        <source>Export Dose Calendar</source>
        <translation>Exportar calendario de dosis</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: import it into your calendar to be reminded of each dose.</source>
        <translation>Escrito %1: impórtelo en su calendario para que le recuerde cada dosis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored. The replaced file is kept as %1.</source>
        <translation>Restaurado. El archivo sustituido se guarda como %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shotbook is still running</source>
        <translation>Shotbook sigue en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will remind you of due doses. Use Quit in the tray menu to close it.</source>
        <translation>Le recordará las dosis previstas. Use Salir en el menú de la bandeja del sistema para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::OfflineBanner</name>
    <message>
        <location filename="../ui/shell/OfflineBanner.cpp" line="+31"/>
        <source>Connection to the shared record</source>
        <translation>Conexión con el registro compartido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Offline since %1:&lt;/b&gt; the shared record %2 cannot be reached (%3). What you see is what was last read. Injections you log are kept on this computer and sent when it is back; until then nobody else sees them.</source>
        <translation>&lt;b&gt;Sin conexión desde %1:&lt;/b&gt; no se puede acceder al registro compartido %2 (%3). Lo que se ve es lo último que se leyó. Las inyecciones que anote se guardan en este ordenador y se envían cuando vuelva; hasta entonces nadie más las ve.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n injection(s) wait on this computer&lt;/b&gt; to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;%n inyección espera en este ordenador&lt;/b&gt; para enviarse.</numerusform>
            <numerusform>&lt;b&gt;%n inyecciones esperan en este ordenador&lt;/b&gt; para enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double Dose</source>
        <translation>Dosis doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An injection logged while the shared record could not be reached was sent; someone else had logged a dose for the same time meanwhile. Both are recorded. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>Se envió una inyección anotada mientras no se podía acceder al registro compartido; entretanto otra persona había anotado una dosis para la misma hora. Las dos quedan registradas. Pida consejo al médico o al farmacéutico antes de la próxima dosis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Injections Not Sent</source>
        <translation>Inyecciones no enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) stay on this computer; the shared record refused them:</source>
        <translation>
            <numerusform>%n inyección queda en este ordenador; el registro compartido la rechazó:</numerusform>
            <numerusform>%n inyecciones quedan en este ordenador; el registro compartido las rechazó:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n injection(s) kept on this computer reached the shared record.</source>
        <translation>
            <numerusform>%n inyección guardada en este ordenador llegó al registro compartido.</numerusform>
            <numerusform>%n inyecciones guardadas en este ordenador llegaron al registro compartido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+17"/>
        <source>&amp;Known:</source>
        <translation>&amp;Conocida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;nown:</source>
        <translation>C&amp;onocido:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a child&apos;s weight-based dose checks</source>
        <translation>Necesaria para comprobar la dosis según el peso de un niño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a weight-based (mg/kg) dose</source>
        <translation>Necesario para una dosis según el peso (mg/kg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight today:</source>
        <translation>Peso hoy:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientSwitcher</name>
    <message>
        <location filename="../ui/patients/PatientSwitcher.cpp" line="+14"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient whose records are shown</source>
        <translation>El paciente cuyos datos se muestran</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientsView</name>
    <message>
        <location filename="../ui/patients/PatientsView.cpp" line="+40"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No patient yet — Add Patient…</source>
        <translation>Aún no hay ningún paciente — Añadir paciente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Patient…</source>
        <translation>&amp;Añadir paciente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;Weight…</source>
        <translation>Registrar &amp;peso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Re&amp;gimen…</source>
        <translation>Establecer pa&amp;uta…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No patient yet. Add the person whose injections you record.</source>
        <translation>Aún no hay ningún paciente. Añada la persona cuyas inyecciones registra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Born %1 (%2)</source>
        <translation>Nacido/a el %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth not entered</source>
        <translation>Fecha de nacimiento no indicada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight %1 on %2</source>
        <translation>Peso %1 el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No weight recorded</source>
        <translation>No hay ningún peso registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimens</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>From %1: %2, %n injection(s) a day at %3</source>
        <translation>
            <numerusform>Desde el %1: %2, %n inyección al día a las %3</numerusform>
            <numerusform>Desde el %1: %2, %n inyecciones al día a las %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, en días alternos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, durante %n día</numerusform>
            <numerusform>, durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (prescribed by %1)</source>
        <translation> (prescrita por %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regimen yet: set the one your doctor prescribed.</source>
        <translation>Aún no hay pauta: establezca la que su médico le ha prescrito.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Rename Patient</source>
        <translation>Cambiar nombre del paciente</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove %1 and every record of them from this database?

This cannot be undone. Backups made before now still hold their records.</source>
        <translation>¿Eliminar a %1 y todos sus datos de esta base de datos?

No se puede deshacer. Las copias de seguridad hechas antes de ahora conservan sus datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Remove Patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation>Eliminar a %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/common/ProblemListDialog.cpp" line="+23"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReactionDialog</name>
    <message>
        <location filename="../ui/sites/ReactionDialog.cpp" line="+38"/>
        <source>Record Site Reaction</source>
        <translation>Registrar reacción en el lugar de inyección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redness, swelling, itching or pain at the site are common in the first weeks and usually fade within 4–6 weeks. Call your doctor if a reaction is severe or does not fade.</source>
        <translation>El enrojecimiento, la hinchazón, el picor o el dolor en el lugar de inyección son frecuentes en las primeras semanas y suelen desaparecer en 4–6 semanas. Llame a su médico si una reacción es grave o no desaparece.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reacción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation>E&amp;mpezó:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReceiveStockDialog</name>
    <message>
        <location filename="../ui/stock/ReceiveStockDialog.cpp" line="+23"/>
        <source>Receive Syringes</source>
        <translation>Recibir jeringas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Conserve las jeringas en la nevera (entre 2 °C y 8 °C) en su embalaje exterior para protegerlas de la luz. No las congele ni las agite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RedFlagBanner</name>
    <message>
        <location filename="../ui/today/RedFlagBanner.cpp" line="+23"/>
        <source>Acknowledge warning</source>
        <translation>Confirmar el aviso</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>I have got help — hide this…</source>
        <translation>Ya he recibido ayuda — ocultar esto…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+30"/>
        <source>Get medical help now</source>
        <translation>Busque ayuda médica inmediatamente</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (since %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the Warning?</source>
        <translation>¿Ocultar el aviso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this warning only when you have got medical help. The side effect stays open until you mark it resolved in the Diary, and logging an injection will still ask whether a doctor said to go on.</source>
        <translation>Oculte este aviso solo cuando haya recibido ayuda médica. El efecto adverso sigue abierto hasta que lo marque como resuelto en el Diario, y al registrar una inyección se seguirá preguntando si un médico le ha dicho que continúe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I Have Got Help — Hide It</source>
        <translation>Ya he recibido ayuda — ocultarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenDialog</name>
    <message>
        <location filename="../ui/regimen/RegimenDialog.cpp" line="+28"/>
        <source>Set Regimen</source>
        <translation>Establecer pauta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set Regimen</source>
        <translation>&amp;Establecer pauta</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenForm</name>
    <message>
        <location filename="../ui/regimen/RegimenForm.cpp" line="+27"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fija:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;weight:</source>
        <translation>Según el &amp;peso:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A course of</source>
        <translation>Un tratamiento de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> mg per day</source>
        <translation> mg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed dose in mg per day</source>
        <translation>Dosis fija en mg al día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mg/kg per day</source>
        <translation> mg/kg al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose in mg per kg per day</source>
        <translation>Dosis en mg por kg al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice a day (the daily amount split in two)</source>
        <translation>Dos veces al día (la cantidad diaria dividida en dos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other day (severe kidney impairment)</source>
        <translation>En días alternos (insuficiencia renal grave)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First dose time</source>
        <translation>Hora de la primera dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second dose time</source>
        <translation>Hora de la segunda dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Measuring step</source>
        <translation>Paso de medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marks of the syringe used: 10 mg on the prefilled syringe; 1.5 mg for a 0.01 mL syringe.</source>
        <translation>Las marcas de la jeringa que se usa: 10 mg en la jeringa precargada; 1,5 mg en una jeringa de 0,01 mL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest measurable dose</source>
        <translation>Dosis mínima medible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose arithmetic</source>
        <translation>Cálculo de la dosis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest</source>
        <translation>mínima</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dose:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Injections:</source>
        <translation>&amp;Inyecciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter&amp;val:</source>
        <translation>Inter&amp;valo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Times:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prescribed by:</source>
        <translation>P&amp;rescrita por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 mg/kg/day × %2 kg = &lt;b&gt;%3 mg/day&lt;/b&gt;</source>
        <translation>%1 mg/kg/día × %2 kg = &lt;b&gt;%3 mg/día&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 mg/day&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 mg/día&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 doses of %1 mg</source>
        <translation>2 dosis de %1 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection</source>
        <translation>medir &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; por inyección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection, as prescribed</source>
        <translation>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; por inyección, según lo prescrito</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n syringe(s) per injection; what is left in a syringe is discarded.</source>
        <translation>
            <numerusform>%n jeringa por inyección; lo que queda en una jeringa se desecha.</numerusform>
            <numerusform>%n jeringas por inyección; lo que queda en una jeringa se desecha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReminderService</name>
    <message>
        <location filename="../ui/reminders/ReminderService.cpp" line="+53"/>
        <source>%1 mg (%2 mL)</source>
        <translation>%1 mg (%2 mL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop: call the doctor — %1</source>
        <translation>Alto: llame al médico — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose not logged yet: %1</source>
        <translation>Dosis aún no registrada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose due: %1</source>
        <translation>Dosis prevista: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 dose of %2 has not been logged yet.</source>
        <translation>La dosis de las %1 de %2 aún no se ha registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due at %2.</source>
        <translation>%1 está prevista a las %2.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReportsView</name>
    <message>
        <location filename="../ui/reports/ReportsView.cpp" line="+62"/>
        <source>&amp;Summary (page 1)</source>
        <translation>&amp;Resumen (página 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection log</source>
        <translation>Registro de &amp;inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;notes</source>
        <translation>Incluir &amp;notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar &amp;como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vista previa de las páginas del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Del … al …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shotbook records what was given; it does not prescribe.</source>
        <translation>Shotbook registra lo que se puso; no prescribe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Since the last report (%1)</source>
        <translation>Desde el último informe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last report (none yet)</source>
        <translation>Desde el último informe (todavía ninguno)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a patient first: the report is about one patient.</source>
        <translation>Añada primero un paciente: el informe trata de un solo paciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day must come before the last.</source>
        <translation>El primer día debe ser anterior al último.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n página; la vista previa muestra las primeras %1.</numerusform>
            <numerusform>%n páginas; la vista previa muestra las primeras %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation>No se ha guardado el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report not printed</source>
        <translation>No se ha impreso el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer did not take the pages.</source>
        <translation>La impresora no aceptó las páginas.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ServerLink</name>
    <message>
        <location filename="../ui/common/ServerLink.cpp" line="+58"/>
        <location line="+58"/>
        <source>the server does not answer</source>
        <translation>el servidor no responde</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+38"/>
        <source>Today and Stock warn when the syringes left last fewer days than this.</source>
        <translation>Hoy y Existencias avisan cuando las jeringas que quedan duran menos días que esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock colours a lot that expires within this many days, and warns when it will not be used up in time.</source>
        <translation>Existencias colorea un lote que caduca dentro de estos días, y avisa cuando no se va a gastar a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long a syringe may stay out of the fridge (up to 25 °C); the EU leaflet allows 72 hours. After that Log Injection asks before using it, and Stock no longer counts it.</source>
        <translation>Cuánto tiempo puede estar una jeringa fuera de la nevera (hasta 25 °C); el prospecto de la UE permite 72 horas. Después, Registrar inyección pregunta antes de usarla, y Existencias deja de contarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How far rounding to the syringe&apos;s marks may move a dose. Past it, the dose is shown as prescribed with a warning to ask the care team which syringe to use.</source>
        <translation>Cuánto puede desplazar una dosis el redondeo a las marcas de la jeringa. Por encima, la dosis se muestra tal como se prescribió, con un aviso para preguntar al equipo médico qué jeringa usar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body Map and Log Injection warn when a zone is used again within this many days.</source>
        <translation>Mapa corporal y Registrar inyección avisan cuando una zona se vuelve a usar dentro de estos días.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts and rules</source>
        <translation>Avisos y reglas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this database: they apply to everyone who uses it, on every computer.</source>
        <translation>Guardados en esta base de datos: se aplican a todos los que la usan, en cualquier ordenador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1 to %2; %3 unless changed.</source>
        <translation>De %1 a %2; %3 si no se cambia.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me when a dose is due</source>
        <translation>&amp;Recordarme cuando toque una dosis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind again after</source>
        <translation>Recordar de nuevo tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind &amp;again after:</source>
        <translation>Recordar de &amp;nuevo tras:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders appear only while Shotbook runs. For reminders on your phone, use File ▸ Export Dose Calendar… and open the file with the phone&apos;s calendar.</source>
        <translation>Los recordatorios solo aparecen mientras Shotbook está en marcha. Para recordatorios en el teléfono, use Archivo ▸ Exportar calendario de dosis… y abra el archivo con el calendario del teléfono.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;backup each day when Shotbook opens</source>
        <translation>Hacer una copia de seguridad &amp;cada día al abrir Shotbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily backups to keep</source>
        <translation>Copias diarias que se conservan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backups to &amp;keep:</source>
        <translation>Copias diarias que se &amp;conservan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are kept in a folder beside the database, readable by you only. File ▸ Backups… lists them, makes one now and restores one.</source>
        <translation>Las copias de seguridad se guardan en una carpeta junto a la base de datos, que solo usted puede leer. Archivo ▸ Copias de seguridad… las lista, hace una ahora y restaura una.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Units and language</source>
        <translation>Unidades e idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogramos (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Libras (lb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Celsius (°C)</source>
        <translation>Celsius (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fahrenheit (°F)</source>
        <translation>Fahrenheit (°F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Pesos en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temperatures in:</source>
        <translation>&amp;Temperaturas en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are always stored in kg and temperatures in °C. A new language and the Diary&apos;s temperature unit take effect when Shotbook is started again.</source>
        <translation>Los pesos se guardan siempre en kg y las temperaturas en °C. Un idioma nuevo y la unidad de temperatura del Diario se aplican al volver a iniciar Shotbook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1: escriba un número entero de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SitesChart</name>
    <message>
        <location filename="../ui/charts/SitesChart.cpp" line="+34"/>
        <source>Injection sites chart</source>
        <translation>Gráfico de lugares de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections and site reactions per zone over the period. The table view lists the same numbers.</source>
        <translation>Inyecciones y reacciones en el lugar de inyección por zona en el periodo. La vista de tabla muestra las mismas cifras.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Injections and site reactions per zone, %1 – %2</source>
        <translation>Inyecciones y reacciones en el lugar de inyección por zona, %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Site reactions</source>
        <translation>Reacciones en el lugar de inyección</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (off)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>number in the period</source>
        <translation>número en el periodo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 injections (%3 %), %4 site reactions</source>
        <translation>%1: %2 inyecciones (%3 %), %4 reacciones en el lugar de inyección</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst severity</source>
        <translation>Gravedad máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockChart</name>
    <message>
        <location filename="../ui/stock/StockChart.cpp" line="+52"/>
        <source>Projected stock</source>
        <translation>Existencias previstas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Usable syringes at the current dose</source>
        <translation>Jeringas utilizables con la dosis actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syringes left</source>
        <translation>Jeringas que quedan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>syringes</source>
        <translation>jeringas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot expires</source>
        <translation>Caduca el lote</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockView</name>
    <message>
        <location filename="../ui/stock/StockView.cpp" line="+42"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Desechar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out of Fridge</source>
        <translation>&amp;Fuera de la nevera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock forecast</source>
        <translation>Previsión de existencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep syringes in the fridge at 2–8 °C, in the carton, away from light. Do not freeze or shake them. Out of the fridge (up to 25 °C) a syringe must be used within the allowed time and never put back. Do not use a syringe that is cloudy or has particles in it.</source>
        <translation>Conserve las jeringas en la nevera entre 2 °C y 8 °C, en su embalaje exterior para protegerlas de la luz. No las congele ni las agite. Fuera de la nevera (hasta 25 °C) una jeringa debe usarse en el tiempo permitido y no volver a meterse en ella. No use una jeringa cuyo contenido esté turbio o tenga partículas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lots in stock</source>
        <translation>Lotes en existencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No syringes recorded yet — Receive… adds the lot number, expiry date and count printed on the carton.</source>
        <translation>Aún no hay jeringas registradas — Recibir… añade el número de lote, la fecha de caducidad y el número impresos en la caja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock history</source>
        <translation>Historial de existencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing received or used yet.</source>
        <translation>Aún no se ha recibido ni usado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lots</source>
        <translation>&amp;Lotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast</source>
        <translation>&amp;Previsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Recibir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record one syringe of the selected lot as taken out of the fridge</source>
        <translation>Registrar una jeringa del lote seleccionado como sacada de la nevera</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>&lt;b&gt;%n usable syringe(s)&lt;/b&gt; in stock.</source>
        <translation>
            <numerusform>&lt;b&gt;%n jeringa utilizable&lt;/b&gt; en existencias.</numerusform>
            <numerusform>&lt;b&gt;%n jeringas utilizables&lt;/b&gt; en existencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At %1 a day they last &lt;b&gt;%n day(s)&lt;/b&gt;, until %2.</source>
        <translation>
            <numerusform>A %1 al día duran &lt;b&gt;%n día&lt;/b&gt;, hasta el %2.</numerusform>
            <numerusform>A %1 al día duran &lt;b&gt;%n días&lt;/b&gt;, hasta el %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No regimen uses syringes today.</source>
        <translation>Hoy ninguna pauta usa jeringas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>received</source>
        <translation>recibidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used for an injection</source>
        <translation>usada para una inyección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>desechadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation>corregido</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Out of Fridge</source>
        <translation>Fuera de la nevera</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose a lot first.</source>
        <translation>Elija primero un lote.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SymptomsChart</name>
    <message>
        <location filename="../ui/charts/SymptomsChart.cpp" line="+86"/>
        <source>Symptoms chart</source>
        <translation>Gráfico de síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary measures over time, with the injections taken and missed, side effects and regimen changes. The table view lists the same values.</source>
        <translation>Medidas del diario a lo largo del tiempo, con las inyecciones puestas y olvidadas, los efectos adversos y los cambios de pauta. La vista de tabla muestra los mismos valores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symptoms, doses and side effects</source>
        <translation>Síntomas, dosis y efectos adversos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+277"/>
        <source>Side effects</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>score 0–10</source>
        <translation>puntuación 0–10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning stiffness</source>
        <translation>rigidez matutina</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fever (38 °C)</source>
        <translation>Fiebre (38 °C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: yes
%2</source>
        <translation>%1: sí
%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 on average
%3 of %4</source>
        <translation>%1: %2 de media
%3 de %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — weekly means, shaded from the lowest to the highest day</source>
        <translation>%1 — medias semanales, sombreado del día más bajo al más alto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — monthly means, shaded from the lowest to the highest day</source>
        <translation>%1 — medias mensuales, sombreado del día más bajo al más alto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose taken</source>
        <translation>Dosis puesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Injection taken
%1</source>
        <translation>Inyección puesta
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dose missed</source>
        <translation>Dosis olvidada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose missed (due %1)</source>
        <translation>Dosis olvidada (prevista %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), from %3</source>
        <translation>%1 (%2), desde el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to %1</source>
        <translation> hasta el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flag: get medical help now</source>
        <translation>Señal de alarma: busque ayuda médica inmediatamente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side effect (larger: more severe)</source>
        <translation>Efecto adverso (más grande: más grave)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/día</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Regimen from %1: %2, %n dose(s) a day</source>
        <translation>
            <numerusform>Pauta desde el %1: %2, %n dosis al día</numerusform>
            <numerusform>Pauta desde el %1: %2, %n dosis al día</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every other day</source>
        <translation>, en días alternos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regimen change</source>
        <translation>Cambio de pauta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Olvidadas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (red flag)</source>
        <translation> (señal de alarma)</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SyringeWidget</name>
    <message>
        <location filename="../ui/regimen/SyringeWidget.cpp" line="+42"/>
        <location line="+103"/>
        <source>Syringe</source>
        <translation>Jeringa</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No dose.</source>
        <translation>Sin dosis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefilled syringe cannot measure %1 mg (%2 mL): its marks are %3 mg (%4 mL) apart. Ask your care team which syringe to use.</source>
        <translation>La jeringa precargada no puede medir %1 mg (%2 mL): sus marcas están separadas %3 mg (%4 mL). Pregunte a su equipo médico qué jeringa usar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 full syringe(s) of 100 mg, then </source>
        <translation>%1 jeringa(s) completa(s) de 100 mg, y luego </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a full syringe: %1 mg (%2 mL).</source>
        <translation>una jeringa completa: %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg (%4 mL) first.</source>
        <translation>empuje el émbolo hasta la marca de %1 mg (%2 mL): expulse y deseche antes %3 mg (%4 mL).</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+49"/>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg · %2 mL: cannot be measured with this syringe&apos;s marks</source>
        <translation>%1 mg · %2 mL: no se puede medir con las marcas de esta jeringa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg · %2 mL: the whole syringe</source>
        <translation>%1 mg · %2 mL: la jeringa completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg · %2 mL: push out the shaded part first</source>
        <translation>%1 mg · %2 mL: expulse antes la parte sombreada</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::TodayView</name>
    <message>
        <location filename="../ui/today/TodayView.cpp" line="+42"/>
        <location line="+36"/>
        <location line="+99"/>
        <source>Next dose</source>
        <translation>Dosis siguiente</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+69"/>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other patients</source>
        <translation>Otros pacientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Registrar inyección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Regimen…</source>
        <translation>Establecer &amp;pauta…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No patient</source>
        <translation>Ningún paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a patient under Patients to start the diary.</source>
        <translation>Añada un paciente en Pacientes para empezar el diario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next dose for %1</source>
        <translation>Dosis siguiente para %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No dose scheduled</source>
        <translation>No hay ninguna dosis prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the regimen</source>
        <translation>Establecer la pauta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last regimen&apos;s course has ended.</source>
        <translation>El tratamiento de la última pauta ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the regimen your doctor prescribed to see when each dose is due: Set Regimen… below.</source>
        <translation>Establezca la pauta que le ha prescrito su médico para ver cuándo toca cada dosis: Establecer pauta… abajo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg · %2 mL</source>
        <translation>%1 mg · %2 mL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due &lt;b&gt;%1&lt;/b&gt;, in %2.</source>
        <translation>Prevista &lt;b&gt;%1&lt;/b&gt;, dentro de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now.</source>
        <translation>La dosis prevista %1 no se ha registrado, pero se puso una dosis hace menos de medio intervalo: no se ponga otra ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: due %1, %2 ago.</source>
        <translation>&lt;b&gt;Atrasada&lt;/b&gt;: prevista %1, hace %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it now. If you miss a dose, take it as soon as you remember, unless the next dose is nearly due.</source>
        <translation>Póngasela ahora. Si olvida una dosis, póngasela en cuanto se acuerde, salvo que la siguiente esté próxima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Missed&lt;/b&gt; %1. Next dose &lt;b&gt;%2&lt;/b&gt;, in %3.</source>
        <translation>&lt;b&gt;Olvidada&lt;/b&gt; %1. Dosis siguiente &lt;b&gt;%2&lt;/b&gt;, dentro de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next dose is nearly due: skip the missed one and take the next at its usual time. Never take two doses to make up for a missed one.</source>
        <translation>La dosis siguiente está próxima: sáltese la olvidada y póngase la siguiente a la hora habitual. No se ponga nunca dos dosis para compensar una olvidada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lugar sugerido: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No site can be suggested: every zone is switched off or has a reaction.</source>
        <translation>No se puede sugerir ningún lugar: todas las zonas están desactivadas o tienen una reacción.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — ✓ taken at %2, %3</source>
        <translation>%1 — ✓ puesta a las %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — &lt;b&gt;missed&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;olvidada&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — &lt;b&gt;due now&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;toca ahora&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due</source>
        <translation>%1 — prevista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dose is due today.</source>
        <translation>Hoy no hay ninguna dosis prevista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was due yet.</source>
        <translation>Aún no había nada previsto.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n day(s) in a row complete.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; de dosis puestas: %2 de %3.&lt;br&gt;%4 olvidadas, %5 extra.&lt;br&gt;%n día completo seguido.</numerusform>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; de dosis puestas: %2 de %3.&lt;br&gt;%4 olvidadas, %5 extra.&lt;br&gt;%n días completos seguidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>next dose %1</source>
        <translation>dosis siguiente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;overdue&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;atrasada&lt;/b&gt; desde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;missed&lt;/b&gt; %1; next %2</source>
        <translation>&lt;b&gt;olvidada&lt;/b&gt; %1; siguiente %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no dose scheduled</source>
        <translation>no hay dosis prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no regimen set</source>
        <translation>no hay pauta establecida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — %1 mg (%2 mL)</source>
        <translation> — %1 mg (%2 mL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Get medical help now: %1</source>
        <translation>⚠ Busque ayuda médica inmediatamente: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::WeightDialog</name>
    <message>
        <location filename="../ui/patients/WeightDialog.cpp" line="+34"/>
        <source>Record Weight</source>
        <translation>Registrar peso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Medido el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh a growing child regularly.</source>
        <translation>Una dosis según el peso sigue al último peso: pese con regularidad a un niño en crecimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ZoneHeatMap</name>
    <message>
        <location filename="../ui/charts/ZoneHeatMap.cpp" line="+31"/>
        <source>Injections per zone on the body</source>
        <translation>Inyecciones por zona en el cuerpo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 injections, %3 reactions</source>
        <translation>%1: %2 inyecciones, %3 reacciones</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more injections</source>
        <translation>más inyecciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site reactions</source>
        <translation>reacciones en el lugar de inyección</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 injections, %3 site reactions%4</source>
        <translation>%1
%2 inyecciones, %3 reacciones en el lugar de inyección%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (switched off)</source>
        <translation> (desactivada)</translation>
    </message>
</context>
</TS>
