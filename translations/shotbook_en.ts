<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="+237"/>
        <location filename="../app/cli/PatientCommands.cpp" line="+161"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+149"/>
        <source>the patient&apos;s id or exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the doctor&apos;s report (summary, charts, injection log, diary) as a PDF, never over an existing file; the last 90 days unless --from or --to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .pdf file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave the notes out of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writes the dose times as repeating calendar events (iCalendar), never over an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .ics file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the record as CSV files (one per table, and manifest.csv) into a new or empty folder; every patient unless --patient names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the patient&apos;s record as a FHIR R4 Bundle (JSON), never over an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .json file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="+359"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+219"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+245"/>
        <location filename="../app/cli/TodayCommands.cpp" line="+130"/>
        <source>the patient&apos;s id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a diary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain, fatigue, stiffness-min, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one day of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>when it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>when it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>it is a sign that needs medical help now (a red flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes a red flag off the Today view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect that has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it went (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection that ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it ended (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a medicine that was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>the doctor was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another medicine or vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generic or brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+12"/>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anc, platelets, alt, ast, crp, crcl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the blood was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next test due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+3"/>
        <source>logs an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection site&apos;s zone id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was given (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose (default: the regimen&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the syringe&apos;s lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirm a refused dose: a second dose for a filled slot, a dose too soon after another, an injection while a red flag is open, or an expired lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-40"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="-3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+6"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+33"/>
        <location filename="../app/cli/StockCommands.cpp" line="+227"/>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <source>where in the zone (fractions, 0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lists injections, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next or overdue dose, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due doses against injections, up to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="+52"/>
        <source>checks the database&apos;s integrity and Shotbook&apos;s own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="+3"/>
        <source>adds a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lists patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>renames a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records a weight (0.3–300 kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weight in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient&apos;s weights, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removes a patient and every record of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-12"/>
        <source>starts a regimen on --start (default today), replacing the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed dose, mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-based dose, mg/kg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injections per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day or every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>course length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest measurable dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ra, caps, nomid, dira or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who prescribed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dose due on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-10"/>
        <location line="+3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>the day (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-19"/>
        <source>the suggested zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every zone: on or off, last use, count, open reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days a zone rests after an injection (shows or sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records a site reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redness, swelling, itching, pain, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mild, 2 moderate, 3 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection it followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marks a site reaction as cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it cleared (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site reactions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only those not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-12"/>
        <source>receives syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>number of syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>received on (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discards syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired, cloudy, frozen, damaged, room-temperature, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes syringes out of the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of syringes (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this patient&apos;s use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every stock movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+54"/>
        <source>imports an injection log (Shotbook&apos;s injections.csv, or another tracker&apos;s table with date/time, dose and site columns): every row or none; rows already in the log are not imported twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient every row belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-3"/>
        <source>what Today shows: the next dose, the suggested site, alerts, red flags, every other patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="+75"/>
        <source>writes a realistic sample database (never over an existing file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+85"/>
        <source>writes a consistent copy of the database, also while it is in use, never over an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replaces the database with a backup, after checking the backup; the replaced file is kept in the backups folder; refused while Shotbook has the file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="+72"/>
        <source>copies a local record into an empty shared record on a PostgreSQL server, all or nothing, checked on both sides; the file is left as it was (--db is not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shared record: postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityScore</name>
    <message>
        <location filename="../core/charts/ActivityScore.cpp" line="+41"/>
        <source>Fever (38 °C or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint or muscle pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin rash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+29"/>
        <source>Add to the diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+10"/>
        <source>Add patient %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+43"/>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddWeightCommand</name>
    <message>
        <location filename="../ui/patients/WeightCommands.cpp" line="+10"/>
        <source>Record weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <location filename="../app/cli/AdviceText.cpp" line="+23"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now. Next dose: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next dose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 has not been logged: take it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose due %1 was missed and the next one is nearly due: skip it and take the next dose at %2. Never take two doses to catch up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dose is scheduled: the regimen&apos;s course has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dose is scheduled: set a regimen first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <location filename="../ui/backups/AutomaticBackup.cpp" line="+19"/>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made today&apos;s backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="-58"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A shared record on a server is restored with the server&apos;s own tools, not by Shotbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replaced file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/storage/Backups.cpp" line="+90"/>
        <source>Could not create the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapCaptions</name>
    <message>
        <location filename="../ui/sites/BodyMapCaptions.cpp" line="+45"/>
        <source>R</source>
        <extracomment>Marks the patient&apos;s own right side on the body map.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Marks the patient&apos;s own left side on the body map.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapLegend</name>
    <message>
        <location filename="../ui/sites/BodyMapLegend.cpp" line="+28"/>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1 cm from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Days since last use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/exchange/CalendarExport.cpp" line="+25"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no regimen, so there are no dose times to export; set one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blood test overdue (due %1): neutrophil count (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood test due: neutrophil count (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anakinra can lower the neutrophils: a count is due before the start, monthly for 3 months, then every 3 months up to a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+63"/>
        <source>--%1: &quot;%2&quot; is not a number (use . as the decimal mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+52"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the folder to write the CSV files into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists and is not a folder; Shotbook never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not empty; give a new folder (it is created) or an empty one, so that no file is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/CsvReader.cpp" line="+154"/>
        <source>a quote inside a field that does not start with one; quote the whole field and double the quotes in it (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quoted field starts here and never ends (a closing quote is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text after the closing quote of a field; double a quote that belongs to the text (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the line is not UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+75"/>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at %1. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1. Check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty (0 bytes): it holds no records. If it was your database, the disk lost it: restore a backup. To start a new record there, delete the empty file first. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Shotbook database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). It was left unchanged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+131"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+170"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). It was left unchanged; update Shotbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+332"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Cannot open %1: the file or its folder is read-only, and Shotbook needs to write beside it (%2-wal, %2-shm). Copy it to a folder you may write to, or make it writable. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1 (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be read (%2). It was left unchanged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2). It was left unchanged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is an SQLite file of another program, not a Shotbook database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot use write-ahead logging for %1 (journal mode is &quot;%2&quot;); is it on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did not update %1 to the new version, because the backup copy could not be written first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+39"/>
        <source>Updating %1 to version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 in table %2 refers to a missing record in table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseServer.cpp" line="-115"/>
        <source>Cannot reach a shared record: Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The server %1 refused the login: %2 Check the user name and the password in ~/.pgpass (Shotbook never stores passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure connection to the server %1: %2 Check sslmode and sslrootcert (the household&apos;s CA certificate) in the address, and that the host name is the one in the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the shared record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no Shotbook record in %1 yet. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 holds tables of another program, not a Shotbook record. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a Shotbook record. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The shared record %1 was changed to version %2 while this window was away from it; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../core/maintenance/DatabaseCheck.cpp" line="+43"/>
        <source>%n record(s) with %1 (id %2)</source>
        <translation>
            <numerusform>%n record with %1 (id %2)</numerusform>
            <numerusform>%n records with %1 (id %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../core/storage/DatabaseLock.cpp" line="+31"/>
        <source>%1 is locked by another program (the lock file %2 could not be taken over). Close the program that has it open, or remove the lock file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already open in another Shotbook window (process %2 on %3). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/DatabaseOpener.cpp" line="+85"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot Open the Shared Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can open the record kept on this computer instead (it does not hold the shared record&apos;s entries), or try again once the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;Local Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore the Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of this database was made on %1. Restoring it replaces the damaged file, which is kept in the backups folder; entries made after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <location filename="../core/storage/DatabaseRestore.cpp" line="+73"/>
        <source>There is no file %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database itself; choose a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 of the database does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty, not a backup. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Shotbook backup (it is not an SQLite file). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated, e.g. a copy cut short). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite file of another program, not a Shotbook backup. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). Update Shotbook to restore it. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be restored: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 fails Shotbook&apos;s check (%n problem(s)). %2</source>
        <translation>
            <numerusform>%1 fails Shotbook&apos;s check (%n problem). %2</numerusform>
            <numerusform>%1 fails Shotbook&apos;s check (%n problems). %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot put the backup in the place of %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="+71"/>
        <source>Delete injection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="-44"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote sample data to %1: %n patient(s), </source>
        <translation>
            <numerusform>Wrote sample data to %1: %n patient, </numerusform>
            <numerusform>Wrote sample data to %1: %n patients, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s) over %1 year(s).</source>
        <translation>
            <numerusform>%n injection over %1 year(s).</numerusform>
            <numerusform>%n injections over %1 year(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+198"/>
        <source>--years %1 is out of range; it must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--patients %1 is out of range; it must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample data goes into a new, empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 appeared while the sample data was written; Shotbook never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-335"/>
        <source>Recorded %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>To record a side effect as a red flag, add it with --red-flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>	RED FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a side-effect id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recorded the infection (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recorded %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Recorded %1 = %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next neutrophil count due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test is due: no regimen yet, or the first year of monitoring is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryService</name>
    <message>
        <location filename="../core/diary/DiaryService.cpp" line="+29"/>
        <source>The diary day %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The note has more than 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+38"/>
        <source>Discard %1 syringes of lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of a discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseCalculator</name>
    <message>
        <location filename="../core/regimen/DoseCalculator.cpp" line="+45"/>
        <source>%1 mg is %2 % more than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg is %2 % less than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg per injection is %2 mg/kg per day at %3 kg, above the labelled maximum of %4 mg/kg per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The dose is %1 mg/kg per day but no weight is recorded on or before this day; add a weight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 mg/kg per day is prescribed, above the labelled maximum of %2 mg/kg per day. Check the prescription with the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg per day is %2 mg/kg per day, above the labelled maximum of %3 mg/kg per day. Check the prescription with the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis. Check the prescription with the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg (%2 mL) cannot be measured with marks every %3 mg: the nearest mark, %4 mg, is more than %5 % away. Ask the care team which syringe to measure this dose with, and set that syringe&apos;s step in the regimen (a 1 mL syringe marked every 0.01 mL measures 1.5 mg steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg is below the smallest dose the syringe can measure (%2 mg). Ask the pharmacist how to draw it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseFlags</name>
    <message>
        <location filename="../core/regimen/DoseFlags.cpp" line="+18"/>
        <source>The latest weight was measured %1 days ago; weigh again (every %2 days or sooner) so that the dose follows the weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The weight changed by %1 % since the regimen was set (%2 kg → %3 kg). Ask the doctor whether the dose should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dose changes by %1 mg/kg/day (%2 → %3); the label adjusts in steps of 0.5–1 mg/kg. Check the prescription with the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-29"/>
        <source>Change injection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+60"/>
        <source>Mark as ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommands.cpp" line="-97"/>
        <source>Wrote a report of %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote a report of %n page for %1 to %2.</numerusform>
            <numerusform>Wrote a report of %n pages for %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>Wrote %n repeating event(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n repeating event for %1 to %2.</numerusform>
            <numerusform>Wrote %n repeating events for %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose falls between the dates given; the calendar is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n CSV file(s) for %1 to %2 (%3 rows).</source>
        <translation>
            <numerusform>Wrote %n CSV file for %1 to %2 (%3 rows).</numerusform>
            <numerusform>Wrote %n CSV files for %1 to %2 (%3 rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote a FHIR R4 bundle of %n resource for %1 to %2.</numerusform>
            <numerusform>Wrote a FHIR R4 bundle of %n resources for %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make the PDF: %1 is missing; it draws the report and is installed beside shotbook-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make the PDF: %1 stopped (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot make the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+178"/>
        <source>--from %1 is after --to %2; the first day must come before the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <location filename="../core/exchange/FhirBundle.cpp" line="+172"/>
        <source>%1 mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg/kg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n dose(s)</source>
        <translation>
            <numerusform>in %n dose</numerusform>
            <numerusform>in %n doses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prescribed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Missed dose: no injection was logged for the dose due at this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../core/exchange/FhirExport.cpp" line="+23"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunCommand</name>
    <message>
        <location filename="../ui/firstrun/FirstRunCommand.cpp" line="+13"/>
        <source>Set up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>redo of receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of receiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRecordService</name>
    <message>
        <location filename="../core/diary/HealthRecordService.cpp" line="+34"/>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 date %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe the side effect in 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity &quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The onset %1 is after the resolved date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown catalogue term &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now (%2). Check whether it is: if so, get medical help now and record it as a red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about this infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A blood test has no end; record a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end date %1 is in the future; a record ends on a day that has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 began on %3: it cannot end on %4, before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-212"/>
        <source>There is no side effect with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Describe the infection in 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infection cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The medicine&apos;s name must have 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A medicine cannot stop before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <location filename="../core/exchange/ICalendarExport.cpp" line="+142"/>
        <source>Shotbook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Anakinra dose — %1 (%2 mg/kg/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose is %1 mg/kg per day, worked out from the latest weight: Shotbook shows the amount to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anakinra dose — %1 (%2 mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per injection (%2 mL at 150 mg/mL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/exchange/ImportColumns.cpp" line="+105"/>
        <source>column %1 (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the dose must be given in mg; this column holds another unit. Convert it to mg (100 mg = 0.67 mL) in a column named &quot;dose_mg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 &quot;%2&quot; holds the same as column %3 &quot;%4&quot; (%5); keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the time is given twice (a date-and-time column and a date or time column); keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column for when each injection was given; name it &quot;at&quot; (YYYY-MM-DDTHH:MM, optionally with an offset), or &quot;date&quot; and &quot;time&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is a date column but no time column; the time of each injection is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose_mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the dose in mg; name it &quot;dose_mg&quot;, &quot;dose&quot;, &quot;dose (mg)&quot; or &quot;amount&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the injection site; name it &quot;site&quot;, &quot;location&quot; or &quot;injection site&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spot_x and spot_y go together; give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="-20"/>
        <source>Imported %n injection(s) from %1.</source>
        <translation>
            <numerusform>Imported %n injection from %1.</numerusform>
            <numerusform>Imported %n injections from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are history: no syringes were taken from stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedRow</name>
    <message>
        <location filename="../core/exchange/ImportedRow.cpp" line="+60"/>
        <source>the row has %1 fields, the header has %2; a field with a comma must be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date and time that exists; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time; write it as HH:MM (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 does not exist in local time (a clock change skips it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a dose in mg; write a number with . as the decimal mark, e.g. 100 or 37.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown site &quot;%1&quot;; use a zone id (%2) or words such as &quot;left thigh&quot; or &quot;abdomen lower right&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the spot within the zone is two fractions from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indications</name>
    <message>
        <location filename="../ui/regimen/Indications.cpp" line="+8"/>
        <source>Rheumatoid arthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOMID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usually a fixed dose of 100 mg once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryopyrin-associated periodic syndromes: a dose by weight (mg/kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neonatal-onset multisystem inflammatory disease, a severe form of CAPS: a dose by weight (mg/kg), sometimes split in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deficiency of the interleukin-1 receptor antagonist: a dose by weight (mg/kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything else your doctor prescribed it for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionCommands</name>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="-194"/>
        <source>--spot: &quot;%1&quot; is not X,Y (fractions of the zone from 0 to 1, e.g. 0.3,0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add --force if it really was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged %1 mg in %2 at %3 (id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No injections in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2: %3 of %4 doses taken (%5), %6 missed, %7 extra; %8 day(s) in a row complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="-28"/>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="+88"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported. Correct the file and import it again.</numerusform>
            <numerusform>%1: %n problems; nothing was imported. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… and %n more problem not listed</numerusform>
            <numerusform>… and %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is empty; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>another injection is logged at this very time (%1, %2 mg); this row says %3, %4 mg. Correct or remove one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; was read as %2: Shotbook splits that area into an upper and a lower zone, and the file does not say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) were already in the log and were not imported again.</source>
        <translation>
            <numerusform>%n row was already in the log and was not imported again.</numerusform>
            <numerusform>%n rows were already in the log and were not imported again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the patient(s) the file names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionLog</name>
    <message>
        <location filename="../core/injections/InjectionLog.cpp" line="+106"/>
        <source>No dose was given and no regimen is in force on %1. Give the dose in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was given and none follows from the regimen (%1). Give the dose in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The dose due %1 was already logged: %2 mg at %3%4. A second dose for the same slot is refused; never double up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The last dose was logged at %1, %2 before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another dose is logged at %1, %2 after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Doses must be at least %n hour(s) apart (half the time between doses); never double up.</source>
        <translation>
            <numerusform>Doses must be at least %n hour apart (half the time between doses); never double up.</numerusform>
            <numerusform>Doses must be at least %n hours apart (half the time between doses); never double up.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next dose is due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was due around this time; it is logged as an extra dose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionRules</name>
    <message>
        <location filename="../core/injections/InjectionRules.cpp" line="+17"/>
        <source>The dose %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The injection has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time %1 is more than 24 hours in the future; log an injection when it has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is before 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Given by&quot; has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spot within the zone must be given as fractions from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lot number must have 1 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/diary/Labs.cpp" line="+32"/>
        <source>Neutrophils (ANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALT (liver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AST (liver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRP (inflammation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatinine clearance (kidneys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown analyte &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 %3 is out of range; it must be from 0 to %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neutrophils %1 × 10⁹/L are below %2: the risk of infection is higher. Tell your doctor before the next injection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-31"/>
        <source>Log injection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="-21"/>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/diary/Measures.cpp" line="+56"/>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Overall, how are you? (0 very well – 10 very poorly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell with the disease today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tummy (abdominal) pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes (glands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swollen joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell (overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown measure &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 (no) or 1 (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 is out of range; it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineCatalog</name>
    <message>
        <location filename="../core/diary/MedicineCatalog.cpp" line="+58"/>
        <source>measles, mumps and rubella (MMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measles, mumps, rubella and varicella (MMRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>varicella (chickenpox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live shingles vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCG (tuberculosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live nasal influenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral typhoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotavirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral polio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live oral cholera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dengue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live chikungunya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebola (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallpox (live vaccinia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live Japanese encephalitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adenovirus types 4 and 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a live vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 is a live vaccine (%2). Live vaccines should not be given during treatment with anakinra: ask your doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is a TNF blocker. Taken with anakinra it raises the risk of serious infections and of low white blood cells, and the label advises against using them together: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) blocks interleukin-1, as anakinra does. Two IL-1 blockers together raise the risk of serious infections and of low white blood cells: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is an IL-6 blocker, a biologic that weakens the defence against infections. With anakinra the risk of serious infections and of low white blood cells adds up: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a CD20 antibody, a biologic that removes B cells and weakens the defence against infections. With anakinra the risk of serious infections adds up: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a biologic that blocks the activation of T cells. With anakinra it raises the risk of serious infections, and they are not used together: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <location filename="../core/exchange/NewFile.cpp" line="+13"/>
        <source>Give the path of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; Shotbook never overwrites a file. Choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was created while writing; Shotbook never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineInjections</name>
    <message>
        <location filename="../core/injections/OfflineInjections.cpp" line="+109"/>
        <source>An entry of the outbox cannot be read; it is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/storage/Outbox.cpp" line="+57"/>
        <source>Could not create the folder %1 for the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Shotbook outbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="-171"/>
        <source>Added patient %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Renamed patient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded %1 kg on %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Removing deletes every record of the patient: name them with --patient ID or --patient NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing %1 deletes every record of them; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed patient %1 and all their records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/patients/PatientRepository.cpp" line="+66"/>
        <source>There is no patient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a patient named &quot;%1&quot;; choose another name so that the two can be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The weight&apos;s date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The weight&apos;s date %1 must be between the date of birth and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no patient yet; add one with &quot;patient add --name NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 patients; name one with --patient ID or --patient NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no patient &quot;%1&quot;; &quot;patient list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <location filename="../core/patients/PatientRules.cpp" line="+12"/>
        <source>The patient&apos;s name is empty; enter a name or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient&apos;s name contains a control character (U+%1); use letters, digits, spaces and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date %1 is not allowed; it must be between %2 and today (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weight %1 kg is out of range; it must be from %2 to %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTitle</name>
    <message>
        <location filename="../ui/common/PatientTitle.cpp" line="+35"/>
        <source>%1 — %2</source>
        <comment>dialog title: action — patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for %2</source>
        <comment>dialog heading: action for patient</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSettings</name>
    <message>
        <location filename="../core/storage/ProductSettings.cpp" line="+29"/>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionKinds</name>
    <message>
        <location filename="../core/sites/SiteReaction.cpp" line="+21"/>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blistering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulceration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scarring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="-45"/>
        <source>Receive %1 syringes of lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>redo of receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo of receiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordShare</name>
    <message>
        <location filename="../core/maintenance/RecordShare.cpp" line="+16"/>
        <source>%1 fails its check (%2), so it is not copied; see &quot;shotbook-cli check&quot;, or restore a backup first. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy on %1 fails its check (%2). Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegimenCommands</name>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-146"/>
        <source>&quot;regimen set&quot; needs exactly one of --dose-mg MG and --mg-per-kg X (both are amounts per day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--times: &quot;%1&quot; is not a time of day; write HH:MM, or HH:MM,HH:MM for two doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 mg/kg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regimen %1 for %2 from %3: %4, %5 dose(s) a day at %6, every %7 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 mg/kg/day × %2 kg = %3 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dose(s) of %2 mg (%3 mL), %4 syringe(s) each, every %5 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegimenRules</name>
    <message>
        <location filename="../core/regimen/RegimenRules.cpp" line="+35"/>
        <source>The regimen has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the dose either in mg per day or in mg/kg per day, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dose %1 mg per day is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dose %1 mg/kg per day is out of range; it must be more than 0 and at most %2 mg/kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doses per day is %1; it must be 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval is every %1 days; it must be every day (1) or every other day (2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every other day is given as one dose; 2 doses per day every other day is not a labelled schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course length %1 days is out of range; it must be from 1 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measuring step %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest measurable dose %1 mg is out of range; it must be from 0 to %2 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indication &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one time of day per dose: doses per day is %1, times of day given: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A time of day is not valid; write it as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two times %1 and %2 are %3 hours apart; twice-daily doses must be at least 4 hours apart on either side of midnight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegimenService</name>
    <message>
        <location filename="../core/regimen/RegimenService.cpp" line="+93"/>
        <source>No regimen is in force on %1; set one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamePatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+27"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/reports/ReportDocument.cpp" line="+162"/>
        <source>Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+332"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-326"/>
        <source>%1 · injection report · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1. Shotbook records what was given; it does not prescribe. Doses and changes are for the care team to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no dose due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Injection report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anakinra diary from %1 to %2 (%n day(s)), compared with the %n day(s) before.</source>
        <translation>
            <numerusform>Anakinra diary from %1 to %2 (%n day), compared with the %n day before.</numerusform>
            <numerusform>Anakinra diary from %1 to %2 (%n days), compared with the %n days before.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Age:&lt;/b&gt; %1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; %1 kg on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+5"/>
        <location line="+251"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-255"/>
        <source>%1 mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>no diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity (AIDAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No regimen in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg/kg/day × %2 kg (weighed %3) = %4 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg/day (fixed dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 mg (%2 mL) per injection, %n injection(s) a day at %3, %4; since %5.</source>
        <translation>
            <numerusform>%1 mg (%2 mL) per injection, %n injection a day at %3, %4; since %5.</numerusform>
            <numerusform>%1 mg (%2 mL) per injection, %n injections a day at %3, %4; since %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 mg/kg/day at the latest weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n day(s) before: %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n day before: %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n days before: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n extra dose(s) that filled no slot.</source>
        <translation>
            <numerusform>%n extra dose that filled no slot.</numerusform>
            <numerusform>%n extra doses that filled no slot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time without a dose: %1 (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more (see the injection log).</source>
        <translation>
            <numerusform>and %n more (see the injection log).</numerusform>
            <numerusform>and %n more (see the injection log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Missed (%n):</source>
        <translation>
            <numerusform>Missed (%n):</numerusform>
            <numerusform>Missed (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AIDAI, mean monthly score (9 or more: active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse (+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>None recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RED FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Infections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest blood tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next neutrophil count due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of neutrophil monitoring is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open site reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2, %3, since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Injection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No injection in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No diary entry in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/reports/ReportExport.cpp" line="+20"/>
        <source>Injection report for %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report to PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf needs --db, --patient and the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now: not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--patient: not an id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to: not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="+42"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1: the pages could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+22"/>
        <source>Mark reaction cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <location filename="../core/sites/Rotation.cpp" line="+61"/>
        <source>%1 is switched off for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was used %n day(s) ago; let a site rest %2 days before using it again.</source>
        <translation>
            <numerusform>%1 was used %n day ago; let a site rest %2 days before using it again.</numerusform>
            <numerusform>%1 was used %n days ago; let a site rest %2 days before using it again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a site reaction that has not cleared; choose another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This spot is about %1 cm from the last injection in %2; keep about %3 cm away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyStops</name>
    <message>
        <location filename="../core/safety/SafetyStops.cpp" line="+56"/>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a sign to get medical help now. The label says: stop using anakinra and call your doctor. Log an injection only if a doctor said to go on; mark the side effect resolved when it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An infection is not over (%1, since %2). Anakinra lowers the body&apos;s defence against infections: tell your doctor before the next injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest neutrophil count is %1 × 10⁹/L (%2), below %3: tell your doctor before the next injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A temperature of %1 °C was recorded on %2. With anakinra a fever may be the sign of an infection: tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary notes %1: a sign to get medical help now. %2 Record it as a side effect with the red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest creatinine clearance is %1 mL/min (%2), below %3: in severe kidney impairment the label gives anakinra every other day, but this regimen is every day. Ask the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDiaryDayCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="-79"/>
        <source>Save diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <location filename="../core/storage/ServerLocation.cpp" line="+40"/>
        <source>--db %1 is not a server location (%2). Write it as postgresql://USER@HOST[:PORT]/DBNAME or postgresql:///DBNAME?service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--db: a password is never given on the command line, where others could read it. Put it in ~/.pgpass (one line: HOST:PORT:DBNAME:USER:PASSWORD, mode 0600) or in the libpq service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db: a password is never given on the command line; put it in ~/.pgpass or the libpq service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names no database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <location filename="../core/storage/ServerUpload.cpp" line="+135"/>
        <source>The server refused a record of table %1: %2. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The shared record %1 already holds records (in table %2); a local record is copied only into an empty one, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table %1 has %2 rows in the file but %3 on the server after the copy. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetRegimenCommand</name>
    <message>
        <location filename="../ui/regimen/RegimenCommands.cpp" line="+9"/>
        <source>Set regimen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetZonesEnabledCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="-53"/>
        <source>Switch on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../core/storage/SettingsService.cpp" line="+31"/>
        <source>Low-stock alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time allowed out of the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest period of a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be from %2 to %3 %4, not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no setting named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="-50"/>
        <source>--from: &quot;%1&quot; is a server; share copies a local file onto a server (--to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to: &quot;%1&quot; is not a shared record; name one as postgresql://USER@HOST[:PORT]/DBNAME (&quot;backup --out&quot; copies to a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copied %1 to the shared record %2: %n patient(s), </source>
        <translation>
            <numerusform>Copied %1 to the shared record %2: %n patient, </numerusform>
            <numerusform>Copied %1 to the shared record %2: %n patients, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s); the copy passed its check.</source>
        <translation>
            <numerusform>%n injection; the copy passed its check.</numerusform>
            <numerusform>%n injections; the copy passed its check.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on open the shared record (--db %1, or File &gt; Connect to a Shared Record… in Shotbook) and no longer the file, which was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffectCatalog</name>
    <message>
        <location filename="../core/diary/SideEffectCatalog.cpp" line="+61"/>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection-site reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction (hypersensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angioedema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised liver enzymes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low neutrophils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaphylaxis (severe allergic reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling of the face, lips, throat, legs or feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives or extreme itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of a serious infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual bruising or bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme tiredness or weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get medical help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop using anakinra and call your doctor. For a severe allergic reaction (anaphylaxis), swelling of the throat or trouble breathing, call the emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-234"/>
        <source>Every zone is switched off or has an open site reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone can be suggested: every zone is switched off or has an open site reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next site: %1 (%2), last used %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next site: %1 (%2), never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A zone rests %1 days after an injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recorded %1 at %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a reaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaction %1 marked as cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switched on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switched off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <location filename="../core/sites/SiteService.cpp" line="+215"/>
        <source>Name at least one zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown reaction &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity %1 is out of range; it must be 1 (mild), 2 (moderate) or 3 (severe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reaction&apos;s start %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reaction cannot clear before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note has more than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no site reaction with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site reaction %1 already cleared on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reaction cannot clear (%1) before it started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-194"/>
        <source>Received %1 syringes of lot %2 (expires %3); %4 in this lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot %1 has already expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No stock recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discarded %1 syringe(s) of lot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Out of the fridge: use within the allowed time at up to 25 °C, and do not put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 usable syringe(s) in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1 a day they last %2 days, until %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockForecaster</name>
    <message>
        <location filename="../core/stock/StockForecast.cpp" line="+62"/>
        <source>Lot %1 expired on %2: %3 syringe(s) to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 syringe(s) of lot %2 have been out of the fridge more than %3 hours: do not use them, discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot %1 expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lot %1 expires on %2, before it can be used up: about %3 syringe(s) will be left over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No usable syringes are in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syringes for about %1 day(s) left; reorder now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <location filename="../core/stock/StockRules.cpp" line="+18"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudy, discoloured or with particles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long at room temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lot number must have 1 to 60 characters (it is printed on the carton and the syringe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count %1 is out of range; it must be from 1 to %2 syringes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expiry and received dates are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The received date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry date %1 is before the received date %2; check the carton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown reason &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot discard %1 syringes of lot %2: %3 remain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/stock/StockService.cpp" line="+42"/>
        <source>There is no lot &quot;%1&quot; in stock; &quot;stock list&quot; shows the lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lot %1 is already in stock with the expiry date %2, not %3; check the carton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot take %1 syringes of lot %2 out of the fridge: %3 are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change lot %1 by %2: %3 remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Out of the fridge too long; discarded when an injection was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no lot &quot;%1&quot; in stock; receive it first or leave the lot out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lot %1 expired on %2. Do not use an expired syringe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No usable syringe is recorded in stock; the injection is logged without one. Receive stock to keep count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 syringes needed were in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n syringe(s) used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</source>
        <translation>
            <numerusform>%n syringe used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</numerusform>
            <numerusform>%n syringes used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n syringe(s) have been out of the fridge longer than %1 hours: do not inject them, discard them. This injection was counted from another syringe.</source>
        <translation>
            <numerusform>%n syringe has been out of the fridge longer than %1 hours: do not inject it, discard it. This injection was counted from another syringe.</numerusform>
            <numerusform>%n syringes have been out of the fridge longer than %1 hours: do not inject them, discard them. This injection was counted from another syringe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n syringe(s) of this injection are no longer in stock.</source>
        <translation>
            <numerusform>%n syringe of this injection is no longer in stock.</numerusform>
            <numerusform>%n syringes of this injection are no longer in stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOutOfFridgeCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+26"/>
        <source>Take %1 syringes of lot %2 out of the fridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeAxisLabels</name>
    <message>
        <location filename="../ui/charts/TimeAxisLabels.cpp" line="+19"/>
        <source>d MMM yyyy</source>
        <extracomment>A day on a chart&apos;s time axis; reorder for your language (&quot;MMM d&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <extracomment>A month and its year on a chart&apos;s time axis, e.g. &quot;Jan 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/common/TimeText.cpp" line="+17"/>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) old</source>
        <translation>
            <numerusform>%n week old</numerusform>
            <numerusform>%n weeks old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCommands</name>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-31"/>
        <source>Today for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET MEDICAL HELP NOW: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose: %1 mg (%2 mL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested site: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(red flag open: get medical help now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <location filename="../core/today/TodaySummary.cpp" line="+46"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute(s) apart. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>
            <numerusform>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute apart. Call the doctor or pharmacist for advice before the next dose.</numerusform>
            <numerusform>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minutes apart. Call the doctor or pharmacist for advice before the next dose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A neutrophil blood count was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neutrophil blood count is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightUnit</name>
    <message>
        <location filename="../ui/common/WeightUnit.h" line="+22"/>
        <source> lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneDescription</name>
    <message>
        <location filename="../ui/sites/ZoneDescription.cpp" line="+19"/>
        <source>99+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched off for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) here</source>
        <translation>
            <numerusform>%n injection here</numerusform>
            <numerusform>%n injections here</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested next site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s)</source>
        <translation>
            <numerusform>%n injection</numerusform>
            <numerusform>%n injections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suggested next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneViewBuilder</name>
    <message>
        <location filename="../ui/sites/ZoneViewBuilder.cpp" line="+45"/>
        <source>today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago (%1)</source>
        <translation>
            <numerusform>%n day ago (%1)</numerusform>
            <numerusform>%n days ago (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) since %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../core/sites/Zones.cpp" line="+26"/>
        <source>Abdomen, upper left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, upper right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left arm (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right arm (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left buttock (upper outer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right buttock (upper outer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+48"/>
        <source>A private diary for daily injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook</name>
    <message>
        <location filename="../core/patients/PatientInvariants.cpp" line="+15"/>
        <source>a patient without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient whose birth date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weight outside %1–%2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a weight whose date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::Database</name>
    <message>
        <location filename="../core/storage/ChangeListener.cpp" line="+33"/>
        <source>The database driver cannot tell about changes made elsewhere; the window will not update by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot listen for changes on %1; the window will not update by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ServerSnapshot.cpp" line="+88"/>
        <source>The copy of %1 has a record in table %2 that refers to a missing one; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="-233"/>
        <source>this row is for &quot;%1&quot;; the import is for &quot;%2&quot; (--patient). Import the rows of each patient separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no patient named; name the patient in the patient column or with --patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no patient &quot;%1&quot;; add the patient first, or import into one with --patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionRepository</name>
    <message>
        <location filename="../core/injections/InjectionRepository.cpp" line="+110"/>
        <location line="+26"/>
        <source>There is no injection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::StockInvariants</name>
    <message>
        <location filename="../core/stock/StockInvariants.cpp" line="+10"/>
        <source>a lot whose remaining count is not received − used − discarded ± adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a lot with more syringes out of the fridge than remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an injection whose lot is not the one its syringes came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a stock movement whose count does not fit its kind (received adds, used and discarded take away, only a use belongs to an injection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+34"/>
        <source>the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take this as the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown option --%1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exit status: 0 done, 2 usage error, 3 rejected input (nothing written), 4 database or file error, 1 anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (&quot;shotbook-cli --help&quot; lists the commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--now: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>About Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;A private, offline diary for people on daily subcutaneous injections, built first for anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook records what your doctor prescribed and what was injected. It is not medical advice: ask your doctor or pharmacist about your dose and any side effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3. Shotbook never connects to a network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ActivityChart</name>
    <message>
        <location filename="../ui/charts/ActivityChart.cpp" line="+31"/>
        <source>Disease activity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Auto-Inflammatory Diseases Activity Index per month; 9 or more means active disease. The table view lists the same scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain, patient global assessment and morning stiffness over time. The table view lists the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disease activity: AIDAI per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disease activity: pain, patient global, morning stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AIDAI: days × symptoms in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: AIDAI %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>below 9 with days missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary filled in on %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below 9: inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 or more: active disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below 9, days missing in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated cut-off: 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>morning stiffness, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (monthly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AIDAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 9, days missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/patients/AddPatientDialog.cpp" line="+23"/>
        <source>Add Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AdherenceChart</name>
    <message>
        <location filename="../ui/charts/AdherenceChart.cpp" line="+28"/>
        <source>Adherence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of due doses taken per week or month, and the current streak. The table view lists the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 due doses taken (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no dose due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adherence %1 — %2; streak: %n day(s) in a row complete</source>
        <translation>
            <numerusform>Adherence %1 — %2; streak: %n day in a row complete</numerusform>
            <numerusform>Adherence %1 — %2; streak: %n days in a row complete</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>doses taken, % (from %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doses taken, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 – %2: %3 of %4 doses (%5 %), %6 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>90 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75 to 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 75 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken, %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BackupsDialog</name>
    <message>
        <location filename="../ui/backups/BackupsDialog.cpp" line="+30"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backups of %1 are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Backup Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Make Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Replace everything in %1 with the backup %2 (%3)? Whatever was recorded since that backup is no longer shown. The current file is kept as %4, and can be restored from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapView</name>
    <message>
        <location filename="../ui/sites/BodyMapView.cpp" line="+38"/>
        <source>&amp;Use this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arms and buttocks are usually injected by someone else; switch off the zones that are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Site reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No site reactions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record Reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let a zone &amp;rest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rest Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No patient yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone can be suggested: every zone is switched off or has a site reaction that has not cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2, %3, since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3, %4 to %5 (cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a zone on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site Reaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapWidget</name>
    <message>
        <location filename="../ui/sites/BodyMapWidget.cpp" line="+35"/>
        <location line="+168"/>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injection zones on the front and back of the body; left and right are the patient&apos;s own. Tab or the arrow keys move between zones, Enter picks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+47"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Save the chart as .png or .svg, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/ChartsView.cpp" line="+58"/>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence per week or per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across a chart to zoom in; the wheel zooms, Shift+drag or the middle button pans, a right click shows everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary measures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ymptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and &amp;weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;herence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No patient yet: add one to see charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="+25"/>
        <source>Connect to a Shared Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server.home, or a socket folder such as /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your own login, e.g. mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry of ~/.pg_service.conf (instead of the above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One record shared by a household or a care team on a PostgreSQL server. Each caregiver signs in as their own user; the password is never stored by Shotbook: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) or the service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the database, or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shotbook opens %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryDayForm</name>
    <message>
        <location filename="../ui/diary/DiaryDayForm.cpp" line="+44"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> °F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryView</name>
    <message>
        <location filename="../ui/diary/DiaryView.cpp" line="+61"/>
        <source>Diary calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Side Effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No side effects recorded — Record Side Effect… when one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gone Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Infection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infections recorded — Record Infection… when one starts, and tell the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ended Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Blood Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood tests recorded — Record Blood Test… after each neutrophil count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blood tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other medicines recorded — Record Medicine… for each other medicine or vaccine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stopped Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, gone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — from %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source> (doctor told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (doctor not told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;A neutrophil count was due on %1.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next neutrophil count due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No neutrophil count is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose an entry in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiscardStockDialog</name>
    <message>
        <location filename="../ui/stock/DiscardStockDialog.cpp" line="+32"/>
        <source>Discard Syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use a syringe that is cloudy, discoloured or has particles in it, that was frozen, dropped or damaged, or that was out of the fridge too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DoseWeightChart</name>
    <message>
        <location filename="../ui/charts/DoseWeightChart.cpp" line="+71"/>
        <source>Dose and weight chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose in mg per day and in mg per kg per day, with the labelled maximum of 8 mg/kg/day, beside the weights. The table view lists the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dose and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <source>mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+21"/>
        <location line="+36"/>
        <source>mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>weight, lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight, kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mg/day (as measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 mg/day
from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg/kg/day
from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label maximum: 8 mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Weight (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1
weighed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/exchange/ExchangeActions.cpp" line="+29"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export the record of which patients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n patients</source>
        <translation>
            <numerusform>All %n patients</numerusform>
            <numerusform>All %n patients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV: Choose a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n CSV file to %1.</numerusform>
            <numerusform>Wrote %n CSV files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Export FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>FHIR JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) to %1.</source>
        <translation>
            <numerusform>Wrote a FHIR R4 bundle of %n resource to %1.</numerusform>
            <numerusform>Wrote a FHIR R4 bundle of %n resources to %1.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>There is nothing new to import: %n row(s) are already in %1&apos;s log.</source>
        <translation>
            <numerusform>There is nothing new to import: %n row is already in %1&apos;s log.</numerusform>
            <numerusform>There is nothing new to import: %n rows are already in %1&apos;s log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import %n injection(s) into %1&apos;s log?</source>
        <translation>
            <numerusform>Import %n injection into %1&apos;s log?</numerusform>
            <numerusform>Import %n injections into %1&apos;s log?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are already in the log and are left out.</source>
        <translation>
            <numerusform>%n row is already in the log and is left out.</numerusform>
            <numerusform>%n rows are already in the log and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are recorded as history: no syringes are taken from stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n injection(s) into %1&apos;s log (Edit ▸ Undo takes them out again).</source>
        <translation>
            <numerusform>Imported %n injection into %1&apos;s log (Edit ▸ Undo takes it out again).</numerusform>
            <numerusform>Imported %n injections into %1&apos;s log (Edit ▸ Undo takes them out again).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunIndicationPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunIndicationPage.cpp" line="+19"/>
        <source>What is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition your doctor prescribed anakinra (Kineret) for. Shotbook uses it to check the dose against the label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunPatientPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunPatientPage.cpp" line="+19"/>
        <source>Who are the injections for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can add more people later, for example a second child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunRegimenPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunRegimenPage.cpp" line="+28"/>
        <source>The regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the dose exactly as your doctor prescribed it. Shotbook does the arithmetic and warns about anything outside the labelled ranges; it never chooses a dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh again as the doctor advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;eight today:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStep</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStep.cpp" line="+17"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStockPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStockPage.cpp" line="+19"/>
        <source>Your syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack you have now, so that Shotbook can tell you when to order more and which lot to use first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunSummaryPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunSummaryPage.cpp" line="+25"/>
        <source>Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what Shotbook will record. Go back to change anything; you can also change it all later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mg/kg/day at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n injection(s) a day at %2, from %3</source>
        <translation>
            <numerusform>%1, %n injection a day at %2, from %3</numerusform>
            <numerusform>%1, %n injections a day at %2, from %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, for %n day</numerusform>
            <numerusform>, for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each injection: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: Today will ask you to set it (Set Regimen…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given: every zone is in use (Body Map switches zones off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient: the back of the arms and the buttocks are switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else: every zone is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n syringe(s) of lot %1, expiring %2</source>
        <translation>
            <numerusform>%n syringe of lot %1, expiring %2</numerusform>
            <numerusform>%n syringes of lot %1, expiring %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: add them later in Stock (Receive…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
        <location line="+12"/>
        <source>Welcome to Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this out for now; you can set it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private diary for daily injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Shotbook keeps a record of each injection, tells you which site is next, watches your syringe stock and keeps a diary of symptoms and side effects.&lt;/p&gt;&lt;p&gt;It never decides a dose: it records the regimen your doctor prescribed, does the arithmetic and warns you about anything outside the labelled ranges.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in &lt;b&gt;%1&lt;/b&gt;. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The next pages ask for the patient, the regimen and your syringes. Skip what you do not have at hand: you can add it later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplore with Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate database with two made-up patients and two years of injections, stock and diary, to try Shotbook on. This database stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Explore with Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunZonesPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunZonesPage.cpp" line="+21"/>
        <source>The patient, to themselves: abdomen and thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else (a parent, partner or nurse): also the back of the arms and the buttocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who gives the injections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook suggests the next site from the zones in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The back of the arms and the buttocks are hard to reach on oneself. You can switch any zone on or off later in Body Map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::HealthRecordDialog</name>
    <message>
        <location filename="../ui/diary/HealthRecordDialog.cpp" line="+65"/>
        <source>Record Side Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose from the list or describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Began on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Get medical help now for signs of a severe allergic reaction, trouble breathing, swelling of the face, lips or throat, chest pain, or signs of a serious infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chest infection, urinary infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about any infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Blood Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils are checked before the start, monthly for 3 months, then every 3 months for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Other Medicine or Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic or brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your doctor about every other medicine. Anakinra is not used with TNF blockers, and live vaccines should not be given during treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A Sign to Get Help Now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now:

%2

Is it one of them? If it is, stop using anakinra and get medical help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yes, It Is One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ImportCommand</name>
    <message>
        <location filename="../ui/exchange/ImportCommand.cpp" line="+12"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::InjectionDialog</name>
    <message>
        <location filename="../ui/injections/InjectionDialog.cpp" line="+45"/>
        <source>Log Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date and time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose in milligrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the syringe&apos;s label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>= %1 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site where the injection was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stop: Call Your Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log this injection only if a doctor said to go on with anakinra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Doctor Said to Go On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second Dose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if a second dose really was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Second Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too Soon After the Last Dose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if it really was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It Was Given: Log It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired Syringe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if this syringe really was injected, and tell your doctor or pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Expired Syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared Record Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared record cannot be reached, so Shotbook cannot check whether someone else already logged this dose. Keep this injection on this computer? It is sent as soon as the server is back, and a double dose is then shown to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syringe Out of the Fridge Too Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A syringe has been out of the fridge longer than allowed. Do not inject it: discard it and use another one from the fridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It and Use Another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I Injected It: Log It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check Before Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogTableModel</name>
    <message>
        <location filename="../ui/injections/LogTableModel.cpp" line="+60"/>
        <source>extra dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogView</name>
    <message>
        <location filename="../ui/injections/LogView.cpp" line="+32"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Injection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No injections in these dates — Log Injection… or Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete Injection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotForm</name>
    <message>
        <location filename="../ui/stock/LotForm.cpp" line="+25"/>
        <source>As printed on the carton, e.g. 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lot number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotTableModel</name>
    <message>
        <location filename="../ui/stock/LotTableModel.cpp" line="+65"/>
        <source>used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired: discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expires within the %n-day warning window.</source>
        <translation>
            <numerusform>Expires within the %n-day warning window.</numerusform>
            <numerusform>Expires within the %n-day warning window.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired: discard these syringes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expires within the %n-day warning window (Settings).</source>
        <translation>
            <numerusform>Expires within the %n-day warning window (Settings).</numerusform>
            <numerusform>Expires within the %n-day warning window (Settings).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+74"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients &amp; Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+193"/>
        <source>Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Shared Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Dose &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FHIR File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Log Injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Set &amp;Regimen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+31"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start Shotbook for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Show Shotbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+8"/>
        <source>Export Dose Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: import it into your calendar to be reminded of each dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored. The replaced file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shotbook is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will remind you of due doses. Use Quit in the tray menu to close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::OfflineBanner</name>
    <message>
        <location filename="../ui/shell/OfflineBanner.cpp" line="+31"/>
        <source>Connection to the shared record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Offline since %1:&lt;/b&gt; the shared record %2 cannot be reached (%3). What you see is what was last read. Injections you log are kept on this computer and sent when it is back; until then nobody else sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n injection(s) wait on this computer&lt;/b&gt; to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;%n injection waits on this computer&lt;/b&gt; to be sent.</numerusform>
            <numerusform>&lt;b&gt;%n injections wait on this computer&lt;/b&gt; to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An injection logged while the shared record could not be reached was sent; someone else had logged a dose for the same time meanwhile. Both are recorded. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Injections Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) stay on this computer; the shared record refused them:</source>
        <translation>
            <numerusform>%n injection stays on this computer; the shared record refused it:</numerusform>
            <numerusform>%n injections stay on this computer; the shared record refused them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n injection(s) kept on this computer reached the shared record.</source>
        <translation>
            <numerusform>%n injection kept on this computer reached the shared record.</numerusform>
            <numerusform>%n injections kept on this computer reached the shared record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+17"/>
        <source>&amp;Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;nown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a child&apos;s weight-based dose checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a weight-based (mg/kg) dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight today:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientSwitcher</name>
    <message>
        <location filename="../ui/patients/PatientSwitcher.cpp" line="+14"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient whose records are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientsView</name>
    <message>
        <location filename="../ui/patients/PatientsView.cpp" line="+40"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No patient yet — Add Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;Weight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Re&amp;gimen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No patient yet. Add the person whose injections you record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No weight recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>From %1: %2, %n injection(s) a day at %3</source>
        <translation>
            <numerusform>From %1: %2, %n injection a day at %3</numerusform>
            <numerusform>From %1: %2, %n injections a day at %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, for %n day</numerusform>
            <numerusform>, for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (prescribed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regimen yet: set the one your doctor prescribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Rename Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove %1 and every record of them from this database?

This cannot be undone. Backups made before now still hold their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Remove Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/common/ProblemListDialog.cpp" line="+23"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReactionDialog</name>
    <message>
        <location filename="../ui/sites/ReactionDialog.cpp" line="+38"/>
        <source>Record Site Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redness, swelling, itching or pain at the site are common in the first weeks and usually fade within 4–6 weeks. Call your doctor if a reaction is severe or does not fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReceiveStockDialog</name>
    <message>
        <location filename="../ui/stock/ReceiveStockDialog.cpp" line="+23"/>
        <source>Receive Syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RedFlagBanner</name>
    <message>
        <location filename="../ui/today/RedFlagBanner.cpp" line="+23"/>
        <source>Acknowledge warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>I have got help — hide this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+30"/>
        <source>Get medical help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the Warning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this warning only when you have got medical help. The side effect stays open until you mark it resolved in the Diary, and logging an injection will still ask whether a doctor said to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I Have Got Help — Hide It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenDialog</name>
    <message>
        <location filename="../ui/regimen/RegimenDialog.cpp" line="+28"/>
        <source>Set Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set Regimen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenForm</name>
    <message>
        <location filename="../ui/regimen/RegimenForm.cpp" line="+27"/>
        <source>&amp;Fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A course of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source> mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed dose in mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mg/kg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose in mg per kg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice a day (the daily amount split in two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other day (severe kidney impairment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First dose time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second dose time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source> mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Measuring step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marks of the syringe used: 10 mg on the prefilled syringe; 1.5 mg for a 0.01 mL syringe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest measurable dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Injections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter&amp;val:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prescribed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 mg/kg/day × %2 kg = &lt;b&gt;%3 mg/day&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 mg/day&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 doses of %1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection, as prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n syringe(s) per injection; what is left in a syringe is discarded.</source>
        <translation>
            <numerusform>%n syringe per injection; what is left in a syringe is discarded.</numerusform>
            <numerusform>%n syringes per injection; what is left in a syringe is discarded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReminderService</name>
    <message>
        <location filename="../ui/reminders/ReminderService.cpp" line="+53"/>
        <source>%1 mg (%2 mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop: call the doctor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose not logged yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 dose of %2 has not been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReportsView</name>
    <message>
        <location filename="../ui/reports/ReportsView.cpp" line="+62"/>
        <source>&amp;Summary (page 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shotbook records what was given; it does not prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Since the last report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last report (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a patient first: the report is about one patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day must come before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page; the preview shows the first %1.</numerusform>
            <numerusform>%n pages; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer did not take the pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ServerLink</name>
    <message>
        <location filename="../ui/common/ServerLink.cpp" line="+58"/>
        <location line="+58"/>
        <source>the server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+150"/>
        <source>&amp;Remind me when a dose is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Today and Stock warn when the syringes left last fewer days than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock colours a lot that expires within this many days, and warns when it will not be used up in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long a syringe may stay out of the fridge (up to 25 °C); the EU leaflet allows 72 hours. After that Log Injection asks before using it, and Stock no longer counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How far rounding to the syringe&apos;s marks may move a dose. Past it, the dose is shown as prescribed with a warning to ask the care team which syringe to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body Map and Log Injection warn when a zone is used again within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this database: they apply to everyone who uses it, on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1 to %2; %3 unless changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders appear only while Shotbook runs. For reminders on your phone, use File ▸ Export Dose Calendar… and open the file with the phone&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;backup each day when Shotbook opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are kept in a folder beside the database, readable by you only. File ▸ Backups… lists them, makes one now and restores one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Units and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Celsius (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fahrenheit (°F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Weights in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temperatures in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are always stored in kg and temperatures in °C. A new language and the Diary&apos;s temperature unit take effect when Shotbook is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Remind &amp;again after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SitesChart</name>
    <message>
        <location filename="../ui/charts/SitesChart.cpp" line="+34"/>
        <source>Injection sites chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections and site reactions per zone over the period. The table view lists the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Injections and site reactions per zone, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Site reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>number in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 injections (%3 %), %4 site reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockChart</name>
    <message>
        <location filename="../ui/stock/StockChart.cpp" line="+52"/>
        <source>Projected stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Usable syringes at the current dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syringes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lot expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>syringes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockView</name>
    <message>
        <location filename="../ui/stock/StockView.cpp" line="+42"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out of Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep syringes in the fridge at 2–8 °C, in the carton, away from light. Do not freeze or shake them. Out of the fridge (up to 25 °C) a syringe must be used within the allowed time and never put back. Do not use a syringe that is cloudy or has particles in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lots in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No syringes recorded yet — Receive… adds the lot number, expiry date and count printed on the carton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing received or used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record one syringe of the selected lot as taken out of the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>&lt;b&gt;%n usable syringe(s)&lt;/b&gt; in stock.</source>
        <translation>
            <numerusform>&lt;b&gt;%n usable syringe&lt;/b&gt; in stock.</numerusform>
            <numerusform>&lt;b&gt;%n usable syringes&lt;/b&gt; in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At %1 a day they last &lt;b&gt;%n day(s)&lt;/b&gt;, until %2.</source>
        <translation>
            <numerusform>At %1 a day they last &lt;b&gt;%n day&lt;/b&gt;, until %2.</numerusform>
            <numerusform>At %1 a day they last &lt;b&gt;%n days&lt;/b&gt;, until %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No regimen uses syringes today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used for an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Out of Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose a lot first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SymptomsChart</name>
    <message>
        <location filename="../ui/charts/SymptomsChart.cpp" line="+86"/>
        <source>Symptoms chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary measures over time, with the injections taken and missed, side effects and regimen changes. The table view lists the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symptoms, doses and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+277"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-276"/>
        <source>score 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fever (38 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: yes
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 on average
%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — weekly means, shaded from the lowest to the highest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — monthly means, shaded from the lowest to the highest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Injection taken
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dose missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose missed (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flag: get medical help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side effect (larger: more severe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Regimen from %1: %2, %n dose(s) a day</source>
        <translation>
            <numerusform>Regimen from %1: %2, %n dose a day</numerusform>
            <numerusform>Regimen from %1: %2, %n doses a day</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regimen change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (red flag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SyringeWidget</name>
    <message>
        <location filename="../ui/regimen/SyringeWidget.cpp" line="+42"/>
        <location line="+103"/>
        <source>Syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefilled syringe cannot measure %1 mg (%2 mL): its marks are %3 mg (%4 mL) apart. Ask your care team which syringe to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 full syringe(s) of 100 mg, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a full syringe: %1 mg (%2 mL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg (%4 mL) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+49"/>
        <source>mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg · %2 mL: cannot be measured with this syringe&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg · %2 mL: the whole syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg · %2 mL: push out the shaded part first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::TodayView</name>
    <message>
        <location filename="../ui/today/TodayView.cpp" line="+42"/>
        <location line="+36"/>
        <location line="+99"/>
        <source>Next dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+69"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Regimen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a patient under Patients to start the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next dose for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No dose scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last regimen&apos;s course has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the regimen your doctor prescribed to see when each dose is due: Set Regimen… below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg · %2 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due &lt;b&gt;%1&lt;/b&gt;, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: due %1, %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it now. If you miss a dose, take it as soon as you remember, unless the next dose is nearly due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Missed&lt;/b&gt; %1. Next dose &lt;b&gt;%2&lt;/b&gt;, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next dose is nearly due: skip the missed one and take the next at its usual time. Never take two doses to make up for a missed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No site can be suggested: every zone is switched off or has a reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — ✓ taken at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — &lt;b&gt;missed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — &lt;b&gt;due now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dose is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n day(s) in a row complete.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n day in a row complete.</numerusform>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n days in a row complete.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>next dose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;overdue&lt;/b&gt; since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;missed&lt;/b&gt; %1; next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no dose scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no regimen set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — %1 mg (%2 mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Get medical help now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::WeightDialog</name>
    <message>
        <location filename="../ui/patients/WeightDialog.cpp" line="+34"/>
        <source>Record Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh a growing child regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ZoneHeatMap</name>
    <message>
        <location filename="../ui/charts/ZoneHeatMap.cpp" line="+31"/>
        <source>Injections per zone on the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 injections, %3 reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 injections, %3 site reactions%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
