<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="+237"/>
        <location filename="../app/cli/PatientCommands.cpp" line="+161"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+149"/>
        <source>the patient&apos;s id or exact name</source>
        <translation>die ID oder der genaue Name des Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day to include</source>
        <translation>erster einzuschließender Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day to include</source>
        <translation>letzter einzuschließender Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the doctor&apos;s report (summary, charts, injection log, diary) as a PDF, never over an existing file; the last 90 days unless --from or --to say</source>
        <translation>schreibt den Arztbericht (Übersicht, Diagramme, Injektionsprotokoll, Tagebuch) als PDF, nie über eine vorhandene Datei; die letzten 90 Tage, sofern --from oder --to nichts anderes angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .pdf file to write</source>
        <translation>die zu schreibende .pdf-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave the notes out of the report</source>
        <translation>die Notizen im Bericht weglassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writes the dose times as repeating calendar events (iCalendar), never over an existing file</source>
        <translation>schreibt die Dosiszeiten als wiederkehrende Kalendertermine (iCalendar), nie über eine vorhandene Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .ics file to write</source>
        <translation>die zu schreibende .ics-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the record as CSV files (one per table, and manifest.csv) into a new or empty folder; every patient unless --patient names one</source>
        <translation>schreibt die Daten als CSV-Dateien (eine je Tabelle und manifest.csv) in einen neuen oder leeren Ordner; alle Patienten, sofern --patient keinen bestimmten nennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder to write</source>
        <translation>der Ordner, in den geschrieben wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the patient&apos;s record as a FHIR R4 Bundle (JSON), never over an existing file</source>
        <translation>schreibt die Daten des Patienten als FHIR-R4-Bundle (JSON), nie über eine vorhandene Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .json file to write</source>
        <translation>die .json-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="+359"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+219"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+245"/>
        <location filename="../app/cli/TodayCommands.cpp" line="+130"/>
        <source>the patient&apos;s id or name</source>
        <translation>die ID oder der Name des Patienten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a diary value</source>
        <translation>ein Tagebuchwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain, fatigue, stiffness-min, …</source>
        <translation>pain (Schmerzen), fatigue (Müdigkeit), stiffness-min (Morgensteifigkeit in Minuten), …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one day of the diary</source>
        <translation>ein Tag im Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect</source>
        <translation>eine Nebenwirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation>was aufgetreten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how bad</source>
        <translation>wie stark (mild: leicht, moderate: mittel, severe: schwer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>when it began</source>
        <translation>wann sie begonnen hat</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>when it ended</source>
        <translation>wann sie abgeklungen ist</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>it is a sign that needs medical help now (a red flag)</source>
        <translation>es ist ein Zeichen, dass sofort ärztliche Hilfe nötig ist (ein Warnzeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side effects</source>
        <translation>die Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes a red flag off the Today view</source>
        <translation>entfernt ein Warnzeichen aus der Ansicht „Heute“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect that has gone</source>
        <translation>eine Nebenwirkung, die abgeklungen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it went (default today)</source>
        <translation>wann sie abgeklungen ist (Standard: heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection that ended</source>
        <translation>eine Infektion, die abgeklungen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it ended (default today)</source>
        <translation>wann sie abgeklungen ist (Standard: heute)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a medicine that was stopped</source>
        <translation>ein Arzneimittel, das abgesetzt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day (default today)</source>
        <translation>der letzte Tag (Standard: heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection</source>
        <translation>eine Infektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what infection</source>
        <translation>welche Infektion</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>the doctor was told</source>
        <translation>die Ärztin oder der Arzt wurde informiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another medicine or vaccine</source>
        <translation>ein anderes Arzneimittel oder eine Impfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generic or brand name</source>
        <translation>Wirkstoff- oder Handelsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+12"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other medicines</source>
        <translation>die anderen Arzneimittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab result</source>
        <translation>ein Laborwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anc, platelets, alt, ast, crp, crcl</source>
        <translation>anc (Neutrophile), platelets (Thrombozyten), alt (ALT/GPT), ast (AST/GOT), crp (CRP), crcl (Kreatinin-Clearance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the blood was taken</source>
        <translation>wann das Blut abgenommen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lab results</source>
        <translation>die Laborwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next test due</source>
        <translation>die nächste fällige Blutuntersuchung</translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+3"/>
        <source>logs an injection</source>
        <translation>trägt eine Injektion ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection site&apos;s zone id</source>
        <translation>die Zonen-ID der Injektionsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was given (default now)</source>
        <translation>wann sie verabreicht wurde (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose (default: the regimen&apos;s)</source>
        <translation>die Dosis (Standard: die des Behandlungsplans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the syringe&apos;s lot</source>
        <translation>die Chargenbezeichnung der Spritze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who gave it</source>
        <translation>wer sie verabreicht hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirm a refused dose: a second dose for a filled slot, a dose too soon after another, an injection while a red flag is open, or an expired lot</source>
        <translation>eine abgelehnte Dosis bestätigen: eine zweite Dosis für einen bereits belegten Termin, eine Dosis zu kurz nach einer anderen, eine Injektion bei offenem Warnzeichen oder eine abgelaufene Charge</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-40"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="-3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+6"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+33"/>
        <location filename="../app/cli/StockCommands.cpp" line="+227"/>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+1"/>
        <source>where in the zone (fractions, 0–1)</source>
        <translation>wo in der Zone (Anteile, 0–1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lists injections, oldest first</source>
        <translation>listet die Injektionen auf, die älteste zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next or overdue dose, and what to do</source>
        <translation>die nächste oder überfällige Dosis und was zu tun ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due doses against injections, up to now</source>
        <translation>fällige Dosen im Vergleich zu den Injektionen, bis jetzt</translation>
    </message>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="+52"/>
        <source>checks the database&apos;s integrity and Shotbook&apos;s own rules</source>
        <translation>prüft die Unversehrtheit der Datenbank und Shotbooks eigene Regeln</translation>
    </message>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="+3"/>
        <source>adds a patient</source>
        <translation>fügt einen Patienten hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or nickname</source>
        <translation>Name oder Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight today</source>
        <translation>heutiges Gewicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lists patients</source>
        <translation>listet die Patienten auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>renames a patient</source>
        <translation>benennt einen Patienten um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation>der neue Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records a weight (0.3–300 kg)</source>
        <translation>trägt ein Gewicht ein (0,3–300 kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weight in kg</source>
        <translation>das Gewicht in kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on (default today)</source>
        <translation>gemessen am (Standard: heute)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient&apos;s weights, oldest first</source>
        <translation>die Gewichte des Patienten, das älteste zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removes a patient and every record of them</source>
        <translation>entfernt einen Patienten und alle seine Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm the removal</source>
        <translation>das Entfernen bestätigen</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-12"/>
        <source>starts a regimen on --start (default today), replacing the current one</source>
        <translation>beginnt einen Behandlungsplan am --start (Standard: heute), der den aktuellen ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed dose, mg per day</source>
        <translation>feste Dosis, mg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-based dose, mg/kg per day</source>
        <translation>gewichtsbezogene Dosis, mg/kg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injections per day</source>
        <translation>Injektionen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day or every other day</source>
        <translation>jeden Tag oder jeden zweiten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>course length in days</source>
        <translation>Behandlungsdauer in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring step</source>
        <translation>Schrittweite beim Abmessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest measurable dose</source>
        <translation>kleinste abmessbare Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ra, caps, nomid, dira or other</source>
        <translation>ra, caps, nomid, dira oder other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who prescribed it</source>
        <translation>wer ihn verordnet hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dose due on a day</source>
        <translation>die an einem Tag fällige Dosis</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-10"/>
        <location line="+3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>the day (default today)</source>
        <translation>der Tag (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-19"/>
        <source>the suggested zone</source>
        <translation>die empfohlene Zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every zone: on or off, last use, count, open reactions</source>
        <translation>alle Zonen: ein oder aus, letzte Verwendung, Anzahl, offene Hautreaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones on</source>
        <translation>schaltet Zonen ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones off</source>
        <translation>schaltet Zonen aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days a zone rests after an injection (shows or sets it)</source>
        <translation>Tage, die eine Zone nach einer Injektion ruht (zeigt den Wert an oder legt ihn fest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new number of days</source>
        <translation>die neue Anzahl der Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records a site reaction</source>
        <translation>trägt eine Hautreaktion ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zone</source>
        <translation>die Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redness, swelling, itching, pain, …</source>
        <translation>redness (Rötung), swelling (Schwellung), itching (Juckreiz), pain (Schmerz), …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mild, 2 moderate, 3 severe</source>
        <translation>1 leicht, 2 mittel, 3 schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started (default now)</source>
        <translation>wann sie begonnen hat (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection it followed</source>
        <translation>die Injektion, nach der sie auftrat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marks a site reaction as cleared</source>
        <translation>markiert eine Hautreaktion als abgeklungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it cleared (default now)</source>
        <translation>wann sie abgeklungen ist (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site reactions, newest first</source>
        <translation>die Hautreaktionen, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only those not cleared</source>
        <translation>nur die noch nicht abgeklungenen</translation>
    </message>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-12"/>
        <source>receives syringes</source>
        <translation>trägt den Eingang von Spritzen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>lot number</source>
        <translation>Chargenbezeichnung</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expiry date</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>number of syringes</source>
        <translation>Anzahl der Spritzen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>received on (default today)</source>
        <translation>erhalten am (Standard: heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lots</source>
        <translation>die Chargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discards syringes</source>
        <translation>verwirft Spritzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired, cloudy, frozen, damaged, room-temperature, other</source>
        <translation>expired (abgelaufen), cloudy (trüb), frozen (gefroren), damaged (beschädigt), room-temperature (zu lange bei Raumtemperatur), other (Sonstiges)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes syringes out of the fridge</source>
        <translation>nimmt Spritzen aus dem Kühlschrank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of syringes (default 1)</source>
        <translation>Anzahl der Spritzen (Standard: 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default now)</source>
        <translation>wann (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply as of now</source>
        <translation>der aktuelle Vorrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this patient&apos;s use</source>
        <translation>nur der Verbrauch dieses Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every stock movement</source>
        <translation>alle Zu- und Abgänge im Vorrat</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+54"/>
        <source>imports an injection log (Shotbook&apos;s injections.csv, or another tracker&apos;s table with date/time, dose and site columns): every row or none; rows already in the log are not imported twice</source>
        <translation>importiert ein Injektionsprotokoll (die injections.csv von Shotbook oder die Tabelle eines anderen Programms mit Spalten für Datum/Uhrzeit, Dosis und Stelle): alle Zeilen oder keine; Zeilen, die schon im Protokoll stehen, werden nicht doppelt importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient every row belongs to</source>
        <translation>der Patient, zu dem jede Zeile gehört</translation>
    </message>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-3"/>
        <source>what Today shows: the next dose, the suggested site, alerts, red flags, every other patient</source>
        <translation>was „Heute“ zeigt: die nächste Dosis, die vorgeschlagene Stelle, Hinweise, Warnzeichen, alle anderen Patienten</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="+75"/>
        <source>writes a realistic sample database (never over an existing file)</source>
        <translation>schreibt eine realistische Beispieldatenbank (nie über eine vorhandene Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years of history</source>
        <translation>Jahre Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many patients</source>
        <translation>wie viele Patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database file</source>
        <translation>die neue Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation>derselbe Startwert ergibt dieselben Daten (Standard: 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+85"/>
        <source>writes a consistent copy of the database, also while it is in use, never over an existing file</source>
        <translation>schreibt eine konsistente Kopie der Datenbank, auch während sie benutzt wird, nie über eine vorhandene Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>die zu schreibende Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replaces the database with a backup, after checking the backup; the replaced file is kept in the backups folder; refused while Shotbook has the file open</source>
        <translation>ersetzt die Datenbank durch eine Sicherung, nachdem die Sicherung geprüft wurde; die ersetzte Datei wird im Sicherungsordner aufbewahrt; abgelehnt, solange Shotbook die Datei geöffnet hat</translation>
    </message>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="+72"/>
        <source>copies a local record into an empty shared record on a PostgreSQL server, all or nothing, checked on both sides; the file is left as it was (--db is not used)</source>
        <translation>kopiert eine lokale Akte in eine leere gemeinsame Akte auf einem PostgreSQL-Server, ganz oder gar nicht, auf beiden Seiten geprüft; die Datei bleibt, wie sie war (--db wird nicht verwendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local record</source>
        <translation>die lokale Akte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shared record: postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>die gemeinsame Akte: postgresql://BENUTZER@HOST[:PORT]/DATENBANK</translation>
    </message>
</context>
<context>
    <name>ActivityScore</name>
    <message>
        <location filename="../core/charts/ActivityScore.cpp" line="+41"/>
        <source>Fever (38 °C or more)</source>
        <translation>Fieber (38 °C oder mehr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall symptoms</source>
        <translation>Beschwerden insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Bauchschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Übelkeit oder Erbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Schmerzhafte Lymphknoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint or muscle pain</source>
        <translation>Gelenk- oder Muskelschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint swelling</source>
        <translation>Gelenkschwellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye symptoms</source>
        <translation>Augenbeschwerden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin rash</source>
        <translation>Hautausschlag</translation>
    </message>
</context>
<context>
    <name>AddHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+29"/>
        <source>Add to the diary</source>
        <translation>Zum Tagebuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddPatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+10"/>
        <source>Add patient %1</source>
        <translation>Patient %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+43"/>
        <source>Record %1</source>
        <translation>%1 eintragen</translation>
    </message>
</context>
<context>
    <name>AddWeightCommand</name>
    <message>
        <location filename="../ui/patients/WeightCommands.cpp" line="+10"/>
        <source>Record weight</source>
        <translation>Gewicht eintragen</translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <location filename="../app/cli/AdviceText.cpp" line="+23"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now. Next dose: %2.</source>
        <translation>Die Dosis, fällig %1, wurde nicht eingetragen, aber vor weniger als einem halben Intervall wurde eine Dosis genommen: Nehmen Sie jetzt keine weitere. Nächste Dosis: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next dose: %1.</source>
        <translation>Nächste Dosis: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 has not been logged: take it now.</source>
        <translation>Die Dosis, fällig %1, ist nicht eingetragen: Nehmen Sie sie jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose due %1 was missed and the next one is nearly due: skip it and take the next dose at %2. Never take two doses to catch up.</source>
        <translation>Die Dosis, fällig %1, wurde versäumt und die nächste ist bald fällig: Lassen Sie sie aus und nehmen Sie die nächste Dosis um %2. Nehmen Sie nie zwei Dosen, um etwas nachzuholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dose is scheduled: the regimen&apos;s course has ended.</source>
        <translation>Es ist keine Dosis geplant: Der Behandlungsplan ist beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dose is scheduled: set a regimen first.</source>
        <translation>Es ist keine Dosis geplant: Legen Sie zuerst einen Behandlungsplan fest.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <location filename="../ui/backups/AutomaticBackup.cpp" line="+19"/>
        <source>The daily backup could not be made: %1</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made today&apos;s backup in %1.</source>
        <translation>Heutige Sicherung in %1 erstellt.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="-58"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sicherung von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A shared record on a server is restored with the server&apos;s own tools, not by Shotbook.</source>
        <translation>Gemeinsame Daten auf einem Server werden mit den Werkzeugen des Servers wiederhergestellt, nicht von Shotbook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replaced file is kept as %1.</source>
        <translation>Die ersetzte Datei wird als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/storage/Backups.cpp" line="+90"/>
        <source>Could not create the backups folder %1.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BodyMapCaptions</name>
    <message>
        <location filename="../ui/sites/BodyMapCaptions.cpp" line="+45"/>
        <source>R</source>
        <extracomment>Marks the patient&apos;s own right side on the body map.</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Marks the patient&apos;s own left side on the body map.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
</context>
<context>
    <name>BodyMapLegend</name>
    <message>
        <location filename="../ui/sites/BodyMapLegend.cpp" line="+28"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days or more</source>
        <translation>%1 Tage oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used (%1)</source>
        <translation>Nie verwendet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reaction</source>
        <translation>Offene Hautreaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested next</source>
        <translation>Als Nächstes empfohlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent injections</source>
        <translation>Letzte Injektionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1 cm from the last</source>
        <translation>%1 cm Abstand zur letzten halten</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Days since last use</source>
        <translation>Tage seit der letzten Verwendung</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/exchange/CalendarExport.cpp" line="+25"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Der erste Tag %1 liegt nach dem letzten Tag %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no regimen, so there are no dose times to export; set one first.</source>
        <translation>%1 hat keinen Behandlungsplan, daher gibt es keine Dosiszeiten zum Exportieren; legen Sie zuerst einen fest.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blood test overdue (due %1): neutrophil count (%2)</source>
        <translation>Blutuntersuchung überfällig (fällig am %1): Neutrophile (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood test due: neutrophil count (%1)</source>
        <translation>Blutuntersuchung fällig: Neutrophile (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anakinra can lower the neutrophils: a count is due before the start, monthly for 3 months, then every 3 months up to a year.</source>
        <translation>Anakinra kann die Zahl der Neutrophilen senken: Sie wird vor Behandlungsbeginn bestimmt, in den ersten 3 Monaten monatlich, danach bis zum Ende des ersten Jahres alle 3 Monate.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+63"/>
        <source>--%1: &quot;%2&quot; is not a number (use . as the decimal mark).</source>
        <translation>--%1: „%2“ ist keine Zahl (verwenden Sie . als Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: „%2“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--%1: „%2“ ist keine Zeitangabe; schreiben Sie sie als YYYY-MM-DDTHH:MM[:SS], wahlweise mit Z oder einem Versatz wie +01:00.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+52"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Der erste Tag %1 liegt nach dem letzten Tag %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the folder to write the CSV files into.</source>
        <translation>Geben Sie den Ordner an, in den die CSV-Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists and is not a folder; Shotbook never overwrites a file.</source>
        <translation>%1 existiert bereits und ist kein Ordner; Shotbook überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not empty; give a new folder (it is created) or an empty one, so that no file is overwritten.</source>
        <translation>%1 ist nicht leer; geben Sie einen neuen Ordner (er wird angelegt) oder einen leeren an, damit keine Datei überschrieben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/CsvReader.cpp" line="+154"/>
        <source>a quote inside a field that does not start with one; quote the whole field and double the quotes in it (&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quoted field starts here and never ends (a closing quote is missing)</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie endet (ein schließendes Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text after the closing quote of a field; double a quote that belongs to the text (&quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes; verdoppeln Sie ein Anführungszeichen, das zum Text gehört (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the line is not UTF-8 text; save the file as UTF-8</source>
        <translation>die Zeile ist kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+75"/>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at %1. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>Unter %1 gibt es keine Datenbank. Sie wird vom ersten Befehl angelegt, der etwas einträgt, z. B. „patient add“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1. Check that the file exists and that you may read and write it.</source>
        <translation>%1 kann nicht gelesen werden. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty (0 bytes): it holds no records. If it was your database, the disk lost it: restore a backup. To start a new record there, delete the empty file first. It was left unchanged.</source>
        <translation>%1 ist leer (0 Byte): Sie enthält keine Einträge. War das Ihre Datenbank, hat der Datenträger sie verloren: Stellen Sie eine Sicherung wieder her. Um dort eine neue Akte anzulegen, löschen Sie zuerst die leere Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Shotbook database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Shotbook-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). It was left unchanged; restore a backup.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Inhalt angibt (abgeschnitten). Sie wurde nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+131"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+170"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). It was left unchanged; update Shotbook to open it.</source>
        <translation>%1 wurde von einer neueren Shotbook-Version geschrieben (Datenbankversion %2; diese Version liest bis Version %3). Die Datei wurde nicht verändert; aktualisieren Sie Shotbook, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+332"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Cannot open %1: the file or its folder is read-only, and Shotbook needs to write beside it (%2-wal, %2-shm). Copy it to a folder you may write to, or make it writable. It was left unchanged.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei oder ihr Ordner ist schreibgeschützt, und Shotbook muss daneben schreiben (%2-wal, %2-shm). Kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen, oder heben Sie den Schreibschutz auf. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1 (%2). It was left unchanged.</source>
        <translation>%1 kann nicht geöffnet werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be read (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is an SQLite file of another program, not a Shotbook database. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine Shotbook-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot use write-ahead logging for %1 (journal mode is &quot;%2&quot;); is it on a network drive?</source>
        <translation>Für %1 kann kein Write-Ahead-Logging verwendet werden (Journalmodus ist „%2“); liegt die Datei auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>Diese SQLite-Version kann Fremdschlüssel nicht durchsetzen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did not update %1 to the new version, because the backup copy could not be written first: %2</source>
        <translation>%1 wurde nicht auf die neue Version aktualisiert, weil zuvor keine Sicherungskopie geschrieben werden konnte: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+39"/>
        <source>Updating %1 to version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>Die Aktualisierung von %1 auf Version %2 (%3) ist fehlgeschlagen: %4. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SQLite integrity: %1</source>
        <translation>SQLite-Integrität: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 in table %2 refers to a missing record in table %3.</source>
        <translation>Eintrag %1 in Tabelle %2 verweist auf einen fehlenden Eintrag in Tabelle %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existiert bereits; die Datei wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseServer.cpp" line="-115"/>
        <source>Cannot reach a shared record: Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Gemeinsame Daten sind nicht erreichbar: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The server %1 refused the login: %2 Check the user name and the password in ~/.pgpass (Shotbook never stores passwords).</source>
        <translation>Der Server %1 hat die Anmeldung abgelehnt: %2 Prüfen Sie Benutzername und Passwort in ~/.pgpass (Shotbook speichert nie Passwörter).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure connection to the server %1: %2 Check sslmode and sslrootcert (the household&apos;s CA certificate) in the address, and that the host name is the one in the server&apos;s certificate.</source>
        <translation>Keine sichere Verbindung zum Server %1: %2 Prüfen Sie sslmode und sslrootcert (das CA-Zertifikat des Haushalts) in der Adresse und dass der Hostname der im Zertifikat des Servers ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the shared record %1: %2</source>
        <translation>Die gemeinsamen Daten %1 sind nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no Shotbook record in %1 yet. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>In %1 gibt es noch keinen Shotbook-Datensatz. Er wird vom ersten Befehl angelegt, der etwas einträgt, z. B. „patient add“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 holds tables of another program, not a Shotbook record. It was left unchanged.</source>
        <translation>%1 enthält Tabellen eines anderen Programms, keine Shotbook-Daten. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a Shotbook record. It was left unchanged.</source>
        <translation>%1 sind keine Shotbook-Daten. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The shared record %1 was changed to version %2 while this window was away from it; open it again.</source>
        <translation>Die gemeinsame Akte %1 wurde auf Version %2 geändert, während dieses Fenster keine Verbindung hatte; öffnen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../core/maintenance/DatabaseCheck.cpp" line="+43"/>
        <source>%n record(s) with %1 (id %2)</source>
        <translation>
            <numerusform>%n Eintrag mit %1 (ID %2)</numerusform>
            <numerusform>%n Einträge mit %1 (ID %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../core/storage/DatabaseLock.cpp" line="+31"/>
        <source>%1 is locked by another program (the lock file %2 could not be taken over). Close the program that has it open, or remove the lock file.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (die Sperrdatei %2 konnte nicht übernommen werden). Schließen Sie das Programm, in dem die Datei geöffnet ist, oder entfernen Sie die Sperrdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already open in another Shotbook window (process %2 on %3). Switch to that window, or close it first.</source>
        <translation>%1 ist bereits in einem anderen Shotbook-Fenster geöffnet (Prozess %2 auf %3). Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/DatabaseOpener.cpp" line="+85"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Open Another File…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create New File…</source>
        <translation>&amp;Neue Datei anlegen…</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot Open the Shared Record</source>
        <translation>Gemeinsamer Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can open the record kept on this computer instead (it does not hold the shared record&apos;s entries), or try again once the server is back.</source>
        <translation>Sie können stattdessen den Datensatz auf diesem Computer öffnen (er enthält die Einträge des gemeinsamen Datensatzes nicht) oder es erneut versuchen, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;Local Record</source>
        <translation>&amp;Lokalen Datensatz öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore the Backup of %1</source>
        <translation>Sicherung vom %1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of this database was made on %1. Restoring it replaces the damaged file, which is kept in the backups folder; entries made after the backup are not in it.</source>
        <translation>Eine Sicherung dieser Datenbank wurde am %1 erstellt. Die Wiederherstellung ersetzt die beschädigte Datei, die im Sicherungsordner aufbewahrt wird; Einträge nach der Sicherung sind nicht darin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Shotbook-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Shotbook-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen: Shotbook überschreibt nie eine Datei.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <location filename="../core/storage/DatabaseRestore.cpp" line="+73"/>
        <source>There is no file %1 to restore.</source>
        <translation>Es gibt keine Datei %1 zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database itself; choose a backup of it.</source>
        <translation>%1 ist die Datenbank selbst; wählen Sie eine Sicherung davon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 of the database does not exist.</source>
        <translation>Der Ordner %1 der Datenbank existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored; the database is unchanged.</source>
        <translation>Es wurde nichts wiederhergestellt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty, not a backup. %2</source>
        <translation>%1 ist leer, keine Sicherung. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Shotbook backup (it is not an SQLite file). %2</source>
        <translation>%1 ist keine Shotbook-Sicherung (es ist keine SQLite-Datei). %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated, e.g. a copy cut short). %2</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Inhalt angibt (abgeschnitten, z. B. eine unvollständige Kopie). %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite file of another program, not a Shotbook backup. %2</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine Shotbook-Sicherung. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). Update Shotbook to restore it. %4</source>
        <translation>%1 wurde von einer neueren Shotbook-Version geschrieben (Datenbankversion %2; diese Version liest bis %3). Aktualisieren Sie Shotbook, um sie wiederherzustellen. %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be restored: %2 %3</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 fails Shotbook&apos;s check (%n problem(s)). %2</source>
        <translation>
            <numerusform>%1 besteht die Prüfung von Shotbook nicht (%n Problem). %2</numerusform>
            <numerusform>%1 besteht die Prüfung von Shotbook nicht (%n Probleme). %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation>%1 kann nicht nach %2 verschoben werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot put the backup in the place of %1; nothing was restored.</source>
        <translation>Die Sicherung kann nicht an die Stelle von %1 gesetzt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>DeleteInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="+71"/>
        <source>Delete injection</source>
        <translation>Injektion löschen</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="-44"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed: „%1“ ist keine ganze Zahl von 0 bis 18446744073709551615.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote sample data to %1: %n patient(s), </source>
        <translation>
            <numerusform>Beispieldaten nach %1 geschrieben: %n Patient, </numerusform>
            <numerusform>Beispieldaten nach %1 geschrieben: %n Patienten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s) over %1 year(s).</source>
        <translation>
            <numerusform>%n Injektion in %1 Jahr(en).</numerusform>
            <numerusform>%n Injektionen in %1 Jahr(en).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+198"/>
        <source>--years %1 is out of range; it must be from 1 to %2.</source>
        <translation>--years %1 liegt außerhalb des zulässigen Bereichs; es muss von 1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--patients %1 is out of range; it must be from 1 to %2.</source>
        <translation>--patients %1 liegt außerhalb des zulässigen Bereichs; es muss von 1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample data goes into a new, empty database only.</source>
        <translation>Beispieldaten kommen nur in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 appeared while the sample data was written; Shotbook never overwrites a file.</source>
        <translation>%1 ist entstanden, während die Beispieldaten geschrieben wurden; Shotbook überschreibt nie eine Datei.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-335"/>
        <source>Recorded %1 = %2.</source>
        <translation>%1 = %2 eingetragen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>To record a side effect as a red flag, add it with --red-flag.</source>
        <translation>Um eine Nebenwirkung als Warnzeichen einzutragen, fügen Sie sie mit --red-flag hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded &quot;%1&quot; (id %2).</source>
        <translation>„%1“ eingetragen (ID %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>	RED FLAG</source>
        <translation>	WARNZEICHEN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a side-effect id.</source>
        <translation>„%1“ ist keine Nebenwirkungs-ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>„%1“ ist keine ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ended on %1.</source>
        <translation>Beendet am %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recorded the infection (id %1).</source>
        <translation>Infektion eingetragen (ID %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recorded %1 (id %2).</source>
        <translation>%1 eingetragen (ID %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Recorded %1 = %2 %3.</source>
        <translation>%1 = %2 %3 eingetragen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Die nächste Bestimmung der Neutrophilen ist am %1 fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test is due: no regimen yet, or the first year of monitoring is complete.</source>
        <translation>Keine Blutuntersuchung fällig: Es gibt noch keinen Behandlungsplan, oder das erste Jahr der Kontrollen ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>DiaryService</name>
    <message>
        <location filename="../core/diary/DiaryService.cpp" line="+29"/>
        <source>The diary day %1 is in the future.</source>
        <translation>Der Tagebuchtag %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The note has more than 4000 characters.</source>
        <translation>Die Notiz hat mehr als 4000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>DiscardStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+38"/>
        <source>Discard %1 syringes of lot %2</source>
        <translation>%1 Spritzen der Charge %2 verwerfen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of a discard</source>
        <translation>Verwerfen rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>DoseCalculator</name>
    <message>
        <location filename="../core/regimen/DoseCalculator.cpp" line="+45"/>
        <source>%1 mg is %2 % more than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg sind %2 % mehr als die Dosis des Behandlungsplans von %3 mg pro Injektion. Prüfen Sie die Dosis: Tragen Sie eine andere Menge nur ein, wenn sie tatsächlich gegeben wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg is %2 % less than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg sind %2 % weniger als die Dosis des Behandlungsplans von %3 mg pro Injektion. Prüfen Sie die Dosis: Tragen Sie eine andere Menge nur ein, wenn sie tatsächlich gegeben wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg per injection is %2 mg/kg per day at %3 kg, above the labelled maximum of %4 mg/kg per day.</source>
        <translation>%1 mg pro Injektion sind bei %3 kg %2 mg/kg pro Tag, mehr als die in der Fachinformation angegebene Höchstdosis von %4 mg/kg pro Tag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis.</source>
        <translation>%1 mg pro Tag liegen über der in der Fachinformation angegebenen Dosis von %2 mg pro Tag bei rheumatoider Arthritis.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The dose is %1 mg/kg per day but no weight is recorded on or before this day; add a weight first.</source>
        <translation>Die Dosis beträgt %1 mg/kg pro Tag, aber an oder vor diesem Tag ist kein Gewicht eingetragen; tragen Sie zuerst ein Gewicht ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 mg/kg per day is prescribed, above the labelled maximum of %2 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>Verordnet sind %1 mg/kg pro Tag und damit mehr als die laut Fachinformation höchste Dosis von %2 mg/kg pro Tag. Klären Sie die Verordnung mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg per day is %2 mg/kg per day, above the labelled maximum of %3 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>%1 mg pro Tag sind %2 mg/kg pro Tag und damit mehr als die laut Fachinformation höchste Dosis von %3 mg/kg pro Tag. Klären Sie die Verordnung mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis. Check the prescription with the doctor.</source>
        <translation>%1 mg pro Tag liegt über der laut Fachinformation vorgesehenen Dosis von %2 mg pro Tag bei rheumatoider Arthritis. Klären Sie die Verordnung mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg (%2 mL) cannot be measured with marks every %3 mg: the nearest mark, %4 mg, is more than %5 % away. Ask the care team which syringe to measure this dose with, and set that syringe&apos;s step in the regimen (a 1 mL syringe marked every 0.01 mL measures 1.5 mg steps).</source>
        <translation>%1 mg (%2 mL) lassen sich mit Skalenstrichen alle %3 mg nicht abmessen: Der nächste Strich, %4 mg, ist mehr als %5 % entfernt. Fragen Sie das Behandlungsteam, mit welcher Spritze diese Dosis abgemessen werden soll, und tragen Sie die Schrittweite dieser Spritze im Behandlungsplan ein (eine 1-mL-Spritze mit Strichen alle 0,01 mL misst in Schritten von 1,5 mg).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg is below the smallest dose the syringe can measure (%2 mg). Ask the pharmacist how to draw it up.</source>
        <translation>%1 mg ist weniger als die kleinste Dosis, die sich mit der Spritze abmessen lässt (%2 mg). Fragen Sie in der Apotheke, wie Sie sie aufziehen.</translation>
    </message>
</context>
<context>
    <name>DoseFlags</name>
    <message>
        <location filename="../core/regimen/DoseFlags.cpp" line="+18"/>
        <source>The latest weight was measured %1 days ago; weigh again (every %2 days or sooner) so that the dose follows the weight.</source>
        <translation>Das letzte Gewicht wurde vor %1 Tagen gemessen; wiegen Sie erneut (alle %2 Tage oder öfter), damit die Dosis zum aktuellen Gewicht passt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The weight changed by %1 % since the regimen was set (%2 kg → %3 kg). Ask the doctor whether the dose should change.</source>
        <translation>Das Gewicht hat sich seit dem Festlegen des Behandlungsplans um %1 % verändert (%2 kg → %3 kg). Fragen Sie Ihre Ärztin oder Ihren Arzt, ob die Dosis angepasst werden sollte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dose changes by %1 mg/kg/day (%2 → %3); the label adjusts in steps of 0.5–1 mg/kg. Check the prescription with the doctor.</source>
        <translation>Die Dosis ändert sich um %1 mg/kg/Tag (%2 → %3); laut Fachinformation wird sie in Schritten von 0,5–1 mg/kg angepasst. Klären Sie die Verordnung mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>EditInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-29"/>
        <source>Change injection</source>
        <translation>Injektion ändern</translation>
    </message>
</context>
<context>
    <name>EndHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+60"/>
        <source>Mark as ended</source>
        <translation>Als beendet markieren</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommands.cpp" line="-229"/>
        <source>Wrote %n repeating event(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n wiederkehrender Termin für %1 wurde nach %2 geschrieben.</numerusform>
            <numerusform>%n wiederkehrende Termine für %1 wurden nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose falls between the dates given; the calendar is empty.</source>
        <translation>Zwischen den angegebenen Daten liegt keine Dosis; der Kalender ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every patient</source>
        <translation>alle Patienten</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n CSV file(s) for %1 to %2 (%3 rows).</source>
        <translation>
            <numerusform>%n CSV-Datei für %1 nach %2 geschrieben (%3 Zeilen).</numerusform>
            <numerusform>%n CSV-Dateien für %1 nach %2 geschrieben (%3 Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) for %1 to %2.</source>
        <translation>
            <numerusform>FHIR-R4-Bundle mit %n Ressource für %1 nach %2 geschrieben.</numerusform>
            <numerusform>FHIR-R4-Bundle mit %n Ressourcen für %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make the PDF: %1 is missing; it draws the report and is installed beside shotbook-cli.</source>
        <translation>Das PDF kann nicht erstellt werden: %1 fehlt; das Programm zeichnet den Bericht und wird neben shotbook-cli installiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make the PDF: %1 stopped (%2).</source>
        <translation>Das PDF kann nicht erstellt werden: %1 wurde abgebrochen (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot make the PDF: %1</source>
        <translation>Das PDF kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote a report of %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>Bericht mit %n Seite für %1 nach %2 geschrieben.</numerusform>
            <numerusform>Bericht mit %n Seiten für %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+178"/>
        <source>--from %1 is after --to %2; the first day must come before the last.</source>
        <translation>--from %1 liegt nach --to %2; der erste Tag muss vor dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <location filename="../core/exchange/FhirBundle.cpp" line="+172"/>
        <source>%1 mg a day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg/kg a day</source>
        <translation>%1 mg/kg pro Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n dose(s)</source>
        <translation>
            <numerusform>in %n Dosis</numerusform>
            <numerusform>in %n Dosen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every other day</source>
        <translation>jeden zweiten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcutaneous</source>
        <translation>subkutan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prescribed by %1.</source>
        <translation>Verordnet von %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Missed dose: no injection was logged for the dose due at this time</source>
        <translation>Versäumte Dosis: Für die zu dieser Zeit fällige Dosis wurde keine Injektion eingetragen</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../core/exchange/FhirExport.cpp" line="+23"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Der erste Tag %1 liegt nach dem letzten Tag %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunCommand</name>
    <message>
        <location filename="../ui/firstrun/FirstRunCommand.cpp" line="+13"/>
        <source>Set up %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>redo of receiving</source>
        <translation>Eingang wiederhergestellt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of receiving</source>
        <translation>Eingang rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>HealthRecordService</name>
    <message>
        <location filename="../core/diary/HealthRecordService.cpp" line="+34"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 date %2 is in the future.</source>
        <translation>Das Datum %2 (%1) liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe the side effect in 1 to 200 characters.</source>
        <translation>Beschreiben Sie die Nebenwirkung mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity &quot;%1&quot; is not one of: %2.</source>
        <translation>Der Schweregrad „%1“ ist keiner der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The onset %1 is after the resolved date %2.</source>
        <translation>Der Beginn (%1) liegt nach dem Datum des Abklingens (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown catalogue term &quot;%1&quot;.</source>
        <translation>Unbekannter Katalogbegriff „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now (%2). Check whether it is: if so, get medical help now and record it as a red flag.</source>
        <translation>„%1“ könnte eines der Zeichen sein, bei denen sofort ärztliche Hilfe nötig ist (%2). Prüfen Sie, ob es so ist: Wenn ja, holen Sie sofort ärztliche Hilfe und tragen Sie es als Warnzeichen ein.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about this infection.</source>
        <translation>Anakinra erhöht das Risiko schwerer Infektionen: Informieren Sie Ihre Ärztin oder Ihren Arzt über diese Infektion.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blood test</source>
        <translation>Blutwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no %1 with id %2.</source>
        <translation>Es gibt kein(e) %1 mit der ID %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A blood test has no end; record a new one instead.</source>
        <translation>Ein Blutwert hat kein Ende; tragen Sie stattdessen einen neuen ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end date %1 is in the future; a record ends on a day that has come.</source>
        <translation>Das Enddatum %1 liegt in der Zukunft; ein Eintrag endet an einem Tag, der schon gekommen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 began on %3: it cannot end on %4, before that.</source>
        <translation>%1 %2 begann am %3: Es kann nicht am %4 enden, davor.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>There is no side effect with id %1.</source>
        <translation>Es gibt keine Nebenwirkung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Describe the infection in 1 to 200 characters.</source>
        <translation>Beschreiben Sie die Infektion mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infection cannot end before it started.</source>
        <translation>Die Infektion kann nicht enden, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The medicine&apos;s name must have 1 to 200 characters.</source>
        <translation>Der Name des Arzneimittels muss 1 bis 200 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A medicine cannot stop before it started.</source>
        <translation>Ein Arzneimittel kann nicht vor seinem Beginn abgesetzt werden.</translation>
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
        <translation>Anakinra-Dosis — %1 (%2 mg/kg/Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose is %1 mg/kg per day, worked out from the latest weight: Shotbook shows the amount to measure.</source>
        <translation>Die Dosis beträgt %1 mg/kg pro Tag, berechnet aus dem zuletzt eingetragenen Gewicht: Shotbook zeigt die abzumessende Menge an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anakinra dose — %1 (%2 mg)</source>
        <translation>Anakinra-Dosis — %1 (%2 mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per injection (%2 mL at 150 mg/mL).</source>
        <translation>%1 mg pro Injektion (%2 mL bei 150 mg/mL).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/exchange/ImportColumns.cpp" line="+105"/>
        <source>column %1 (no name)</source>
        <translation>Spalte %1 (ohne Namen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the dose must be given in mg; this column holds another unit. Convert it to mg (100 mg = 0.67 mL) in a column named &quot;dose_mg&quot;.</source>
        <translation>Die Dosis muss in mg angegeben sein; diese Spalte enthält eine andere Einheit. Rechnen Sie sie in mg um (100 mg = 0,67 mL) in einer Spalte namens „dose_mg“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 &quot;%2&quot; holds the same as column %3 &quot;%4&quot; (%5); keep one of them.</source>
        <translation>Spalte %1 „%2“ enthält dasselbe wie Spalte %3 „%4“ (%5); behalten Sie eine davon.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the time is given twice (a date-and-time column and a date or time column); keep one of them.</source>
        <translation>Die Zeit ist doppelt angegeben (eine Spalte für Datum und Uhrzeit und eine für Datum oder Uhrzeit); behalten Sie eine davon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date/time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column for when each injection was given; name it &quot;at&quot; (YYYY-MM-DDTHH:MM, optionally with an offset), or &quot;date&quot; and &quot;time&quot;.</source>
        <translation>keine Spalte für den Zeitpunkt jeder Injektion; nennen Sie sie „at“ (YYYY-MM-DDTHH:MM, wahlweise mit Zeitverschiebung) oder „date“ und „time“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is a date column but no time column; the time of each injection is needed.</source>
        <translation>Es gibt eine Datumsspalte, aber keine Uhrzeitspalte; die Uhrzeit jeder Injektion wird benötigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose_mg</source>
        <translation>dose_mg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the dose in mg; name it &quot;dose_mg&quot;, &quot;dose&quot;, &quot;dose (mg)&quot; or &quot;amount&quot;.</source>
        <translation>keine Spalte für die Dosis in mg; nennen Sie sie „dose_mg“, „dose“, „dose (mg)“ oder „amount“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the injection site; name it &quot;site&quot;, &quot;location&quot; or &quot;injection site&quot;.</source>
        <translation>keine Spalte für die Injektionsstelle; nennen Sie sie „site“, „location“ oder „injection site“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spot_x and spot_y go together; give both or neither.</source>
        <translation>spot_x und spot_y gehören zusammen; geben Sie beide an oder keine.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="-20"/>
        <source>Imported %n injection(s) from %1.</source>
        <translation>
            <numerusform>%n Injektion aus %1 importiert.</numerusform>
            <numerusform>%n Injektionen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are history: no syringes were taken from stock.</source>
        <translation>Sie sind Verlauf: Es wurden keine Spritzen aus dem Vorrat genommen.</translation>
    </message>
</context>
<context>
    <name>ImportedRow</name>
    <message>
        <location filename="../core/exchange/ImportedRow.cpp" line="+60"/>
        <source>the row has %1 fields, the header has %2; a field with a comma must be quoted</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2; ein Feld mit einem Komma muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date and time</source>
        <translation>kein Datum und keine Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date and time that exists; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00</source>
        <translation>„%1“ ist kein existierender Zeitpunkt; schreiben Sie ihn als YYYY-MM-DDTHH:MM[:SS], wahlweise mit Z oder einer Zeitverschiebung wie +01:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists; write it as YYYY-MM-DD</source>
        <translation>„%1“ ist kein existierendes Datum; schreiben Sie es als YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no time</source>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time; write it as HH:MM (24 hours)</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als HH:MM (24 Stunden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 does not exist in local time (a clock change skips it)</source>
        <translation>%1 %2 gibt es in der Ortszeit nicht (eine Zeitumstellung überspringt sie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no dose</source>
        <translation>keine Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a dose in mg; write a number with . as the decimal mark, e.g. 100 or 37.5</source>
        <translation>„%1“ ist keine Dosis in mg; schreiben Sie eine Zahl mit . als Dezimalzeichen, z. B. 100 oder 37.5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no injection site</source>
        <translation>keine Injektionsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown site &quot;%1&quot;; use a zone id (%2) or words such as &quot;left thigh&quot; or &quot;abdomen lower right&quot;</source>
        <translation>unbekannte Stelle „%1“; verwenden Sie eine Zonen-ID (%2) oder Wörter wie „left thigh“ oder „abdomen lower right“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the spot within the zone is two fractions from 0 to 1</source>
        <translation>die Stelle in der Zone sind zwei Anteile von 0 bis 1</translation>
    </message>
</context>
<context>
    <name>Indications</name>
    <message>
        <location filename="../ui/regimen/Indications.cpp" line="+8"/>
        <source>Rheumatoid arthritis</source>
        <translation>Rheumatoide Arthritis</translation>
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
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usually a fixed dose of 100 mg once a day.</source>
        <translation>Meist eine feste Dosis von 100 mg einmal täglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryopyrin-associated periodic syndromes: a dose by weight (mg/kg).</source>
        <translation>Cryopyrin-assoziierte periodische Syndrome: eine Dosis nach Gewicht (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neonatal-onset multisystem inflammatory disease, a severe form of CAPS: a dose by weight (mg/kg), sometimes split in two.</source>
        <translation>Neonatal beginnende multisystemische entzündliche Erkrankung, eine schwere Form von CAPS: eine Dosis nach Gewicht (mg/kg), manchmal auf zwei aufgeteilt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deficiency of the interleukin-1 receptor antagonist: a dose by weight (mg/kg).</source>
        <translation>Defizienz des Interleukin-1-Rezeptorantagonisten: eine Dosis nach Gewicht (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything else your doctor prescribed it for.</source>
        <translation>Alles andere, wofür Ihre Ärztin oder Ihr Arzt es verordnet hat.</translation>
    </message>
</context>
<context>
    <name>InjectionCommands</name>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="-194"/>
        <source>--spot: &quot;%1&quot; is not X,Y (fractions of the zone from 0 to 1, e.g. 0.3,0.6).</source>
        <translation>--spot: „%1“ hat nicht die Form X,Y (Anteile der Zone von 0 bis 1, z. B. 0.3,0.6).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add --force if it really was given.</source>
        <translation>Fügen Sie --force hinzu, wenn sie wirklich gegeben wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged %1 mg in %2 at %3 (id %4).</source>
        <translation>%1 mg in %2 um %3 eingetragen (ID %4).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No injections in this period.</source>
        <translation>Keine Injektionen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2: %3 of %4 doses taken (%5), %6 missed, %7 extra; %8 day(s) in a row complete.</source>
        <translation>%1 bis %2: %3 von %4 Dosen genommen (%5), %6 versäumt, %7 zusätzlich; %8 Tag(e) in Folge vollständig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="-28"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
</context>
<context>
    <name>InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="+88"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>%1: %n Problem; es wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%1: %n Probleme; es wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… und %n weiteres, nicht aufgeführtes Problem</numerusform>
            <numerusform>… und %n weitere, nicht aufgeführte Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>another injection is logged at this very time (%1, %2 mg); this row says %3, %4 mg. Correct or remove one of them first.</source>
        <translation>zu genau dieser Zeit ist bereits eine andere Injektion eingetragen (%1, %2 mg); diese Zeile sagt %3, %4 mg. Korrigieren oder entfernen Sie zuerst eine davon.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; was read as %2: Shotbook splits that area into an upper and a lower zone, and the file does not say which.</source>
        <translation>„%1“ wurde als %2 gelesen: Shotbook teilt diesen Bereich in eine obere und eine untere Zone, und die Datei sagt nicht, welche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not read: %1.</source>
        <translation>Nicht gelesene Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) were already in the log and were not imported again.</source>
        <translation>
            <numerusform>%n Zeile stand schon im Protokoll und wurde nicht erneut importiert.</numerusform>
            <numerusform>%n Zeilen standen schon im Protokoll und wurden nicht erneut importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the patient(s) the file names: %1.</source>
        <translation>Die in der Datei genannten Patienten wurden hinzugefügt: %1.</translation>
    </message>
</context>
<context>
    <name>InjectionLog</name>
    <message>
        <location filename="../core/injections/InjectionLog.cpp" line="+106"/>
        <source>No dose was given and no regimen is in force on %1. Give the dose in mg.</source>
        <translation>Es wurde keine Dosis angegeben und am %1 gilt kein Behandlungsplan. Geben Sie die Dosis in mg an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was given and none follows from the regimen (%1). Give the dose in mg.</source>
        <translation>Es wurde keine Dosis angegeben und aus dem Behandlungsplan ergibt sich keine (%1). Geben Sie die Dosis in mg an.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The dose due %1 was already logged: %2 mg at %3%4. A second dose for the same slot is refused; never double up.</source>
        <translation>Die Dosis, fällig %1, wurde bereits eingetragen: %2 mg um %3%4. Eine zweite Dosis für denselben Termin wird abgelehnt; nehmen Sie nie eine doppelte Dosis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The last dose was logged at %1, %2 before this one.</source>
        <translation>Die letzte Dosis wurde um %1 eingetragen, %2 vor dieser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another dose is logged at %1, %2 after this one.</source>
        <translation>Eine andere Dosis ist um %1 eingetragen, %2 nach dieser.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Doses must be at least %n hour(s) apart (half the time between doses); never double up.</source>
        <translation>
            <numerusform>Zwischen zwei Dosen müssen mindestens %n Stunde liegen (die Hälfte des Abstands zwischen den Dosen); nehmen Sie nie eine doppelte Dosis.</numerusform>
            <numerusform>Zwischen zwei Dosen müssen mindestens %n Stunden liegen (die Hälfte des Abstands zwischen den Dosen); nehmen Sie nie eine doppelte Dosis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next dose is due %1.</source>
        <translation>Die nächste Dosis ist %1 fällig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was due around this time; it is logged as an extra dose.</source>
        <translation>Um diese Zeit war keine Dosis fällig; sie wird als zusätzliche Dosis eingetragen.</translation>
    </message>
</context>
<context>
    <name>InjectionRules</name>
    <message>
        <location filename="../core/injections/InjectionRules.cpp" line="+17"/>
        <source>The dose %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>Die Dosis %1 mg liegt außerhalb des zulässigen Bereichs; sie muss größer als 0 und höchstens %2 mg sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Injektionsstelle „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The injection has no valid time.</source>
        <translation>Die Injektion hat keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time %1 is more than 24 hours in the future; log an injection when it has been given.</source>
        <translation>Der Zeitpunkt %1 liegt mehr als 24 Stunden in der Zukunft; tragen Sie eine Injektion ein, wenn sie verabreicht wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is before 1990.</source>
        <translation>Der Zeitpunkt %1 liegt vor 1990.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Given by&quot; has %1 characters; at most %2 are allowed.</source>
        <translation>„Verabreicht von“ hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation>Die Notiz hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spot within the zone must be given as fractions from 0 to 1.</source>
        <translation>Die Stelle innerhalb der Zone muss als Anteile von 0 bis 1 angegeben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lot number must have 1 to 60 characters.</source>
        <translation>Die Chargenbezeichnung muss 1 bis 60 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/diary/Labs.cpp" line="+32"/>
        <source>Neutrophils (ANC)</source>
        <translation>Neutrophile (ANC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets</source>
        <translation>Thrombozyten (Blutplättchen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALT (liver)</source>
        <translation>ALT/GPT (Leber)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AST (liver)</source>
        <translation>AST/GOT (Leber)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRP (inflammation)</source>
        <translation>CRP (Entzündung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatinine clearance (kidneys)</source>
        <translation>Kreatinin-Clearance (Nieren)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown analyte &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Laborwert „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 %3 is out of range; it must be from 0 to %4 %3.</source>
        <translation>%1 = %2 %3 liegt außerhalb des zulässigen Bereichs; der Wert muss zwischen 0 und %4 %3 liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neutrophils %1 × 10⁹/L are below %2: the risk of infection is higher. Tell your doctor before the next injection.</source>
        <translation>Neutrophile %1 × 10⁹/L liegen unter %2: Das Infektionsrisiko ist erhöht. Informieren Sie Ihre Ärztin oder Ihren Arzt vor der nächsten Injektion.</translation>
    </message>
</context>
<context>
    <name>LogInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-31"/>
        <source>Log injection (%1)</source>
        <translation>Injektion eintragen (%1)</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="-21"/>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n Problem gefunden:</numerusform>
            <numerusform>%1: %n Probleme gefunden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/diary/Measures.cpp" line="+56"/>
        <source>Pain (0–10)</source>
        <translation>Schmerzen (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness (0–10)</source>
        <translation>Müdigkeit (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness (minutes)</source>
        <translation>Morgensteifigkeit (Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Overall, how are you? (0 very well – 10 very poorly)</source>
        <translation>Wie geht es Ihnen insgesamt? (0 sehr gut – 10 sehr schlecht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint pain</source>
        <translation>Gelenkschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red eyes</source>
        <translation>Gerötete Augen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell with the disease today</source>
        <translation>Heute krank durch die Erkrankung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tummy (abdominal) pain</source>
        <translation>Bauchschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Übelkeit oder Erbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes (glands)</source>
        <translation>Schmerzhafte Lymphknoten (Drüsen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle pain</source>
        <translation>Muskelschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swollen joints</source>
        <translation>Geschwollene Gelenke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness</source>
        <translation>Morgensteifigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient global</source>
        <translation>Gesamturteil des Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell (overall)</source>
        <translation>Krankheitsgefühl (insgesamt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Bauchschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Schmerzhafte Lymphknoten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown measure &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Tagebuchwert „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 (no) or 1 (yes)</source>
        <translation>0 (nein) oder 1 (ja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, whole numbers</source>
        <translation>, nur ganze Zahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 is out of range; it must be %3.</source>
        <translation>%1 = %2 liegt außerhalb des zulässigen Bereichs; erlaubt ist: %3.</translation>
    </message>
</context>
<context>
    <name>MedicineCatalog</name>
    <message>
        <location filename="../core/diary/MedicineCatalog.cpp" line="+58"/>
        <source>measles, mumps and rubella (MMR)</source>
        <translation>Masern, Mumps und Röteln (MMR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measles, mumps, rubella and varicella (MMRV)</source>
        <translation>Masern, Mumps, Röteln und Windpocken (MMRV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>varicella (chickenpox)</source>
        <translation>Varizellen (Windpocken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live shingles vaccine</source>
        <translation>Gürtelrose-Lebendimpfstoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow fever</source>
        <translation>Gelbfieber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCG (tuberculosis)</source>
        <translation>BCG (Tuberkulose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live nasal influenza</source>
        <translation>Lebendimpfstoff gegen Grippe (Nasenspray)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral typhoid</source>
        <translation>Typhus (Schluckimpfung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotavirus</source>
        <translation>Rotaviren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral polio</source>
        <translation>Polio (Schluckimpfung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live oral cholera</source>
        <translation>Cholera (Lebendimpfstoff zum Schlucken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dengue</source>
        <translation>Dengue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live chikungunya</source>
        <translation>Chikungunya (Lebendimpfstoff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebola (live)</source>
        <translation>Ebola (Lebendimpfstoff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallpox (live vaccinia)</source>
        <translation>Pocken (Lebendimpfstoff Vaccinia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live Japanese encephalitis</source>
        <translation>Japanische Enzephalitis (Lebendimpfstoff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adenovirus types 4 and 7</source>
        <translation>Adenovirus Typ 4 und 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a live vaccine</source>
        <translation>ein Lebendimpfstoff</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 is a live vaccine (%2). Live vaccines should not be given during treatment with anakinra: ask your doctor first.</source>
        <translation>%1 ist ein Lebendimpfstoff (%2). Lebendimpfstoffe sollen während der Behandlung mit Anakinra nicht gegeben werden: Fragen Sie vorher Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is a TNF blocker. Taken with anakinra it raises the risk of serious infections and of low white blood cells, and the label advises against using them together: tell your doctor.</source>
        <translation>%1 (%2) ist ein TNF-Blocker. Zusammen mit Anakinra erhöht er das Risiko schwerer Infektionen und einer niedrigen Zahl weißer Blutkörperchen, und die Fachinformation rät von der gemeinsamen Anwendung ab: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) blocks interleukin-1, as anakinra does. Two IL-1 blockers together raise the risk of serious infections and of low white blood cells: tell your doctor.</source>
        <translation>%1 (%2) blockiert Interleukin-1, wie Anakinra. Zwei IL-1-Blocker zusammen erhöhen das Risiko schwerer Infektionen und einer niedrigen Zahl weißer Blutkörperchen: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is an IL-6 blocker, a biologic that weakens the defence against infections. With anakinra the risk of serious infections and of low white blood cells adds up: tell your doctor.</source>
        <translation>%1 (%2) ist ein IL-6-Blocker, ein Biologikum, das die Abwehr gegen Infektionen schwächt. Mit Anakinra summiert sich das Risiko schwerer Infektionen und einer niedrigen Zahl weißer Blutkörperchen: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a CD20 antibody, a biologic that removes B cells and weakens the defence against infections. With anakinra the risk of serious infections adds up: tell your doctor.</source>
        <translation>%1 (%2) ist ein CD20-Antikörper, ein Biologikum, das B-Zellen entfernt und die Abwehr gegen Infektionen schwächt. Mit Anakinra summiert sich das Risiko schwerer Infektionen: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a biologic that blocks the activation of T cells. With anakinra it raises the risk of serious infections, and they are not used together: tell your doctor.</source>
        <translation>%1 (%2) ist ein Biologikum, das die Aktivierung von T-Zellen blockiert. Mit Anakinra erhöht es das Risiko schwerer Infektionen, und beide werden nicht zusammen angewendet: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <location filename="../core/exchange/NewFile.cpp" line="+13"/>
        <source>Give the path of the file to write.</source>
        <translation>Geben Sie den Pfad der zu schreibenden Datei an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; Shotbook never overwrites a file. Choose another name or remove it first.</source>
        <translation>%1 existiert bereits; Shotbook überschreibt nie eine Datei. Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was created while writing; Shotbook never overwrites a file.</source>
        <translation>%1 wurde während des Schreibens angelegt; Shotbook überschreibt nie eine Datei.</translation>
    </message>
</context>
<context>
    <name>OfflineInjections</name>
    <message>
        <location filename="../core/injections/OfflineInjections.cpp" line="+109"/>
        <source>An entry of the outbox cannot be read; it is kept in %1.</source>
        <translation>Ein Eintrag des Postausgangs kann nicht gelesen werden; er bleibt in %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/storage/Outbox.cpp" line="+57"/>
        <source>Could not create the folder %1 for the outbox.</source>
        <translation>Der Ordner %1 für den Postausgang konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Shotbook outbox: %2</source>
        <translation>%1 ist kein Shotbook-Postausgang: %2</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="-171"/>
        <source>Added patient %1 (id %2).</source>
        <translation>Patient %1 hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patients yet.</source>
        <translation>Noch keine Patienten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Renamed patient %1.</source>
        <translation>Patient %1 umbenannt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded %1 kg on %2 for %3.</source>
        <translation>Gewicht %1 kg am %2 für %3 eingetragen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Removing deletes every record of the patient: name them with --patient ID or --patient NAME.</source>
        <translation>Das Entfernen löscht alle Einträge des Patienten: Nennen Sie ihn mit --patient ID oder --patient NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing %1 deletes every record of them; add --yes to confirm.</source>
        <translation>Das Entfernen von %1 löscht alle zugehörigen Einträge; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed patient %1 and all their records.</source>
        <translation>Patient %1 und alle zugehörigen Einträge wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/patients/PatientRepository.cpp" line="+66"/>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a patient named &quot;%1&quot;; choose another name so that the two can be told apart.</source>
        <translation>Es gibt bereits einen Patienten namens „%1“; wählen Sie einen anderen Namen, damit sich die beiden unterscheiden lassen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The weight&apos;s date %1 is in the future.</source>
        <translation>Das Datum des Gewichts, %1, liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The weight&apos;s date %1 must be between the date of birth and today.</source>
        <translation>Das Datum des Gewichts, %1, muss zwischen dem Geburtsdatum und heute liegen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no patient yet; add one with &quot;patient add --name NAME&quot;.</source>
        <translation>Es gibt noch keinen Patienten; fügen Sie einen mit „patient add --name NAME“ hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 patients; name one with --patient ID or --patient NAME.</source>
        <translation>Es gibt %1 Patienten; nennen Sie einen mit --patient ID oder --patient NAME.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no patient &quot;%1&quot;; &quot;patient list&quot; shows them.</source>
        <translation>Es gibt keinen Patienten „%1“; „patient list“ zeigt alle an.</translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <location filename="../core/patients/PatientRules.cpp" line="+12"/>
        <source>The patient&apos;s name is empty; enter a name or nickname.</source>
        <translation>Der Name des Patienten ist leer; geben Sie einen Namen oder Spitznamen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name des Patienten hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient&apos;s name contains a control character (U+%1); use letters, digits, spaces and punctuation.</source>
        <translation>Der Name des Patienten enthält ein Steuerzeichen (U+%1); verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date %1 is not allowed; it must be between %2 and today (%3).</source>
        <translation>Das Geburtsdatum %1 ist nicht zulässig; es muss zwischen %2 und heute (%3) liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weight %1 kg is out of range; it must be from %2 to %3 kg.</source>
        <translation>Das Gewicht %1 kg liegt außerhalb des zulässigen Bereichs; es muss zwischen %2 und %3 kg liegen.</translation>
    </message>
</context>
<context>
    <name>PatientTitle</name>
    <message>
        <location filename="../ui/common/PatientTitle.cpp" line="+35"/>
        <source>%1 — %2</source>
        <comment>dialog title: action — patient</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for %2</source>
        <comment>dialog heading: action for patient</comment>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>ProductSettings</name>
    <message>
        <location filename="../core/storage/ProductSettings.cpp" line="+29"/>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
</context>
<context>
    <name>ReactionKinds</name>
    <message>
        <location filename="../core/sites/SiteReaction.cpp" line="+21"/>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruising</source>
        <translation>Bluterguss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives</source>
        <translation>Quaddeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lumps</source>
        <translation>Verhärtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Ausschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Überwärmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blistering</source>
        <translation>Blasenbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning</source>
        <translation>Brennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Taubheitsgefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulceration</source>
        <translation>Geschwürbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scarring</source>
        <translation>Narbenbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
</context>
<context>
    <name>ReceiveStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="-45"/>
        <source>Receive %1 syringes of lot %2</source>
        <translation>Eingang von %1 Spritzen der Charge %2 eintragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>redo of receiving</source>
        <translation>Eingang wiederhergestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo of receiving</source>
        <translation>Eingang rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>RecordShare</name>
    <message>
        <location filename="../core/maintenance/RecordShare.cpp" line="+16"/>
        <source>%1 fails its check (%2), so it is not copied; see &quot;shotbook-cli check&quot;, or restore a backup first. Nothing was copied.</source>
        <translation>%1 besteht die Prüfung nicht (%2) und wird daher nicht kopiert; siehe „shotbook-cli check“, oder stellen Sie zuerst eine Sicherung wieder her. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy on %1 fails its check (%2). Nothing was copied.</source>
        <translation>Die Kopie auf %1 besteht die Prüfung nicht (%2). Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>RegimenCommands</name>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-146"/>
        <source>&quot;regimen set&quot; needs exactly one of --dose-mg MG and --mg-per-kg X (both are amounts per day).</source>
        <translation>„regimen set“ braucht genau eine der Angaben --dose-mg MG und --mg-per-kg X (beide sind Mengen pro Tag).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--times: &quot;%1&quot; is not a time of day; write HH:MM, or HH:MM,HH:MM for two doses.</source>
        <translation>--times: „%1“ ist keine Uhrzeit; schreiben Sie HH:MM, oder HH:MM,HH:MM für zwei Dosen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 mg/kg per day</source>
        <translation>%1 mg/kg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regimen %1 for %2 from %3: %4, %5 dose(s) a day at %6, every %7 day(s).</source>
        <translation>Behandlungsplan %1 für %2 ab %3: %4, %5-mal täglich um %6, alle %7 Tag(e).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 mg/kg/day × %2 kg = %3 mg/day</source>
        <translation>%1 mg/kg/Tag × %2 kg = %3 mg/Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dose(s) of %2 mg (%3 mL), %4 syringe(s) each, every %5 day(s).</source>
        <translation>%1-mal %2 mg (%3 mL), je %4 Spritze(n), alle %5 Tag(e).</translation>
    </message>
</context>
<context>
    <name>RegimenRules</name>
    <message>
        <location filename="../core/regimen/RegimenRules.cpp" line="+35"/>
        <source>The regimen has no start date.</source>
        <translation>Der Behandlungsplan hat kein Anfangsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the dose either in mg per day or in mg/kg per day, not both and not neither.</source>
        <translation>Geben Sie die Dosis entweder in mg pro Tag oder in mg/kg pro Tag an – genau eines von beiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dose %1 mg per day is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>Die Dosis %1 mg pro Tag liegt außerhalb des zulässigen Bereichs; sie muss größer als 0 und höchstens %2 mg sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dose %1 mg/kg per day is out of range; it must be more than 0 and at most %2 mg/kg.</source>
        <translation>Die Dosis %1 mg/kg pro Tag liegt außerhalb des zulässigen Bereichs; sie muss größer als 0 und höchstens %2 mg/kg sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doses per day is %1; it must be 1 or 2.</source>
        <translation>Die Zahl der Dosen pro Tag ist %1; sie muss 1 oder 2 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval is every %1 days; it must be every day (1) or every other day (2).</source>
        <translation>Das Intervall ist alle %1 Tage; es muss jeden Tag (1) oder jeden zweiten Tag (2) sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every other day is given as one dose; 2 doses per day every other day is not a labelled schedule.</source>
        <translation>Jeden zweiten Tag wird eine einzige Dosis gegeben; 2 Dosen pro Tag an jedem zweiten Tag sind laut Fachinformation nicht vorgesehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course length %1 days is out of range; it must be from 1 to %2 days.</source>
        <translation>Die Behandlungsdauer von %1 Tagen liegt außerhalb des zulässigen Bereichs; sie muss zwischen 1 und %2 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measuring step %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>Die Schrittweite %1 mg liegt außerhalb des zulässigen Bereichs; sie muss größer als 0 und höchstens %2 mg sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest measurable dose %1 mg is out of range; it must be from 0 to %2 mg.</source>
        <translation>Die kleinste abmessbare Dosis %1 mg liegt außerhalb des zulässigen Bereichs; sie muss zwischen 0 und %2 mg liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indication &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Indikation „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one time of day per dose: doses per day is %1, times of day given: %2.</source>
        <translation>Geben Sie für jede Dosis eine Uhrzeit an: Die Zahl der Dosen pro Tag ist %1, die Zahl der angegebenen Uhrzeiten ist %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A time of day is not valid; write it as HH:MM.</source>
        <translation>Eine Uhrzeit ist ungültig; schreiben Sie sie als HH:MM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two times %1 and %2 are %3 hours apart; twice-daily doses must be at least 4 hours apart on either side of midnight.</source>
        <translation>Die beiden Uhrzeiten %1 und %2 liegen %3 Stunden auseinander; zweimal tägliche Dosen müssen vor und nach Mitternacht mindestens 4 Stunden auseinanderliegen.</translation>
    </message>
</context>
<context>
    <name>RegimenService</name>
    <message>
        <location filename="../core/regimen/RegimenService.cpp" line="+93"/>
        <source>No regimen is in force on %1; set one first.</source>
        <translation>Am %1 gilt kein Behandlungsplan; legen Sie zuerst einen fest.</translation>
    </message>
</context>
<context>
    <name>RenamePatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+27"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
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
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>%1 · injection report · %2</source>
        <translation>%1 · Injektionsbericht · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1. Shotbook records what was given; it does not prescribe. Doses and changes are for the care team to decide.</source>
        <translation>Erstellt am %1. Shotbook hält fest, was gegeben wurde; es verordnet nichts. Über Dosen und Änderungen entscheidet das Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no dose due</source>
        <translation>keine Dosis fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Injection report: %1</source>
        <translation>Injektionsbericht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anakinra diary from %1 to %2 (%n day(s)), compared with the %n day(s) before.</source>
        <translation>
            <numerusform>Anakinra-Tagebuch vom %1 bis %2 (%n Tag), verglichen mit dem Tag davor.</numerusform>
            <numerusform>Anakinra-Tagebuch vom %1 bis %2 (%n Tage), verglichen mit den %n Tagen davor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Age:&lt;/b&gt; %1 (born %2)</source>
        <translation>&lt;b&gt;Alter:&lt;/b&gt; %1 (geboren am %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; %1 kg on %2</source>
        <translation>&lt;b&gt;Gewicht:&lt;/b&gt; %1 kg am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; none recorded</source>
        <translation>&lt;b&gt;Gewicht:&lt;/b&gt; nicht eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Indikation:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
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
        <translation>%1 mg/kg/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no regimen</source>
        <translation>kein Behandlungsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>no diary</source>
        <translation>kein Tagebuch</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1, unchanged</source>
        <translation>%1, unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, better</source>
        <translation>%1, besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse</source>
        <translation>%1, schlechter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity (AIDAI)</source>
        <translation>Aktivität (AIDAI)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest labs</source>
        <translation>Letzte Laborwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 flagged</source>
        <translation>%1 auffällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in range</source>
        <translation>im Normbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current regimen</source>
        <translation>Aktueller Behandlungsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No regimen in force on %1.</source>
        <translation>Am %1 gilt kein Behandlungsplan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg/kg/day × %2 kg (weighed %3) = %4 mg/day</source>
        <translation>%1 mg/kg/Tag × %2 kg (gewogen am %3) = %4 mg/Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg/day (fixed dose)</source>
        <translation>%1 mg/Tag (feste Dosis)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 mg (%2 mL) per injection, %n injection(s) a day at %3, %4; since %5.</source>
        <translation>
            <numerusform>%1 mg (%2 mL) pro Injektion, %n Injektion täglich um %3, %4; seit %5.</numerusform>
            <numerusform>%1 mg (%2 mL) pro Injektion, %n Injektionen täglich um %3, %4; seit %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every other day</source>
        <translation>jeden zweiten Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 mg/kg/day at the latest weight.</source>
        <translation>Das sind %1 mg/kg/Tag beim zuletzt eingetragenen Gewicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n day(s) before: %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; der fälligen Dosen genommen (%2 von %3); in dem %n Tag davor: %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; der fälligen Dosen genommen (%2 von %3); in den %n Tagen davor: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n extra dose(s) that filled no slot.</source>
        <translation>
            <numerusform>%n zusätzliche Dosis, die keinen Termin belegte.</numerusform>
            <numerusform>%n zusätzliche Dosen, die keinen Termin belegten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time without a dose: %1 (%2 to %3).</source>
        <translation>Längste Zeit ohne Dosis: %1 (%2 bis %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose missed.</source>
        <translation>Keine Dosis versäumt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more (see the injection log).</source>
        <translation>
            <numerusform>und %n weitere (siehe Injektionsprotokoll).</numerusform>
            <numerusform>und %n weitere (siehe Injektionsprotokoll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Missed (%n):</source>
        <translation>
            <numerusform>Versäumt (%n):</numerusform>
            <numerusform>Versäumt (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disease activity</source>
        <translation>Krankheitsaktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AIDAI, mean monthly score (9 or more: active)</source>
        <translation>AIDAI, mittlerer Monatswert (ab 9: aktiv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better (%1)</source>
        <translation>besser (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse (+%1)</source>
        <translation>schlechter (+%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n Tag)</numerusform>
            <numerusform>(%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>None recorded in the period.</source>
        <translation>Im Zeitraum keine eingetragen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RED FLAG</source>
        <translation>WARNZEICHEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Infections</source>
        <translation>Infektionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor told</source>
        <translation>Arzt informiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest blood tests</source>
        <translation>Letzte Blutuntersuchungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>None recorded.</source>
        <translation>Keine eingetragen.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on</source>
        <translation>Abgenommen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next neutrophil count due: %1.</source>
        <translation>Nächste Bestimmung der Neutrophilen fällig: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of neutrophil monitoring is complete.</source>
        <translation>Das erste Jahr der Neutrophilen-Kontrollen ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other medicines</source>
        <translation>Andere Arzneimittel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open site reactions</source>
        <translation>Offene Hautreaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2, %3, since %4</source>
        <translation>%1 (%2), %3, seit %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Injection log</source>
        <translation>Injektionsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No injection in the period.</source>
        <translation>Keine Injektion im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Verabreicht von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late (%1)</source>
        <translation>verspätet (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No diary entry in the period.</source>
        <translation>Kein Tagebucheintrag im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
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
        <translation>Injektionsbericht für %1, %2 bis %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The database.</source>
        <translation>Die Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report to PATH.</source>
        <translation>Den Bericht nach PATH schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day.</source>
        <translation>Erster Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day.</source>
        <translation>Letzter Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current time.</source>
        <translation>Die aktuelle Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Die Notizen weglassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf needs --db, --patient and the file.</source>
        <translation>--export-pdf braucht --db, --patient und die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now: not a date and time: %1</source>
        <translation>--now: kein Datum mit Uhrzeit: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--patient: not an id: %1</source>
        <translation>--patient: keine ID: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: not a date: %1</source>
        <translation>--from: kein Datum: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to: not a date: %1</source>
        <translation>--to: kein Datum: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="+42"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1: the pages could not be drawn.</source>
        <translation>%1 kann nicht geschrieben werden: Die Seiten konnten nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>ResolveReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+22"/>
        <source>Mark reaction cleared</source>
        <translation>Hautreaktion als abgeklungen markieren</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <location filename="../core/sites/Rotation.cpp" line="+61"/>
        <source>%1 is switched off for this patient.</source>
        <translation>%1 ist für diesen Patienten ausgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was used %n day(s) ago; let a site rest %2 days before using it again.</source>
        <translation>
            <numerusform>%1 wurde vor %n Tag verwendet; lassen Sie eine Stelle %2 Tage ruhen, bevor Sie sie wieder verwenden.</numerusform>
            <numerusform>%1 wurde vor %n Tagen verwendet; lassen Sie eine Stelle %2 Tage ruhen, bevor Sie sie wieder verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a site reaction that has not cleared; choose another site.</source>
        <translation>An %1 gibt es eine Hautreaktion, die noch nicht abgeklungen ist; wählen Sie eine andere Stelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This spot is about %1 cm from the last injection in %2; keep about %3 cm away.</source>
        <translation>Diese Stelle ist etwa %1 cm von der letzten Injektion in %2 entfernt; halten Sie etwa %3 cm Abstand.</translation>
    </message>
</context>
<context>
    <name>SafetyStops</name>
    <message>
        <location filename="../core/safety/SafetyStops.cpp" line="+56"/>
        <source>%1 (since %2)</source>
        <translation>%1 (seit dem %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a sign to get medical help now. The label says: stop using anakinra and call your doctor. Log an injection only if a doctor said to go on; mark the side effect resolved when it is over.</source>
        <translation>%1: ein Zeichen, dass sofort ärztliche Hilfe nötig ist. Laut Packungsbeilage: Wenden Sie Anakinra nicht weiter an und rufen Sie Ihre Ärztin oder Ihren Arzt an. Tragen Sie eine Injektion nur ein, wenn eine Ärztin oder ein Arzt gesagt hat, dass Sie weitermachen sollen; markieren Sie die Nebenwirkung als abgeklungen, wenn sie vorbei ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An infection is not over (%1, since %2). Anakinra lowers the body&apos;s defence against infections: tell your doctor before the next injection.</source>
        <translation>Eine Infektion ist nicht abgeklungen (%1, seit dem %2). Anakinra schwächt die Abwehr des Körpers gegen Infektionen: Sprechen Sie vor der nächsten Injektion mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest neutrophil count is %1 × 10⁹/L (%2), below %3: tell your doctor before the next injection.</source>
        <translation>Die letzte Neutrophilenzahl beträgt %1 × 10⁹/l (%2), unter %3: Sprechen Sie vor der nächsten Injektion mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A temperature of %1 °C was recorded on %2. With anakinra a fever may be the sign of an infection: tell your doctor.</source>
        <translation>Am %2 wurde eine Temperatur von %1 °C eingetragen. Unter Anakinra kann Fieber das Zeichen einer Infektion sein: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary notes %1: a sign to get medical help now. %2 Record it as a side effect with the red flag.</source>
        <translation>Im Tagebuch steht %1: ein Zeichen, dass sofort ärztliche Hilfe nötig ist. %2 Tragen Sie es als Nebenwirkung ein und markieren Sie es als Warnzeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest creatinine clearance is %1 mL/min (%2), below %3: in severe kidney impairment the label gives anakinra every other day, but this regimen is every day. Ask the doctor.</source>
        <translation>Die letzte Kreatinin-Clearance beträgt %1 mL/min (%2), unter %3: Bei schwerer Nierenfunktionsstörung sieht die Fachinformation Anakinra jeden zweiten Tag vor, dieser Behandlungsplan ist aber täglich. Fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
</context>
<context>
    <name>SaveDiaryDayCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="-79"/>
        <source>Save diary</source>
        <translation>Tagebuch speichern</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <location filename="../core/storage/ServerLocation.cpp" line="+40"/>
        <source>--db %1 is not a server location (%2). Write it as postgresql://USER@HOST[:PORT]/DBNAME or postgresql:///DBNAME?service=NAME.</source>
        <translation>--db %1 ist kein Serverort (%2). Schreiben Sie ihn als postgresql://USER@HOST[:PORT]/DBNAME oder postgresql:///DBNAME?service=NAME.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not start with postgresql://</source>
        <translation>er beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--db: a password is never given on the command line, where others could read it. Put it in ~/.pgpass (one line: HOST:PORT:DBNAME:USER:PASSWORD, mode 0600) or in the libpq service file.</source>
        <translation>--db: Ein Passwort wird nie auf der Befehlszeile angegeben, wo andere es lesen könnten. Tragen Sie es in ~/.pgpass ein (eine Zeile: HOST:PORT:DBNAME:USER:PASSWORD, Modus 0600) oder in die libpq-Dienstdatei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db: a password is never given on the command line; put it in ~/.pgpass or the libpq service file.</source>
        <translation>--db: Ein Passwort wird nie auf der Befehlszeile angegeben; tragen Sie es in ~/.pgpass oder in die libpq-Dienstdatei ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names no database</source>
        <translation>er nennt keine Datenbank</translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <location filename="../core/storage/ServerUpload.cpp" line="+135"/>
        <source>The server refused a record of table %1: %2. Nothing was copied.</source>
        <translation>Der Server hat einen Eintrag der Tabelle %1 abgelehnt: %2. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The shared record %1 already holds records (in table %2); a local record is copied only into an empty one, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation>Die gemeinsame Akte %1 enthält bereits Einträge (in Tabelle %2); eine lokale Akte wird nur in eine leere kopiert, damit nichts vermischt oder überschrieben wird. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table %1 has %2 rows in the file but %3 on the server after the copy. Nothing was copied.</source>
        <translation>Tabelle %1 hat %2 Zeilen in der Datei, aber %3 auf dem Server nach dem Kopieren. Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>SetRegimenCommand</name>
    <message>
        <location filename="../ui/regimen/RegimenCommands.cpp" line="+9"/>
        <source>Set regimen</source>
        <translation>Behandlungsplan festlegen</translation>
    </message>
</context>
<context>
    <name>SetZonesEnabledCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="-53"/>
        <source>Switch on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../core/storage/SettingsService.cpp" line="+31"/>
        <source>Low-stock alert</source>
        <translation>Warnung bei niedrigem Vorrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry warning</source>
        <translation>Warnung vor Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time allowed out of the fridge</source>
        <translation>Erlaubte Zeit außerhalb des Kühlschranks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding tolerance</source>
        <translation>Rundungstoleranz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest period of a zone</source>
        <translation>Ruhezeit einer Zone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be from %2 to %3 %4, not %5.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen, nicht %5.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no setting named &quot;%1&quot;.</source>
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="-50"/>
        <source>--from: &quot;%1&quot; is a server; share copies a local file onto a server (--to).</source>
        <translation>--from: „%1“ ist ein Server; share kopiert eine lokale Datei auf einen Server (--to).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to: &quot;%1&quot; is not a shared record; name one as postgresql://USER@HOST[:PORT]/DBNAME (&quot;backup --out&quot; copies to a file).</source>
        <translation>--to: „%1“ ist keine gemeinsame Akte; geben Sie eine als postgresql://BENUTZER@HOST[:PORT]/DATENBANK an („backup --out“ kopiert in eine Datei).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copied %1 to the shared record %2: %n patient(s), </source>
        <translation>
            <numerusform>%1 in die gemeinsame Akte %2 kopiert: %n Patient, </numerusform>
            <numerusform>%1 in die gemeinsame Akte %2 kopiert: %n Patienten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s); the copy passed its check.</source>
        <translation>
            <numerusform>%n Injektion; die Kopie hat die Prüfung bestanden.</numerusform>
            <numerusform>%n Injektionen; die Kopie hat die Prüfung bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on open the shared record (--db %1, or File &gt; Connect to a Shared Record… in Shotbook) and no longer the file, which was left as it was.</source>
        <translation>Öffnen Sie ab jetzt die gemeinsame Akte (--db %1 oder Datei &gt; Mit gemeinsamer Akte verbinden… in Shotbook) und nicht mehr die Datei, die unverändert blieb.</translation>
    </message>
</context>
<context>
    <name>SideEffectCatalog</name>
    <message>
        <location filename="../core/diary/SideEffectCatalog.cpp" line="+61"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection-site reaction</source>
        <translation>Reaktion an der Injektionsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint pain</source>
        <translation>Gelenkschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common cold</source>
        <translation>Erkältung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction (hypersensitivity)</source>
        <translation>Allergische Reaktion (Überempfindlichkeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angioedema</source>
        <translation>Angioödem (Schwellung von Haut oder Schleimhaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised liver enzymes</source>
        <translation>Erhöhte Leberwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low neutrophils</source>
        <translation>Zu wenige Neutrophile (Neutropenie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low platelets</source>
        <translation>Zu wenige Blutplättchen (Thrombozytopenie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaphylaxis (severe allergic reaction)</source>
        <translation>Anaphylaxie (schwere allergische Reaktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble breathing</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling of the face, lips, throat, legs or feet</source>
        <translation>Schwellung von Gesicht, Lippen, Rachen, Beinen oder Füßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives or extreme itching</source>
        <translation>Nesselsucht (Quaddeln) oder sehr starker Juckreiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of a serious infection</source>
        <translation>Anzeichen einer schweren Infektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual bruising or bleeding</source>
        <translation>Ungewöhnliche Blutergüsse oder Blutungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme tiredness or weakness</source>
        <translation>Sehr starke Müdigkeit oder Schwäche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get medical help now.</source>
        <translation>Holen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop using anakinra and call your doctor. For a severe allergic reaction (anaphylaxis), swelling of the throat or trouble breathing, call the emergency number.</source>
        <translation>Wenden Sie Anakinra nicht weiter an und rufen Sie Ihre Ärztin oder Ihren Arzt an. Bei einer schweren allergischen Reaktion (Anaphylaxie), einer Schwellung im Hals oder Atemnot rufen Sie den Notruf an.</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-234"/>
        <source>Every zone is switched off or has an open site reaction.</source>
        <translation>Jede Zone ist ausgeschaltet oder hat eine offene Hautreaktion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone can be suggested: every zone is switched off or has an open site reaction.</source>
        <translation>Es kann keine Zone empfohlen werden: Jede Zone ist ausgeschaltet oder hat eine offene Hautreaktion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next site: %1 (%2), last used %3.</source>
        <translation>Nächste Injektionsstelle: %1 (%2), zuletzt verwendet %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next site: %1 (%2), never used.</source>
        <translation>Nächste Injektionsstelle: %1 (%2), noch nie verwendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A zone rests %1 days after an injection.</source>
        <translation>Eine Zone ruht nach einer Injektion %1 Tage.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recorded %1 at %2 (id %3).</source>
        <translation>%1 an der Stelle „%2“ eingetragen (ID %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a reaction id.</source>
        <translation>„%1“ ist keine Reaktions-ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaction %1 marked as cleared.</source>
        <translation>Hautreaktion %1 als abgeklungen markiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switched on: %1.</source>
        <translation>Eingeschaltet: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switched off: %1.</source>
        <translation>Ausgeschaltet: %1.</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <location filename="../core/sites/SiteService.cpp" line="+215"/>
        <source>Name at least one zone.</source>
        <translation>Nennen Sie mindestens eine Zone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Injektionsstelle „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown reaction &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Reaktion „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity %1 is out of range; it must be 1 (mild), 2 (moderate) or 3 (severe).</source>
        <translation>Der Schweregrad %1 liegt außerhalb des zulässigen Bereichs; er muss 1 (leicht), 2 (mittel) oder 3 (schwer) sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reaction&apos;s start %1 is in the future.</source>
        <translation>Der Beginn der Reaktion, %1, liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reaction cannot clear before it started.</source>
        <translation>Eine Reaktion kann nicht abklingen, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note has more than 2000 characters.</source>
        <translation>Die Notiz hat mehr als 2000 Zeichen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no site reaction with id %1.</source>
        <translation>Es gibt keine Hautreaktion mit der ID %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site reaction %1 already cleared on %2.</source>
        <translation>Hautreaktion %1 ist bereits am %2 abgeklungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reaction cannot clear (%1) before it started (%2).</source>
        <translation>Eine Reaktion kann nicht abklingen (%1), bevor sie begonnen hat (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is in the future.</source>
        <translation>Der Zeitpunkt %1 liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-194"/>
        <source>Received %1 syringes of lot %2 (expires %3); %4 in this lot.</source>
        <translation>Eingang von %1 Spritzen der Charge %2 eingetragen (verwendbar bis %3); %4 in dieser Charge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot %1 has already expired.</source>
        <translation>Charge %1 ist bereits abgelaufen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No stock recorded.</source>
        <translation>Kein Vorrat eingetragen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discarded %1 syringe(s) of lot %2.</source>
        <translation>%1 Spritze(n) der Charge %2 verworfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Out of the fridge: use within the allowed time at up to 25 °C, and do not put it back.</source>
        <translation>Aus dem Kühlschrank genommen: Verwenden Sie sie innerhalb der erlaubten Zeit bei höchstens 25 °C und legen Sie sie nicht zurück.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 usable syringe(s) in stock.</source>
        <translation>%1 verwendbare Spritze(n) im Vorrat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1 a day they last %2 days, until %3.</source>
        <translation>Bei %1 pro Tag reichen sie %2 Tage, bis %3.</translation>
    </message>
</context>
<context>
    <name>StockForecaster</name>
    <message>
        <location filename="../core/stock/StockForecast.cpp" line="+62"/>
        <source>Lot %1 expired on %2: %3 syringe(s) to discard.</source>
        <translation>Charge %1 ist am %2 abgelaufen: Verwerfen Sie %3 Spritze(n).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 syringe(s) of lot %2 have been out of the fridge more than %3 hours: do not use them, discard them.</source>
        <translation>%1 Spritze(n) der Charge %2 sind seit mehr als %3 Stunden außerhalb des Kühlschranks: Verwenden Sie sie nicht, verwerfen Sie sie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot %1 expires on %2.</source>
        <translation>Charge %1 läuft am %2 ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lot %1 expires on %2, before it can be used up: about %3 syringe(s) will be left over.</source>
        <translation>Charge %1 läuft am %2 ab, bevor sie aufgebraucht werden kann: Etwa %3 Spritze(n) werden übrig bleiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No usable syringes are in stock.</source>
        <translation>Es sind keine verwendbaren Spritzen vorrätig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syringes for about %1 day(s) left; reorder now.</source>
        <translation>Die Spritzen reichen noch für etwa %1 Tag(e); bestellen Sie jetzt nach.</translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <location filename="../core/stock/StockRules.cpp" line="+18"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudy, discoloured or with particles</source>
        <translation>Trüb, verfärbt oder mit Partikeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen</source>
        <translation>Gefroren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped or damaged</source>
        <translation>Heruntergefallen oder beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long at room temperature</source>
        <translation>Zu lange bei Raumtemperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lot number must have 1 to 60 characters (it is printed on the carton and the syringe).</source>
        <translation>Die Chargenbezeichnung muss 1 bis 60 Zeichen haben (sie steht auf der Packung und auf der Spritze).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count %1 is out of range; it must be from 1 to %2 syringes.</source>
        <translation>Die Anzahl %1 liegt außerhalb des zulässigen Bereichs; sie muss zwischen 1 und %2 Spritzen liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expiry and received dates are needed.</source>
        <translation>Das Verfalldatum und das Eingangsdatum werden benötigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The received date %1 is in the future.</source>
        <translation>Das Eingangsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry date %1 is before the received date %2; check the carton.</source>
        <translation>Das Verfalldatum %1 liegt vor dem Eingangsdatum %2; prüfen Sie die Packung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown reason &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Grund „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot discard %1 syringes of lot %2: %3 remain.</source>
        <translation>%1 Spritzen der Charge %2 können nicht verworfen werden: Es sind noch %3 übrig.</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/stock/StockService.cpp" line="+42"/>
        <source>There is no lot &quot;%1&quot; in stock; &quot;stock list&quot; shows the lots.</source>
        <translation>Es gibt keine Charge „%1“ im Vorrat; „stock list“ zeigt die Chargen an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lot %1 is already in stock with the expiry date %2, not %3; check the carton.</source>
        <translation>Charge %1 ist bereits mit dem Verfalldatum %2 im Vorrat, nicht mit %3; prüfen Sie die Packung.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot take %1 syringes of lot %2 out of the fridge: %3 are in it.</source>
        <translation>%1 Spritzen der Charge %2 können nicht aus dem Kühlschrank genommen werden: Darin sind %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time %1 is in the future.</source>
        <translation>Der Zeitpunkt %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change lot %1 by %2: %3 remain.</source>
        <translation>Charge %1 kann nicht um %2 geändert werden: Es sind noch %3 übrig.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Out of the fridge too long; discarded when an injection was logged.</source>
        <translation>Zu lange außerhalb des Kühlschranks; beim Eintragen einer Injektion verworfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no lot &quot;%1&quot; in stock; receive it first or leave the lot out.</source>
        <translation>Es gibt keine Charge „%1“ im Vorrat; tragen Sie zuerst ihren Eingang ein oder lassen Sie die Charge weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lot %1 expired on %2. Do not use an expired syringe.</source>
        <translation>Charge %1 ist am %2 abgelaufen. Verwenden Sie keine abgelaufene Spritze.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No usable syringe is recorded in stock; the injection is logged without one. Receive stock to keep count.</source>
        <translation>Im Vorrat ist keine verwendbare Spritze eingetragen; die Injektion wird ohne Spritze eingetragen. Tragen Sie den Eingang neuer Spritzen ein, damit der Vorrat stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 syringes needed were in stock.</source>
        <translation>Nur %1 der %2 benötigten Spritzen waren im Vorrat.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n syringe(s) used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</source>
        <translation>
            <numerusform>%n für diese Injektion verwendete Spritze war länger als %1 Stunden außerhalb des Kühlschranks. Sprechen Sie mit Ihrer Apotheke oder Ihrer Ärztin oder Ihrem Arzt; verwerfen Sie alle anderen, die so lange draußen waren.</numerusform>
            <numerusform>%n für diese Injektion verwendete Spritzen waren länger als %1 Stunden außerhalb des Kühlschranks. Sprechen Sie mit Ihrer Apotheke oder Ihrer Ärztin oder Ihrem Arzt; verwerfen Sie alle anderen, die so lange draußen waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n syringe(s) have been out of the fridge longer than %1 hours: do not inject them, discard them. This injection was counted from another syringe.</source>
        <translation>
            <numerusform>%n Spritze ist länger als %1 Stunden außerhalb des Kühlschranks: Injizieren Sie sie nicht, verwerfen Sie sie. Diese Injektion wurde von einer anderen Spritze abgezogen.</numerusform>
            <numerusform>%n Spritzen sind länger als %1 Stunden außerhalb des Kühlschranks: Injizieren Sie sie nicht, verwerfen Sie sie. Diese Injektion wurde von einer anderen Spritze abgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n syringe(s) of this injection are no longer in stock.</source>
        <translation>
            <numerusform>%n Spritze dieser Injektion ist nicht mehr im Vorrat.</numerusform>
            <numerusform>%n Spritzen dieser Injektion sind nicht mehr im Vorrat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOutOfFridgeCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+26"/>
        <source>Take %1 syringes of lot %2 out of the fridge</source>
        <translation>%1 Spritzen der Charge %2 aus dem Kühlschrank nehmen</translation>
    </message>
</context>
<context>
    <name>TimeAxisLabels</name>
    <message>
        <location filename="../ui/charts/TimeAxisLabels.cpp" line="+19"/>
        <source>d MMM yyyy</source>
        <extracomment>A day on a chart&apos;s time axis; reorder for your language (&quot;MMM d&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
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
        <translation>heute um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n Tag alt</numerusform>
            <numerusform>%n Tage alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) old</source>
        <translation>
            <numerusform>%n Woche alt</numerusform>
            <numerusform>%n Wochen alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n Monat alt</numerusform>
            <numerusform>%n Monate alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n Jahr alt</numerusform>
            <numerusform>%n Jahre alt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCommands</name>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-31"/>
        <source>Today for %1:</source>
        <translation>Heute für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET MEDICAL HELP NOW: %1</source>
        <translation>SOFORT ÄRZTLICHE HILFE HOLEN: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose: %1 mg (%2 mL).</source>
        <translation>Dosis: %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested site: %1.</source>
        <translation>Vorgeschlagene Stelle: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(red flag open: get medical help now)</source>
        <translation>(Warnzeichen offen: Holen Sie sofort ärztliche Hilfe)</translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <location filename="../core/today/TodaySummary.cpp" line="+46"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute(s) apart. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>
            <numerusform>Doppelte Dosis: %1 mg um %2%3 und %4 mg um %5%6, %n Minute auseinander. Fragen Sie vor der nächsten Dosis Arzt oder Apotheke um Rat.</numerusform>
            <numerusform>Doppelte Dosis: %1 mg um %2%3 und %4 mg um %5%6, %n Minuten auseinander. Fragen Sie vor der nächsten Dosis Arzt oder Apotheke um Rat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A neutrophil blood count was due on %1.</source>
        <translation>Eine Blutuntersuchung der Neutrophilen war am %1 fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neutrophil blood count is due on %1.</source>
        <translation>Eine Blutuntersuchung der Neutrophilen ist am %1 fällig.</translation>
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
        <translation>Für diesen Patienten ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last used: %1</source>
        <translation>Zuletzt verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) here</source>
        <translation>
            <numerusform>%n Injektion hier</numerusform>
            <numerusform>%n Injektionen hier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open reaction: %1</source>
        <translation>Offene Hautreaktion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested next site</source>
        <translation>Als Nächstes empfohlene Stelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s)</source>
        <translation>
            <numerusform>%n Injektion</numerusform>
            <numerusform>%n Injektionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open reaction: %1</source>
        <translation>offene Hautreaktion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suggested next</source>
        <translation>als Nächstes empfohlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
</context>
<context>
    <name>ZoneViewBuilder</name>
    <message>
        <location filename="../ui/sites/ZoneViewBuilder.cpp" line="+45"/>
        <source>today (%1)</source>
        <translation>heute (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago (%1)</source>
        <translation>
            <numerusform>vor %n Tag (%1)</numerusform>
            <numerusform>vor %n Tagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) seit %3</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../core/sites/Zones.cpp" line="+26"/>
        <source>Abdomen, upper left</source>
        <translation>Bauch, links oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, upper right</source>
        <translation>Bauch, rechts oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower left</source>
        <translation>Bauch, links unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower right</source>
        <translation>Bauch, rechts unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, upper</source>
        <translation>Linker Oberschenkel, oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, lower</source>
        <translation>Linker Oberschenkel, unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, upper</source>
        <translation>Rechter Oberschenkel, oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, lower</source>
        <translation>Rechter Oberschenkel, unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left arm (back)</source>
        <translation>Linker Oberarm (Rückseite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right arm (back)</source>
        <translation>Rechter Oberarm (Rückseite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left buttock (upper outer)</source>
        <translation>Linke Gesäßhälfte (oben außen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right buttock (upper outer)</source>
        <translation>Rechte Gesäßhälfte (oben außen)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+48"/>
        <source>A private diary for daily injections.</source>
        <translation>Ein privates Tagebuch für tägliche Injektionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file PATH.</source>
        <translation>Die Datenbankdatei PATH öffnen.</translation>
    </message>
</context>
<context>
    <name>shotbook</name>
    <message>
        <location filename="../core/patients/PatientInvariants.cpp" line="+15"/>
        <source>a patient without a name</source>
        <translation>ein Patient ohne Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient whose birth date is not a date</source>
        <translation>ein Patient, dessen Geburtsdatum kein Datum ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weight outside %1–%2 kg</source>
        <translation>ein Gewicht außerhalb von %1–%2 kg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a weight whose date is not a date</source>
        <translation>ein Gewicht, dessen Datum kein Datum ist</translation>
    </message>
</context>
<context>
    <name>shotbook::Database</name>
    <message>
        <location filename="../core/storage/ChangeListener.cpp" line="+33"/>
        <source>The database driver cannot tell about changes made elsewhere; the window will not update by itself.</source>
        <translation>Der Datenbanktreiber meldet keine Änderungen von anderswo; das Fenster aktualisiert sich nicht von selbst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot listen for changes on %1; the window will not update by itself.</source>
        <translation>Änderungen an %1 können nicht verfolgt werden; das Fenster aktualisiert sich nicht von selbst.</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerSnapshot.cpp" line="+88"/>
        <source>The copy of %1 has a record in table %2 that refers to a missing one; nothing was written.</source>
        <translation>Die Kopie von %1 enthält in Tabelle %2 einen Eintrag, der auf einen fehlenden verweist; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="-233"/>
        <source>this row is for &quot;%1&quot;; the import is for &quot;%2&quot; (--patient). Import the rows of each patient separately.</source>
        <translation>diese Zeile gehört zu „%1“; der Import ist für „%2“ (--patient). Importieren Sie die Zeilen jedes Patienten getrennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no patient named; name the patient in the patient column or with --patient</source>
        <translation>kein Patient genannt; nennen Sie den Patienten in der Patientenspalte oder mit --patient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no patient &quot;%1&quot;; add the patient first, or import into one with --patient</source>
        <translation>es gibt keinen Patienten „%1“; fügen Sie den Patienten zuerst hinzu oder importieren Sie mit --patient in einen vorhandenen</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionRepository</name>
    <message>
        <location filename="../core/injections/InjectionRepository.cpp" line="+110"/>
        <location line="+26"/>
        <source>There is no injection with id %1.</source>
        <translation>Es gibt keine Injektion mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::StockInvariants</name>
    <message>
        <location filename="../core/stock/StockInvariants.cpp" line="+10"/>
        <source>a lot whose remaining count is not received − used − discarded ± adjusted</source>
        <translation>einer Charge, deren Restbestand nicht Eingang − Verbrauch − Verworfenes ± Korrekturen entspricht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a lot with more syringes out of the fridge than remain</source>
        <translation>einer Charge, bei der mehr Spritzen außerhalb des Kühlschranks sind, als noch übrig sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an injection whose lot is not the one its syringes came from</source>
        <translation>einer Injektion, deren Charge nicht die ihrer Spritzen ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a stock movement whose count does not fit its kind (received adds, used and discarded take away, only a use belongs to an injection)</source>
        <translation>einer Bestandsbewegung, deren Anzahl nicht zu ihrer Art passt (Eingang erhöht, Verbrauch und Verworfenes verringern den Bestand, nur ein Verbrauch gehört zu einer Injektion)</translation>
    </message>
</context>
<context>
    <name>shotbook::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+34"/>
        <source>the database file</source>
        <translation>die Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take this as the current time</source>
        <translation>diesen Zeitpunkt als aktuelle Zeit verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown option --%1 for &quot;%2&quot;</source>
        <translation>unbekannte Option --%1 für „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --%1 needs a value (%2)</source>
        <translation>Option --%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 is given twice</source>
        <translation>Option --%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete command &quot;%1&quot;</source>
        <translation>unvollständiger Befehl „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation>„%1“ braucht --%2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation>„%1“ braucht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>unerwartetes Argument „%1“ für „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]</source>
        <translation>Aufruf: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exit status: 0 done, 2 usage error, 3 rejected input (nothing written), 4 database or file error, 1 anything else.</source>
        <translation>Exit-Status: 0 erledigt, 2 Aufruffehler, 3 Eingabe abgelehnt (nichts geschrieben), 4 Datenbank- oder Dateifehler, 1 alles andere.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (&quot;shotbook-cli --help&quot; lists the commands)</source>
        <translation>%1 („shotbook-cli --help“ zeigt die Befehle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--now: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--now: „%1“ ist keine Zeitangabe; schreiben Sie sie als YYYY-MM-DDTHH:MM[:SS], wahlweise mit Z oder einem Versatz wie +01:00.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>About Shotbook</source>
        <translation>Über Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;A private, offline diary for people on daily subcutaneous injections, built first for anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook records what your doctor prescribed and what was injected. It is not medical advice: ask your doctor or pharmacist about your dose and any side effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3. Shotbook never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;Ein privates Offline-Tagebuch für Menschen, die täglich subkutane Injektionen bekommen, zuerst entwickelt für Anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook hält fest, was Ihre Ärztin oder Ihr Arzt verordnet hat und was injiziert wurde. Es ist keine medizinische Beratung: Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke nach Ihrer Dosis und nach jeder Nebenwirkung.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3. Shotbook stellt nie eine Netzwerkverbindung her.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ActivityChart</name>
    <message>
        <location filename="../ui/charts/ActivityChart.cpp" line="+31"/>
        <source>Disease activity chart</source>
        <translation>Diagramm der Krankheitsaktivität</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Auto-Inflammatory Diseases Activity Index per month; 9 or more means active disease. The table view lists the same scores.</source>
        <translation>Der Auto-Inflammatory Diseases Activity Index (AIDAI) pro Monat; 9 oder mehr bedeutet aktive Erkrankung. Die Tabellenansicht zeigt dieselben Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain, patient global assessment and morning stiffness over time. The table view lists the same values.</source>
        <translation>Schmerz, Gesamturteil des Patienten und Morgensteifigkeit im Zeitverlauf. Die Tabellenansicht zeigt dieselben Werte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disease activity: AIDAI per month</source>
        <translation>Krankheitsaktivität: AIDAI pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disease activity: pain, patient global, morning stiffness</source>
        <translation>Krankheitsaktivität: Schmerz, Gesamturteil, Morgensteifigkeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AIDAI: days × symptoms in the month</source>
        <translation>AIDAI: Tage × Beschwerden im Monat</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: AIDAI %2 (%3)</source>
        <translation>%1: AIDAI %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active disease</source>
        <translation>aktive Erkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>below 9 with days missing</source>
        <translation>unter 9, mit fehlenden Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary filled in on %1 of %2 days</source>
        <translation>Tagebuch an %1 von %2 Tagen ausgefüllt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below 9: inactive</source>
        <translation>Unter 9: inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 or more: active disease</source>
        <translation>9 oder mehr: aktive Erkrankung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below 9, days missing in the diary</source>
        <translation>Unter 9, Tage fehlen im Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated cut-off: 9</source>
        <translation>Validierter Grenzwert: 9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score 0–10</source>
        <translation>Wert 0–10</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>morning stiffness, minutes</source>
        <translation>Morgensteifigkeit, Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weekly mean)</source>
        <translation> (Wochenmittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (monthly mean)</source>
        <translation> (Monatsmittel)</translation>
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
        <translation>%1 mg/kg/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen change</source>
        <translation>Änderung des Behandlungsplans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen from %1: %2</source>
        <translation>Behandlungsplan ab %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AIDAI</source>
        <translation>AIDAI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days filled in</source>
        <translation>Ausgefüllte Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in the month</source>
        <translation>Tage im Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no diary</source>
        <translation>kein Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 9, days missing</source>
        <translation>unter 9, Tage fehlen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/patients/AddPatientDialog.cpp" line="+23"/>
        <source>Add Patient</source>
        <translation>Patient hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AdherenceChart</name>
    <message>
        <location filename="../ui/charts/AdherenceChart.cpp" line="+28"/>
        <source>Adherence chart</source>
        <translation>Diagramm der Therapietreue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of due doses taken per week or month, and the current streak. The table view lists the same numbers.</source>
        <translation>Der Anteil der fälligen Dosen, die pro Woche oder Monat genommen wurden, und die aktuelle Serie. Die Tabellenansicht zeigt dieselben Zahlen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 due doses taken (%3 %)</source>
        <translation>%1 von %2 fälligen Dosen genommen (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no dose due yet</source>
        <translation>noch keine Dosis fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adherence %1 — %2; streak: %n day(s) in a row complete</source>
        <translation>
            <numerusform>Therapietreue %1 – %2; Serie: %n Tag in Folge vollständig</numerusform>
            <numerusform>Therapietreue %1 – %2; Serie: %n Tage in Folge vollständig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>doses taken, % (from %1 %)</source>
        <translation>genommene Dosen, % (ab %1 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doses taken, %</source>
        <translation>genommene Dosen, %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 – %2: %3 of %4 doses (%5 %), %6 missed</source>
        <translation>%1 – %2: %3 von %4 Dosen (%5 %), %6 versäumt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>90 % or more</source>
        <translation>90 % oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75 to 90 %</source>
        <translation>75 bis 90 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 75 %</source>
        <translation>unter 75 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken, %</source>
        <translation>Genommen, %</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BackupsDialog</name>
    <message>
        <location filename="../ui/backups/BackupsDialog.cpp" line="+30"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a restore</source>
        <translation>Durch Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backups of %1 are kept in %2.</source>
        <translation>Sicherungen von %1 werden in %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Backup Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;File…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Make Backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from File</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Shotbook-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Replace everything in %1 with the backup %2 (%3)? Whatever was recorded since that backup is no longer shown. The current file is kept as %4, and can be restored from this list.</source>
        <translation>Alles in %1 durch die Sicherung %2 (%3) ersetzen? Was seit dieser Sicherung eingetragen wurde, wird nicht mehr angezeigt. Die aktuelle Datei wird als %4 aufbewahrt und kann aus dieser Liste wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapView</name>
    <message>
        <location filename="../ui/sites/BodyMapView.cpp" line="+38"/>
        <source>&amp;Use this zone</source>
        <translation>Diese Zone &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Cleared</source>
        <translation>Als &amp;abgeklungen markieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arms and buttocks are usually injected by someone else; switch off the zones that are not used.</source>
        <translation>Injektionen in Oberarme und Gesäß verabreicht meist eine andere Person; schalten Sie die Zonen aus, die nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Site reactions</source>
        <translation>Hautreaktionen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No site reactions recorded.</source>
        <translation>Keine Hautreaktionen eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest period</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next site</source>
        <translation>Nächste Injektionsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record Reaction…</source>
        <translation>Hautreaktion &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let a zone &amp;rest:</source>
        <translation>Eine Zone &amp;ruhen lassen:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rest Period</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No patient yet.</source>
        <translation>Noch kein Patient.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never used yet</source>
        <translation>noch nie verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone can be suggested: every zone is switched off or has a site reaction that has not cleared.</source>
        <translation>Es kann keine Zone empfohlen werden: Jede Zone ist ausgeschaltet oder hat eine Hautreaktion, die noch nicht abgeklungen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2, %3, since %4</source>
        <translation>%1 — %2, %3, seit %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3, %4 to %5 (cleared)</source>
        <translation>%1 — %2, %3, %4 bis %5 (abgeklungen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a zone on the map.</source>
        <translation>Wählen Sie auf der Körperkarte eine Zone aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last used: %1</source>
        <translation>Zuletzt verwendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections here: %1</source>
        <translation>Injektionen hier: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site Reaction</source>
        <translation>Hautreaktion</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapWidget</name>
    <message>
        <location filename="../ui/sites/BodyMapWidget.cpp" line="+35"/>
        <location line="+168"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injection zones on the front and back of the body; left and right are the patient&apos;s own. Tab or the arrow keys move between zones, Enter picks one.</source>
        <translation>Injektionszonen auf der Vorder- und Rückseite des Körpers; links und rechts sind aus Sicht des Patienten. Mit der Tabulatortaste oder den Pfeiltasten wechseln Sie zwischen den Zonen, die Eingabetaste wählt eine aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: %1.</source>
        <translation>Im Fokus: %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Save the chart as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Speichern Sie das Diagramm als .png oder .svg, nicht als „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/ChartsView.cpp" line="+58"/>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From…</source>
        <translation>&amp;Von…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts from</source>
        <translation>Diagramme ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts to</source>
        <translation>Diagramme bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence per week or per month</source>
        <translation>Therapietreue pro Woche oder pro Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across a chart to zoom in; the wheel zooms, Shift+drag or the middle button pans, a right click shows everything again.</source>
        <translation>Ziehen Sie über ein Diagramm, um hineinzuzoomen; das Mausrad zoomt, Umschalt+Ziehen oder die mittlere Maustaste verschiebt, ein Rechtsklick zeigt wieder alles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Image…</source>
        <translation>Bild &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary measures shown</source>
        <translation>Angezeigte Tagebuchwerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ymptoms</source>
        <translation>&amp;Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disease activity</source>
        <translation>&amp;Krankheitsaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and &amp;weight</source>
        <translation>Dosis und &amp;Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tes</source>
        <translation>S&amp;tellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;herence</source>
        <translation>T&amp;herapietreue</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No patient yet: add one to see charts.</source>
        <translation>Noch kein Patient: Fügen Sie einen hinzu, um Diagramme zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="+25"/>
        <source>Connect to a Shared Record</source>
        <translation>Mit einem gemeinsamen Datensatz verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server.home, or a socket folder such as /var/run/postgresql</source>
        <translation>server.home oder ein Socket-Ordner wie /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your own login, e.g. mother</source>
        <translation>Ihr eigenes Login, z. B. mutter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry of ~/.pg_service.conf (instead of the above)</source>
        <translation>ein Eintrag aus ~/.pg_service.conf (statt der Angaben oben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One record shared by a household or a care team on a PostgreSQL server. Each caregiver signs in as their own user; the password is never stored by Shotbook: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) or the service file.</source>
        <translation>Ein Datensatz, den ein Haushalt oder ein Pflegeteam auf einem PostgreSQL-Server teilt. Jede betreuende Person meldet sich mit ihrem eigenen Benutzer an; Shotbook speichert das Passwort nie: Tragen Sie es in ~/.pgpass ein (HOST:PORT:DATENBANK:BENUTZER:PASSWORT, Modus 0600) oder in die Dienstdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service name:</source>
        <translation>D&amp;ienstname:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the database, or a service.</source>
        <translation>Geben Sie die Datenbank oder einen Dienst an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shotbook opens %1</source>
        <translation>Shotbook öffnet %1</translation>
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
        <translation> Min.</translation>
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
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryView</name>
    <message>
        <location filename="../ui/diary/DiaryView.cpp" line="+61"/>
        <source>Diary calendar</source>
        <translation>Tagebuchkalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Day</source>
        <translation>Tag &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Side Effect…</source>
        <translation>Nebenwirkung &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No side effects recorded — Record Side Effect… when one starts.</source>
        <translation>Keine Nebenwirkungen eingetragen – Nebenwirkung eintragen…, wenn eine beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gone Today</source>
        <translation>&amp;Heute abgeklungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;effects</source>
        <translation>&amp;Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Infection…</source>
        <translation>Infektion &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infections recorded — Record Infection… when one starts, and tell the doctor.</source>
        <translation>Keine Infektionen eingetragen – Infektion eintragen…, wenn eine beginnt, und sagen Sie es der Ärztin oder dem Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ended Today</source>
        <translation>&amp;Heute abgeklungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infections</source>
        <translation>&amp;Infektionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Blood Test…</source>
        <translation>Blutwert &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood tests recorded — Record Blood Test… after each neutrophil count.</source>
        <translation>Keine Blutwerte eingetragen – Blutwert eintragen… nach jeder Bestimmung der Neutrophilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blood tests</source>
        <translation>B&amp;lutwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Medicine…</source>
        <translation>Arzneimittel &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other medicines recorded — Record Medicine… for each other medicine or vaccine.</source>
        <translation>Keine anderen Arzneimittel eingetragen – Arzneimittel eintragen… für jedes andere Arzneimittel und jede Impfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stopped Today</source>
        <translation>&amp;Heute abgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other medicines</source>
        <translation>&amp;Andere Arzneimittel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, seit dem %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, gone %1</source>
        <translation>, abgeklungen am %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — from %2%3%4</source>
        <translation>%1 — ab dem %2%3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source> to %1</source>
        <translation> bis zum %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source> (doctor told)</source>
        <translation> (Ärztin/Arzt informiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (doctor not told)</source>
        <translation> (Ärztin/Arzt nicht informiert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;A neutrophil count was due on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eine Bestimmung der Neutrophilen war am %1 fällig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Die nächste Bestimmung der Neutrophilen ist am %1 fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No neutrophil count is due.</source>
        <translation>Es ist keine Bestimmung der Neutrophilen fällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — from %2%3</source>
        <translation>%1 — ab dem %2%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose an entry in the list first.</source>
        <translation>Wählen Sie zuerst einen Eintrag in der Liste aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please Note</source>
        <translation>Bitte beachten</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiscardStockDialog</name>
    <message>
        <location filename="../ui/stock/DiscardStockDialog.cpp" line="+32"/>
        <source>Discard Syringes</source>
        <translation>Spritzen verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 übrig)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use a syringe that is cloudy, discoloured or has particles in it, that was frozen, dropped or damaged, or that was out of the fridge too long.</source>
        <translation>Verwenden Sie nie eine Spritze, deren Inhalt trüb oder verfärbt ist oder Partikel enthält, die eingefroren war, heruntergefallen oder beschädigt ist oder die zu lange außerhalb des Kühlschranks war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DoseWeightChart</name>
    <message>
        <location filename="../ui/charts/DoseWeightChart.cpp" line="+71"/>
        <source>Dose and weight chart</source>
        <translation>Diagramm für Dosis und Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose in mg per day and in mg per kg per day, with the labelled maximum of 8 mg/kg/day, beside the weights. The table view lists the same values.</source>
        <translation>Die Dosis in mg pro Tag und in mg pro kg pro Tag, mit der in der Fachinformation angegebenen Höchstdosis von 8 mg/kg/Tag, neben den Gewichten. Die Tabellenansicht zeigt dieselben Werte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dose and weight</source>
        <translation>Dosis und Gewicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <source>mg/day</source>
        <translation>mg/Tag</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+21"/>
        <location line="+36"/>
        <source>mg/kg/day</source>
        <translation>mg/kg/Tag</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>weight, lb</source>
        <translation>Gewicht, lb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight, kg</source>
        <translation>Gewicht, kg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mg/day (as measured)</source>
        <translation>mg/Tag (wie abgemessen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 mg/day
from %2</source>
        <translation>%1 mg/Tag
ab %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg/kg/day
from %2</source>
        <translation>%1 mg/kg/Tag
ab %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label maximum: 8 mg/kg/day</source>
        <translation>Höchstdosis laut Fachinformation: 8 mg/kg/Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Weight (lb)</source>
        <translation>Gewicht (lb)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1
weighed %2</source>
        <translation>%1
gewogen %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/exchange/ExchangeActions.cpp" line="+29"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export the record of which patients?</source>
        <translation>Die Daten welcher Patienten exportieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this patient</source>
        <translation>Nur diesen Patienten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n patients</source>
        <translation>
            <numerusform>Alle %n Patienten</numerusform>
            <numerusform>Alle %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV: Choose a Folder</source>
        <translation>CSV exportieren: Ordner wählen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>%n CSV-Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n CSV-Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Export FHIR</source>
        <translation>FHIR exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>FHIR-JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) to %1.</source>
        <translation>
            <numerusform>FHIR-R4-Bundle mit %n Ressource nach %1 geschrieben.</numerusform>
            <numerusform>FHIR-R4-Bundle mit %n Ressourcen nach %1 geschrieben.</numerusform>
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
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>There is nothing new to import: %n row(s) are already in %1&apos;s log.</source>
        <translation>
            <numerusform>Es gibt nichts Neues zu importieren: %n Zeile steht schon im Protokoll von %1.</numerusform>
            <numerusform>Es gibt nichts Neues zu importieren: %n Zeilen stehen schon im Protokoll von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import %n injection(s) into %1&apos;s log?</source>
        <translation>
            <numerusform>%n Injektion in das Protokoll von %1 importieren?</numerusform>
            <numerusform>%n Injektionen in das Protokoll von %1 importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are already in the log and are left out.</source>
        <translation>
            <numerusform>%n Zeile steht schon im Protokoll und wird ausgelassen.</numerusform>
            <numerusform>%n Zeilen stehen schon im Protokoll und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are recorded as history: no syringes are taken from stock.</source>
        <translation>Sie werden als Verlauf eingetragen: Es werden keine Spritzen aus dem Vorrat genommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n injection(s) into %1&apos;s log (Edit ▸ Undo takes them out again).</source>
        <translation>
            <numerusform>%n Injektion in das Protokoll von %1 importiert (Bearbeiten ▸ Rückgängig nimmt sie wieder heraus).</numerusform>
            <numerusform>%n Injektionen in das Protokoll von %1 importiert (Bearbeiten ▸ Rückgängig nimmt sie wieder heraus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunIndicationPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunIndicationPage.cpp" line="+19"/>
        <source>What is it for?</source>
        <translation>Wofür ist es?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition your doctor prescribed anakinra (Kineret) for. Shotbook uses it to check the dose against the label.</source>
        <translation>Die Erkrankung, für die Ihre Ärztin oder Ihr Arzt Anakinra (Kineret) verordnet hat. Shotbook prüft damit die Dosis anhand der Fachinformation.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunPatientPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunPatientPage.cpp" line="+19"/>
        <source>Who are the injections for?</source>
        <translation>Für wen sind die Injektionen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can add more people later, for example a second child.</source>
        <translation>Sie können später weitere Personen hinzufügen, zum Beispiel ein zweites Kind.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunRegimenPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunRegimenPage.cpp" line="+28"/>
        <source>The regimen</source>
        <translation>Der Behandlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the dose exactly as your doctor prescribed it. Shotbook does the arithmetic and warns about anything outside the labelled ranges; it never chooses a dose.</source>
        <translation>Geben Sie die Dosis genau so ein, wie Ihre Ärztin oder Ihr Arzt sie verordnet hat. Shotbook rechnet und warnt bei allem außerhalb der in der Fachinformation angegebenen Bereiche; es wählt nie eine Dosis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight today</source>
        <translation>Gewicht heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh again as the doctor advises.</source>
        <translation>Eine gewichtsbezogene Dosis folgt dem letzten Gewicht: Wiegen Sie erneut, wie die Ärztin oder der Arzt es empfiehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;eight today:</source>
        <translation>G&amp;ewicht heute:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStep</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStep.cpp" line="+17"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStockPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStockPage.cpp" line="+19"/>
        <source>Your syringes</source>
        <translation>Ihre Spritzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack you have now, so that Shotbook can tell you when to order more and which lot to use first.</source>
        <translation>Die Packung, die Sie jetzt haben, damit Shotbook Ihnen sagen kann, wann Sie nachbestellen sollten und welche Charge zuerst dran ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Bewahren Sie die Spritzen im Kühlschrank (2–8 °C) in ihrer Packung und vor Licht geschützt auf. Frieren Sie sie nicht ein und schütteln Sie sie nicht.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunSummaryPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunSummaryPage.cpp" line="+25"/>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what Shotbook will record. Go back to change anything; you can also change it all later.</source>
        <translation>Prüfen Sie, was Shotbook eintragen wird. Gehen Sie zurück, um etwas zu ändern; Sie können auch später alles ändern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mg/kg/day at %2</source>
        <translation>%1 mg/kg/Tag bei %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n injection(s) a day at %2, from %3</source>
        <translation>
            <numerusform>%1, %n Injektion täglich um %2, ab %3</numerusform>
            <numerusform>%1, %n Injektionen täglich um %2, ab %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, jeden zweiten Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, für %n Tag</numerusform>
            <numerusform>, für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each injection: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</source>
        <translation>Jede Injektion: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>born %1 (%2)</source>
        <translation>geboren %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regimen</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: Today will ask you to set it (Set Regimen…).</source>
        <translation>Noch nicht festgelegt: „Heute“ wird Sie darum bitten (Behandlungsplan festlegen…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injected by</source>
        <translation>Injiziert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given: every zone is in use (Body Map switches zones off).</source>
        <translation>Nicht angegeben: Alle Zonen sind in Gebrauch (in der Körperkarte lassen sich Zonen ausschalten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient: the back of the arms and the buttocks are switched off.</source>
        <translation>Der Patient selbst: Rückseite der Oberarme und Gesäß sind ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else: every zone is in use.</source>
        <translation>Eine andere Person: Alle Zonen sind in Gebrauch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syringes</source>
        <translation>Spritzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n syringe(s) of lot %1, expiring %2</source>
        <translation>
            <numerusform>%n Spritze der Charge %1, verwendbar bis %2</numerusform>
            <numerusform>%n Spritzen der Charge %1, verwendbar bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: add them later in Stock (Receive…).</source>
        <translation>Noch keine: Fügen Sie sie später im Vorrat hinzu (Eingang eintragen…).</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
        <location line="+12"/>
        <source>Welcome to Shotbook</source>
        <translation>Willkommen bei Shotbook</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this out for now; you can set it later.</source>
        <translation>Vorerst auslassen; Sie können es später festlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private diary for daily injections.</source>
        <translation>Ein privates Tagebuch für tägliche Injektionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Shotbook keeps a record of each injection, tells you which site is next, watches your syringe stock and keeps a diary of symptoms and side effects.&lt;/p&gt;&lt;p&gt;It never decides a dose: it records the regimen your doctor prescribed, does the arithmetic and warns you about anything outside the labelled ranges.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in &lt;b&gt;%1&lt;/b&gt;. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The next pages ask for the patient, the regimen and your syringes. Skip what you do not have at hand: you can add it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shotbook führt Buch über jede Injektion, sagt Ihnen, welche Stelle als Nächstes dran ist, behält Ihren Spritzenvorrat im Blick und führt ein Tagebuch über Beschwerden und Nebenwirkungen.&lt;/p&gt;&lt;p&gt;Es legt nie eine Dosis fest: Es trägt den Behandlungsplan ein, den Ihre Ärztin oder Ihr Arzt verordnet hat, rechnet und warnt Sie bei allem außerhalb der in der Fachinformation angegebenen Bereiche.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, in &lt;b&gt;%1&lt;/b&gt;. Nichts wird irgendwohin gesendet.&lt;/p&gt;&lt;p&gt;Die nächsten Seiten fragen nach dem Patienten, dem Behandlungsplan und Ihren Spritzen. Überspringen Sie, was Sie nicht zur Hand haben: Sie können es später hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplore with Sample Data</source>
        <translation>Mit Beispieldaten &amp;erkunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate database with two made-up patients and two years of injections, stock and diary, to try Shotbook on. This database stays empty.</source>
        <translation>Öffnet eine separate Datenbank mit zwei erfundenen Patienten und zwei Jahren an Injektionen, Vorrat und Tagebuch, um Shotbook auszuprobieren. Diese Datenbank bleibt leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Explore with Sample Data</source>
        <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be written to %1: %2</source>
        <translation>Die Beispieldaten konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunZonesPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunZonesPage.cpp" line="+21"/>
        <source>The patient, to themselves: abdomen and thighs</source>
        <translation>Der Patient selbst: Bauch und Oberschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else (a parent, partner or nurse): also the back of the arms and the buttocks</source>
        <translation>Eine andere Person (Elternteil, Partner oder Pflegekraft): zusätzlich die Rückseite der Oberarme und das Gesäß</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who gives the injections?</source>
        <translation>Wer verabreicht die Injektionen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook suggests the next site from the zones in use.</source>
        <translation>Shotbook schlägt die nächste Stelle aus den verwendeten Zonen vor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The back of the arms and the buttocks are hard to reach on oneself. You can switch any zone on or off later in Body Map.</source>
        <translation>Rückseite der Oberarme und Gesäß sind bei sich selbst schwer zu erreichen. In der Körperkarte können Sie jede Zone später ein- oder ausschalten.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::HealthRecordDialog</name>
    <message>
        <location filename="../ui/diary/HealthRecordDialog.cpp" line="+65"/>
        <source>Record Side Effect</source>
        <translation>Nebenwirkung eintragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose from the list or describe it</source>
        <translation>Aus der Liste wählen oder selbst beschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone on:</source>
        <translation>Abgeklungen am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Began on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Get medical help now for signs of a severe allergic reaction, trouble breathing, swelling of the face, lips or throat, chest pain, or signs of a serious infection.</source>
        <translation>Holen Sie sofort ärztliche Hilfe bei Anzeichen einer schweren allergischen Reaktion, bei Atemnot, Schwellung von Gesicht, Lippen oder Rachen, Brustschmerzen oder Anzeichen einer schweren Infektion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Infection</source>
        <translation>Infektion eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chest infection, urinary infection</source>
        <translation>z. B. Infektion der Atemwege, Harnwegsinfektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor has been told</source>
        <translation>Die Ärztin oder der Arzt ist informiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation>Abgeklungen am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infection:</source>
        <translation>&amp;Infektion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about any infection.</source>
        <translation>Anakinra erhöht das Risiko schwerer Infektionen: Informieren Sie Ihre Ärztin oder Ihren Arzt über jede Infektion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Blood Test</source>
        <translation>Blutwert eintragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test:</source>
        <translation>&amp;Blutwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taken on:</source>
        <translation>&amp;Abgenommen am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils are checked before the start, monthly for 3 months, then every 3 months for a year.</source>
        <translation>Die Neutrophilen werden vor Behandlungsbeginn bestimmt, in den ersten 3 Monaten monatlich, danach bis zum Ende des ersten Jahres alle 3 Monate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Other Medicine or Vaccine</source>
        <translation>Anderes Arzneimittel oder Impfung eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic or brand name</source>
        <translation>Wirkstoff- oder Handelsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped on:</source>
        <translation>Abgesetzt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your doctor about every other medicine. Anakinra is not used with TNF blockers, and live vaccines should not be given during treatment.</source>
        <translation>Informieren Sie Ihre Ärztin oder Ihren Arzt über jedes andere Arzneimittel. Anakinra wird nicht zusammen mit TNF-Blockern angewendet, und Lebendimpfstoffe sollen während der Behandlung nicht gegeben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A Sign to Get Help Now?</source>
        <translation>Ein Zeichen, sofort Hilfe zu holen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now:

%2

Is it one of them? If it is, stop using anakinra and get medical help now.</source>
        <translation>„%1“ könnte eines der Zeichen sein, bei denen sofort ärztliche Hilfe nötig ist:

%2

Ist es eines davon? Wenn ja, wenden Sie Anakinra nicht weiter an und holen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yes, It Is One</source>
        <translation>&amp;Ja, das ist es</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go &amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ImportCommand</name>
    <message>
        <location filename="../ui/exchange/ImportCommand.cpp" line="+12"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::InjectionDialog</name>
    <message>
        <location filename="../ui/injections/InjectionDialog.cpp" line="+45"/>
        <source>Log Injection</source>
        <translation>Injektion eintragen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Injection</source>
        <translation>Injektion ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date and time given</source>
        <translation>Datum und Uhrzeit der Verabreichung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose in milligrams</source>
        <translation>Dosis in Milligramm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a site…</source>
        <translation>Injektionsstelle wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection site</source>
        <translation>Injektionsstelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site warnings</source>
        <translation>Warnungen zur Injektionsstelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the syringe&apos;s label (optional)</source>
        <translation>Vom Etikett der Spritze (freiwillig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Verabreicht von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Log</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>= %1 mL</source>
        <translation>= %1 mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site where the injection was given.</source>
        <translation>Wählen Sie die Stelle, an der injiziert wurde.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stop: Call Your Doctor</source>
        <translation>Stopp: Rufen Sie Ihre Ärztin oder Ihren Arzt an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log this injection only if a doctor said to go on with anakinra.</source>
        <translation>Tragen Sie diese Injektion nur ein, wenn eine Ärztin oder ein Arzt gesagt hat, Anakinra weiter anzuwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Doctor Said to Go On</source>
        <translation>Ärztlich bestätigt: weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second Dose?</source>
        <translation>Zweite Dosis?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if a second dose really was given.</source>
        <translation>Tragen Sie sie nur dann trotzdem ein, wenn wirklich eine zweite Dosis verabreicht wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Second Dose</source>
        <translation>Zweite Dosis eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too Soon After the Last Dose?</source>
        <translation>Zu kurz nach der letzten Dosis?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if it really was given.</source>
        <translation>Tragen Sie sie trotzdem nur ein, wenn sie wirklich gegeben wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It Was Given: Log It</source>
        <translation>Sie wurde gegeben: eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired Syringe?</source>
        <translation>Abgelaufene Spritze?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if this syringe really was injected, and tell your doctor or pharmacist.</source>
        <translation>Tragen Sie sie nur dann trotzdem ein, wenn diese Spritze wirklich injiziert wurde, und informieren Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Expired Syringe</source>
        <translation>Abgelaufene Spritze eintragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared Record Unreachable</source>
        <translation>Gemeinsame Akte nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared record cannot be reached, so Shotbook cannot check whether someone else already logged this dose. Keep this injection on this computer? It is sent as soon as the server is back, and a double dose is then shown to everyone.</source>
        <translation>Die gemeinsame Akte ist nicht erreichbar, daher kann Shotbook nicht prüfen, ob jemand anderes diese Dosis schon eingetragen hat. Diese Injektion auf diesem Computer aufbewahren? Sie wird gesendet, sobald der Server wieder da ist, und eine doppelte Dosis wird dann allen angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It on This Computer</source>
        <translation>Auf diesem Computer aufbewahren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syringe Out of the Fridge Too Long</source>
        <translation>Spritze zu lange außerhalb des Kühlschranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A syringe has been out of the fridge longer than allowed. Do not inject it: discard it and use another one from the fridge.</source>
        <translation>Eine Spritze ist länger als erlaubt außerhalb des Kühlschranks. Injizieren Sie sie nicht: Verwerfen Sie sie und nehmen Sie eine andere aus dem Kühlschrank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It and Use Another</source>
        <translation>Verwerfen und eine andere nehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I Injected It: Log It</source>
        <translation>Ich habe sie injiziert: eintragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check Before Logging</source>
        <translation>Vor dem Eintragen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Anyway</source>
        <translation>Trotzdem eintragen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogTableModel</name>
    <message>
        <location filename="../ui/injections/LogTableModel.cpp" line="+60"/>
        <source>extra dose</source>
        <translation>zusätzliche Dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 early</source>
        <translation>%1 zu früh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Verabreicht von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogView</name>
    <message>
        <location filename="../ui/injections/LogView.cpp" line="+32"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Injection log</source>
        <translation>Injektionsprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No injections in these dates — Log Injection… or Ctrl+L</source>
        <translation>Keine Injektionen in diesem Zeitraum – Injektion eintragen… oder Strg+L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>Injektion &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Injection</source>
        <translation>Injektion ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete Injection</source>
        <translation>Injektion löschen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotForm</name>
    <message>
        <location filename="../ui/stock/LotForm.cpp" line="+25"/>
        <source>As printed on the carton, e.g. 1234567</source>
        <translation>Wie auf der Packung aufgedruckt, z. B. 1234567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> syringes</source>
        <translation> Spritzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack of %1</source>
        <translation>Packung mit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lot number:</source>
        <translation>&amp;Chargenbezeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Verfalldatum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Received on:</source>
        <translation>Ein&amp;gangsdatum:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotTableModel</name>
    <message>
        <location filename="../ui/stock/LotTableModel.cpp" line="+65"/>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired: discard</source>
        <translation>abgelaufen: verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in date</source>
        <translation>haltbar</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expires within the %n-day warning window.</source>
        <translation>
            <numerusform>Läuft innerhalb der Warnfrist von %n Tag ab.</numerusform>
            <numerusform>Läuft innerhalb der Warnfrist von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired: discard these syringes.</source>
        <translation>Abgelaufen: Verwerfen Sie diese Spritzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expires within the %n-day warning window (Settings).</source>
        <translation>
            <numerusform>Läuft innerhalb der Warnfrist von %n Tag ab (Einstellungen).</numerusform>
            <numerusform>Läuft innerhalb der Warnfrist von %n Tagen ab (Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of fridge</source>
        <translation>Außerhalb des Kühlschranks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+74"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body Map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients &amp; Regimen</source>
        <translation>Patienten &amp; Behandlungsplan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Shared Record…</source>
        <translation>Mit &amp;gemeinsamem Datensatz verbinden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Dose &amp;Calendar…</source>
        <translation>Dosis&amp;kalender exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV Folder…</source>
        <translation>&amp;CSV-Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FHIR File…</source>
        <translation>&amp;FHIR-Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dose</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Log Injection…</source>
        <translation>Injektion &amp;eintragen…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Set &amp;Regimen…</source>
        <translation>&amp;Behandlungsplan festlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Patient…</source>
        <translation>Patient &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Patient…</source>
        <translation>Patient &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move Patient…</source>
        <translation>Patient &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shotbook</source>
        <translation>Ü&amp;ber Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+31"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Shotbook-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Shotbook-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen: Shotbook überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start Shotbook for %1.</source>
        <translation>Shotbook konnte für %1 nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Show Shotbook</source>
        <translation>Shotbook &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+8"/>
        <source>Export Dose Calendar</source>
        <translation>Dosiskalender exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: import it into your calendar to be reminded of each dose.</source>
        <translation>%1 wurde geschrieben: Importieren Sie die Datei in Ihren Kalender, um an jede Dosis erinnert zu werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored. The replaced file is kept as %1.</source>
        <translation>Wiederhergestellt. Die ersetzte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shotbook is still running</source>
        <translation>Shotbook läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will remind you of due doses. Use Quit in the tray menu to close it.</source>
        <translation>Es erinnert Sie an fällige Dosen. Wählen Sie „Beenden“ im Menü des Symbols in der Taskleiste, um es zu schließen.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::OfflineBanner</name>
    <message>
        <location filename="../ui/shell/OfflineBanner.cpp" line="+31"/>
        <source>Connection to the shared record</source>
        <translation>Verbindung zur gemeinsamen Akte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Offline since %1:&lt;/b&gt; the shared record %2 cannot be reached (%3). What you see is what was last read. Injections you log are kept on this computer and sent when it is back; until then nobody else sees them.</source>
        <translation>&lt;b&gt;Offline seit %1:&lt;/b&gt; Die gemeinsame Akte %2 ist nicht erreichbar (%3). Angezeigt wird der zuletzt gelesene Stand. Eingetragene Injektionen werden auf diesem Computer aufbewahrt und gesendet, sobald sie wieder erreichbar ist; bis dahin sieht sie niemand sonst.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n injection(s) wait on this computer&lt;/b&gt; to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Injektion wartet auf diesem Computer&lt;/b&gt; auf das Senden.</numerusform>
            <numerusform>&lt;b&gt;%n Injektionen warten auf diesem Computer&lt;/b&gt; auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double Dose</source>
        <translation>Doppelte Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An injection logged while the shared record could not be reached was sent; someone else had logged a dose for the same time meanwhile. Both are recorded. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>Eine Injektion, die eingetragen wurde, während die gemeinsame Akte nicht erreichbar war, wurde gesendet; inzwischen hatte jemand anderes eine Dosis für dieselbe Zeit eingetragen. Beide sind gespeichert. Fragen Sie vor der nächsten Dosis Arzt oder Apotheke um Rat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Injections Not Sent</source>
        <translation>Injektionen nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) stay on this computer; the shared record refused them:</source>
        <translation>
            <numerusform>%n Injektion bleibt auf diesem Computer; die gemeinsame Akte hat sie abgelehnt:</numerusform>
            <numerusform>%n Injektionen bleiben auf diesem Computer; die gemeinsame Akte hat sie abgelehnt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n injection(s) kept on this computer reached the shared record.</source>
        <translation>
            <numerusform>%n auf diesem Computer aufbewahrte Injektion hat die gemeinsame Akte erreicht.</numerusform>
            <numerusform>%n auf diesem Computer aufbewahrte Injektionen haben die gemeinsame Akte erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+17"/>
        <source>&amp;Known:</source>
        <translation>&amp;Bekannt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;nown:</source>
        <translation>Be&amp;kannt:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name or nickname</source>
        <translation>Name oder Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a child&apos;s weight-based dose checks</source>
        <translation>Nötig für die Prüfung gewichtsbezogener Dosen bei Kindern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in kilograms</source>
        <translation>Gewicht in Kilogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a weight-based (mg/kg) dose</source>
        <translation>Nötig für eine gewichtsbezogene Dosis (mg/kg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight today:</source>
        <translation>Heutiges Gewicht:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientSwitcher</name>
    <message>
        <location filename="../ui/patients/PatientSwitcher.cpp" line="+14"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient whose records are shown</source>
        <translation>Der Patient, dessen Einträge angezeigt werden</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientsView</name>
    <message>
        <location filename="../ui/patients/PatientsView.cpp" line="+40"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No patient yet — Add Patient…</source>
        <translation>Noch kein Patient – Patient hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Patient…</source>
        <translation>Patient &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;Weight…</source>
        <translation>&amp;Gewicht eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Re&amp;gimen…</source>
        <translation>Behandlungs&amp;plan festlegen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No patient yet. Add the person whose injections you record.</source>
        <translation>Noch kein Patient. Fügen Sie die Person hinzu, deren Injektionen Sie festhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Born %1 (%2)</source>
        <translation>Geboren %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth not entered</source>
        <translation>Geburtsdatum nicht eingetragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight %1 on %2</source>
        <translation>Gewicht %1 am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No weight recorded</source>
        <translation>Kein Gewicht eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimens</source>
        <translation>Behandlungspläne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>From %1: %2, %n injection(s) a day at %3</source>
        <translation>
            <numerusform>Ab %1: %2, %n Injektion täglich um %3</numerusform>
            <numerusform>Ab %1: %2, %n Injektionen täglich um %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, jeden zweiten Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, für %n Tag</numerusform>
            <numerusform>, für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (prescribed by %1)</source>
        <translation> (verordnet von %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regimen yet: set the one your doctor prescribed.</source>
        <translation>Noch kein Behandlungsplan: Legen Sie den fest, den Ihre Ärztin oder Ihr Arzt verordnet hat.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Rename Patient</source>
        <translation>Patient umbenennen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove %1 and every record of them from this database?

This cannot be undone. Backups made before now still hold their records.</source>
        <translation>%1 und alle zugehörigen Einträge aus dieser Datenbank entfernen?

Das lässt sich nicht rückgängig machen. Früher angelegte Sicherungskopien enthalten die Einträge weiterhin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Remove Patient</source>
        <translation>Patient entfernen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/common/ProblemListDialog.cpp" line="+23"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReactionDialog</name>
    <message>
        <location filename="../ui/sites/ReactionDialog.cpp" line="+38"/>
        <source>Record Site Reaction</source>
        <translation>Hautreaktion eintragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redness, swelling, itching or pain at the site are common in the first weeks and usually fade within 4–6 weeks. Call your doctor if a reaction is severe or does not fade.</source>
        <translation>Rötung, Schwellung, Juckreiz oder Schmerzen an der Injektionsstelle sind in den ersten Wochen häufig und klingen meist innerhalb von 4–6 Wochen ab. Wenden Sie sich an Ihre Ärztin oder Ihren Arzt, wenn eine Reaktion schwer ist oder nicht abklingt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Site:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;everity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReceiveStockDialog</name>
    <message>
        <location filename="../ui/stock/ReceiveStockDialog.cpp" line="+23"/>
        <source>Receive Syringes</source>
        <translation>Eingang von Spritzen eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Bewahren Sie die Spritzen im Kühlschrank (2–8 °C) in ihrer Packung und vor Licht geschützt auf. Frieren Sie sie nicht ein und schütteln Sie sie nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receive</source>
        <translation>&amp;Eintragen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RedFlagBanner</name>
    <message>
        <location filename="../ui/today/RedFlagBanner.cpp" line="+23"/>
        <source>Acknowledge warning</source>
        <translation>Warnung bestätigen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>I have got help — hide this…</source>
        <translation>Ich habe Hilfe geholt – ausblenden…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+30"/>
        <source>Get medical help now</source>
        <translation>Holen Sie sofort ärztliche Hilfe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (since %2)</source>
        <translation>%1 (seit dem %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the Warning?</source>
        <translation>Warnung ausblenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this warning only when you have got medical help. The side effect stays open until you mark it resolved in the Diary, and logging an injection will still ask whether a doctor said to go on.</source>
        <translation>Blenden Sie diese Warnung erst aus, wenn Sie ärztliche Hilfe bekommen haben. Die Nebenwirkung bleibt offen, bis Sie sie im Tagebuch als abgeklungen markieren, und beim Eintragen einer Injektion wird weiterhin gefragt, ob eine Ärztin oder ein Arzt gesagt hat, dass Sie weitermachen sollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I Have Got Help — Hide It</source>
        <translation>Ich habe Hilfe geholt – ausblenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenDialog</name>
    <message>
        <location filename="../ui/regimen/RegimenDialog.cpp" line="+28"/>
        <source>Set Regimen</source>
        <translation>Behandlungsplan festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set Regimen</source>
        <translation>Behandlungsplan fest&amp;legen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenForm</name>
    <message>
        <location filename="../ui/regimen/RegimenForm.cpp" line="+27"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Feste Dosis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;weight:</source>
        <translation>Nach &amp;Gewicht:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A course of</source>
        <translation>Befristet auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For:</source>
        <translation>Erkrankung:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> mg per day</source>
        <translation> mg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed dose in mg per day</source>
        <translation>Feste Dosis in mg pro Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mg/kg per day</source>
        <translation> mg/kg pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose in mg per kg per day</source>
        <translation>Dosis in mg pro kg pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice a day (the daily amount split in two)</source>
        <translation>Zweimal täglich (die Tagesmenge auf zwei Dosen aufgeteilt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other day (severe kidney impairment)</source>
        <translation>Jeden zweiten Tag (bei schwerer Nierenfunktionsstörung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First dose time</source>
        <translation>Uhrzeit der ersten Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second dose time</source>
        <translation>Uhrzeit der zweiten Dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
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
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marks of the syringe used: 10 mg on the prefilled syringe; 1.5 mg for a 0.01 mL syringe.</source>
        <translation>Die Skalenstriche der verwendeten Spritze: 10 mg bei der Fertigspritze; 1,5 mg bei einer 0,01-mL-Spritze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest measurable dose</source>
        <translation>Kleinste abmessbare Dosis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose arithmetic</source>
        <translation>Dosisberechnung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest</source>
        <translation>kleinste Menge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dose:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Injections:</source>
        <translation>&amp;Injektionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter&amp;val:</source>
        <translation>In&amp;tervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Times:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on:</source>
        <translation>Beginnt &amp;am:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring:</source>
        <translation>Abmessen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Verordnet von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 mg/kg/day × %2 kg = &lt;b&gt;%3 mg/day&lt;/b&gt;</source>
        <translation>%1 mg/kg/Tag × %2 kg = &lt;b&gt;%3 mg/Tag&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 mg/day&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 mg/Tag&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 doses of %1 mg</source>
        <translation>2 Dosen zu je %1 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection</source>
        <translation>pro Injektion &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; abmessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection, as prescribed</source>
        <translation>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; pro Injektion, wie verordnet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n syringe(s) per injection; what is left in a syringe is discarded.</source>
        <translation>
            <numerusform>%n Spritze pro Injektion; was in einer Spritze übrig bleibt, wird verworfen.</numerusform>
            <numerusform>%n Spritzen pro Injektion; was in einer Spritze übrig bleibt, wird verworfen.</numerusform>
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
        <translation>Stopp: Rufen Sie die Ärztin oder den Arzt an – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose not logged yet: %1</source>
        <translation>Dosis noch nicht eingetragen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose due: %1</source>
        <translation>Dosis fällig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 dose of %2 has not been logged yet.</source>
        <translation>Die Dosis von %2 um %1 ist noch nicht eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due at %2.</source>
        <translation>%1 ist um %2 fällig.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReportsView</name>
    <message>
        <location filename="../ui/reports/ReportsView.cpp" line="+62"/>
        <source>&amp;Summary (page 1)</source>
        <translation>&amp;Übersicht (Seite 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection log</source>
        <translation>In&amp;jektionsprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;notes</source>
        <translation>&amp;Notizen einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vorschau der Berichtsseiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shotbook records what was given; it does not prescribe.</source>
        <translation>Shotbook hält fest, was gegeben wurde; es verordnet nichts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Since the last report (%1)</source>
        <translation>Seit dem letzten Bericht (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last report (none yet)</source>
        <translation>Seit dem letzten Bericht (noch keiner)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a patient first: the report is about one patient.</source>
        <translation>Fügen Sie zuerst einen Patienten hinzu: Ein Bericht betrifft immer einen Patienten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day must come before the last.</source>
        <translation>Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n Seite; die Vorschau zeigt die ersten %1.</numerusform>
            <numerusform>%n Seiten; die Vorschau zeigt die ersten %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report not printed</source>
        <translation>Bericht nicht gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer did not take the pages.</source>
        <translation>Der Drucker hat die Seiten nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ServerLink</name>
    <message>
        <location filename="../ui/common/ServerLink.cpp" line="+58"/>
        <location line="+58"/>
        <source>the server does not answer</source>
        <translation>der Server antwortet nicht</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+150"/>
        <source>&amp;Remind me when a dose is due</source>
        <translation>&amp;Erinnern, wenn eine Dosis fällig ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im &amp;Infobereich der Taskleiste weiterlaufen</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Today and Stock warn when the syringes left last fewer days than this.</source>
        <translation>„Heute“ und „Vorrat“ warnen, wenn die verbliebenen Spritzen weniger Tage reichen als hier angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock colours a lot that expires within this many days, and warns when it will not be used up in time.</source>
        <translation>„Vorrat“ färbt eine Charge, die innerhalb so vieler Tage abläuft, und warnt, wenn sie nicht rechtzeitig aufgebraucht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long a syringe may stay out of the fridge (up to 25 °C); the EU leaflet allows 72 hours. After that Log Injection asks before using it, and Stock no longer counts it.</source>
        <translation>Wie lange eine Spritze außerhalb des Kühlschranks (bis 25 °C) bleiben darf; die EU-Packungsbeilage erlaubt 72 Stunden. Danach fragt „Injektion eintragen“ nach, bevor sie verwendet wird, und „Vorrat“ zählt sie nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How far rounding to the syringe&apos;s marks may move a dose. Past it, the dose is shown as prescribed with a warning to ask the care team which syringe to use.</source>
        <translation>Wie weit das Runden auf die Skalenstriche der Spritze eine Dosis verschieben darf. Darüber hinaus wird die Dosis wie verordnet angezeigt, mit dem Hinweis, das Behandlungsteam zu fragen, welche Spritze zu verwenden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body Map and Log Injection warn when a zone is used again within this many days.</source>
        <translation>„Körperkarte“ und „Injektion eintragen“ warnen, wenn eine Zone innerhalb so vieler Tage erneut verwendet wird.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts and rules</source>
        <translation>Hinweise und Regeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this database: they apply to everyone who uses it, on every computer.</source>
        <translation>In dieser Datenbank gespeichert: Sie gelten für alle, die sie verwenden, auf jedem Computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1 to %2; %3 unless changed.</source>
        <translation>Von %1 bis %2; %3, sofern nicht geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind again after</source>
        <translation>Erneut erinnern nach</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders appear only while Shotbook runs. For reminders on your phone, use File ▸ Export Dose Calendar… and open the file with the phone&apos;s calendar.</source>
        <translation>Erinnerungen erscheinen nur, solange Shotbook läuft. Für Erinnerungen auf dem Telefon verwenden Sie Datei ▸ Dosiskalender exportieren… und öffnen die Datei mit dem Kalender des Telefons.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;backup each day when Shotbook opens</source>
        <translation>Jeden Tag beim Öffnen von Shotbook eine Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily backups to keep</source>
        <translation>Aufzubewahrende tägliche Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backups to &amp;keep:</source>
        <translation>Tägliche Sicherungen &amp;behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are kept in a folder beside the database, readable by you only. File ▸ Backups… lists them, makes one now and restores one.</source>
        <translation>Sicherungen werden in einem Ordner neben der Datenbank aufbewahrt, nur für Sie lesbar. Datei ▸ Sicherungen… listet sie auf, erstellt jetzt eine und stellt eine wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Units and language</source>
        <translation>Einheiten und Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
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
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Gewichte in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temperatures in:</source>
        <translation>&amp;Temperaturen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are always stored in kg and temperatures in °C. A new language and the Diary&apos;s temperature unit take effect when Shotbook is started again.</source>
        <translation>Gewichte werden immer in kg und Temperaturen in °C gespeichert. Eine neue Sprache und die Temperatureinheit des Tagebuchs gelten nach einem Neustart von Shotbook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1: Geben Sie eine ganze Zahl von %2 bis %3 ein.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Remind &amp;again after:</source>
        <translation>Erneut erinnern &amp;nach:</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SitesChart</name>
    <message>
        <location filename="../ui/charts/SitesChart.cpp" line="+34"/>
        <source>Injection sites chart</source>
        <translation>Diagramm der Injektionsstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections and site reactions per zone over the period. The table view lists the same numbers.</source>
        <translation>Injektionen und Hautreaktionen pro Zone im Zeitraum. Die Tabellenansicht zeigt dieselben Zahlen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Injections and site reactions per zone, %1 – %2</source>
        <translation>Injektionen und Hautreaktionen pro Zone, %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Site reactions</source>
        <translation>Hautreaktionen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>number in the period</source>
        <translation>Anzahl im Zeitraum</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 injections (%3 %), %4 site reactions</source>
        <translation>%1: %2 Injektionen (%3 %), %4 Hautreaktionen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst severity</source>
        <translation>Stärkster Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockChart</name>
    <message>
        <location filename="../ui/stock/StockChart.cpp" line="+52"/>
        <source>Projected stock</source>
        <translation>Voraussichtlicher Vorrat</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Usable syringes at the current dose</source>
        <translation>Verwendbare Spritzen bei der aktuellen Dosis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syringes left</source>
        <translation>Verbleibende Spritzen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lot expires</source>
        <translation>Charge läuft ab</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>syringes</source>
        <translation>Spritzen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockView</name>
    <message>
        <location filename="../ui/stock/StockView.cpp" line="+42"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out of Fridge</source>
        <translation>&amp;Aus dem Kühlschrank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock forecast</source>
        <translation>Vorratsprognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep syringes in the fridge at 2–8 °C, in the carton, away from light. Do not freeze or shake them. Out of the fridge (up to 25 °C) a syringe must be used within the allowed time and never put back. Do not use a syringe that is cloudy or has particles in it.</source>
        <translation>Bewahren Sie die Spritzen im Kühlschrank bei 2–8 °C in der Packung und vor Licht geschützt auf. Frieren Sie sie nicht ein und schütteln Sie sie nicht. Außerhalb des Kühlschranks (bei höchstens 25 °C) muss eine Spritze innerhalb der erlaubten Zeit verwendet werden und darf nie zurückgelegt werden. Verwenden Sie keine Spritze, deren Inhalt trüb ist oder Partikel enthält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lots in stock</source>
        <translation>Chargen im Vorrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No syringes recorded yet — Receive… adds the lot number, expiry date and count printed on the carton.</source>
        <translation>Noch keine Spritzen eingetragen – Eingang eintragen… erfasst die auf der Packung aufgedruckte Chargenbezeichnung, das Verfalldatum und die Anzahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock history</source>
        <translation>Verlauf des Vorrats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing received or used yet.</source>
        <translation>Noch nichts eingegangen oder verbraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lots</source>
        <translation>&amp;Chargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast</source>
        <translation>Pro&amp;gnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Eingang eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record one syringe of the selected lot as taken out of the fridge</source>
        <translation>Eine Spritze der ausgewählten Charge als aus dem Kühlschrank genommen eintragen</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>&lt;b&gt;%n usable syringe(s)&lt;/b&gt; in stock.</source>
        <translation>
            <numerusform>&lt;b&gt;%n verwendbare Spritze&lt;/b&gt; im Vorrat.</numerusform>
            <numerusform>&lt;b&gt;%n verwendbare Spritzen&lt;/b&gt; im Vorrat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At %1 a day they last &lt;b&gt;%n day(s)&lt;/b&gt;, until %2.</source>
        <translation>
            <numerusform>Bei %1 pro Tag reichen sie für &lt;b&gt;%n Tag&lt;/b&gt;, bis %2.</numerusform>
            <numerusform>Bei %1 pro Tag reichen sie für &lt;b&gt;%n Tage&lt;/b&gt;, bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No regimen uses syringes today.</source>
        <translation>Heute verbraucht kein Behandlungsplan Spritzen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used for an injection</source>
        <translation>für eine Injektion verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Out of Fridge</source>
        <translation>Aus dem Kühlschrank</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose a lot first.</source>
        <translation>Wählen Sie zuerst eine Charge aus.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SymptomsChart</name>
    <message>
        <location filename="../ui/charts/SymptomsChart.cpp" line="+86"/>
        <source>Symptoms chart</source>
        <translation>Diagramm der Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary measures over time, with the injections taken and missed, side effects and regimen changes. The table view lists the same values.</source>
        <translation>Tagebuchwerte im Zeitverlauf, mit den genommenen und versäumten Injektionen, Nebenwirkungen und Änderungen des Behandlungsplans. Die Tabellenansicht zeigt dieselben Werte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symptoms, doses and side effects</source>
        <translation>Beschwerden, Dosen und Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+277"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>score 0–10</source>
        <translation>Wert 0–10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning stiffness</source>
        <translation>Morgensteifigkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fever (38 °C)</source>
        <translation>Fieber (38 °C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: yes
%2</source>
        <translation>%1: ja
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
        <translation>%1: im Mittel %2
%3 von %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — weekly means, shaded from the lowest to the highest day</source>
        <translation>%1 – Wochenmittel, schattiert vom niedrigsten bis zum höchsten Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — monthly means, shaded from the lowest to the highest day</source>
        <translation>%1 – Monatsmittel, schattiert vom niedrigsten bis zum höchsten Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose taken</source>
        <translation>Dosis genommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Injection taken
%1</source>
        <translation>Injektion genommen
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dose missed</source>
        <translation>Dosis versäumt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose missed (due %1)</source>
        <translation>Dosis versäumt (fällig %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), from %3</source>
        <translation>%1 (%2), ab %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to %1</source>
        <translation> bis zum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flag: get medical help now</source>
        <translation>Warnzeichen: Holen Sie sofort ärztliche Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side effect (larger: more severe)</source>
        <translation>Nebenwirkung (größer: schwerer)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Regimen from %1: %2, %n dose(s) a day</source>
        <translation>
            <numerusform>Behandlungsplan ab %1: %2, %n Dosis täglich</numerusform>
            <numerusform>Behandlungsplan ab %1: %2, %n Dosen täglich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every other day</source>
        <translation>, jeden zweiten Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regimen change</source>
        <translation>Änderung des Behandlungsplans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (red flag)</source>
        <translation> (Warnzeichen)</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SyringeWidget</name>
    <message>
        <location filename="../ui/regimen/SyringeWidget.cpp" line="+42"/>
        <location line="+103"/>
        <source>Syringe</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No dose.</source>
        <translation>Keine Dosis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefilled syringe cannot measure %1 mg (%2 mL): its marks are %3 mg (%4 mL) apart. Ask your care team which syringe to use.</source>
        <translation>Die Fertigspritze kann %1 mg (%2 mL) nicht abmessen: Ihre Skalenstriche liegen %3 mg (%4 mL) auseinander. Fragen Sie Ihr Behandlungsteam, welche Spritze Sie verwenden sollen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 full syringe(s) of 100 mg, then </source>
        <translation>%1 volle Spritze(n) zu 100 mg, dann </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a full syringe: %1 mg (%2 mL).</source>
        <translation>eine volle Spritze: %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg (%4 mL) first.</source>
        <translation>schieben Sie den Kolben bis zur Markierung %1 mg (%2 mL) vor: Drücken Sie dabei zuerst %3 mg (%4 mL) heraus und verwerfen Sie diese Menge.</translation>
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
        <translation>%1 mg · %2 mL: mit den Skalenstrichen dieser Spritze nicht abmessbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg · %2 mL: the whole syringe</source>
        <translation>%1 mg · %2 mL: die ganze Spritze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg · %2 mL: push out the shaded part first</source>
        <translation>%1 mg · %2 mL: Drücken Sie zuerst den farbig markierten Teil heraus</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::TodayView</name>
    <message>
        <location filename="../ui/today/TodayView.cpp" line="+42"/>
        <location line="+36"/>
        <location line="+99"/>
        <source>Next dose</source>
        <translation>Nächste Dosis</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+69"/>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other patients</source>
        <translation>Weitere Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>Injektion &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Regimen…</source>
        <translation>&amp;Behandlungsplan festlegen…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today&apos;s doses</source>
        <translation>Heutige Dosen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No patient</source>
        <translation>Kein Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a patient under Patients to start the diary.</source>
        <translation>Fügen Sie unter „Patienten“ einen Patienten hinzu, um das Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next dose for %1</source>
        <translation>Nächste Dosis für %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No dose scheduled</source>
        <translation>Keine Dosis geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the regimen</source>
        <translation>Behandlungsplan festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last regimen&apos;s course has ended.</source>
        <translation>Die Behandlungsdauer des letzten Behandlungsplans ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the regimen your doctor prescribed to see when each dose is due: Set Regimen… below.</source>
        <translation>Legen Sie den von Ihrer Ärztin oder Ihrem Arzt verordneten Behandlungsplan fest, um zu sehen, wann jede Dosis fällig ist: Behandlungsplan festlegen… unten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg · %2 mL</source>
        <translation>%1 mg · %2 mL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due &lt;b&gt;%1&lt;/b&gt;, in %2.</source>
        <translation>Fällig &lt;b&gt;%1&lt;/b&gt;, in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now.</source>
        <translation>Die Dosis, fällig %1, wurde nicht eingetragen, aber vor weniger als einem halben Intervall wurde eine Dosis genommen: Nehmen Sie jetzt keine weitere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: due %1, %2 ago.</source>
        <translation>&lt;b&gt;Überfällig&lt;/b&gt;: fällig %1, vor %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it now. If you miss a dose, take it as soon as you remember, unless the next dose is nearly due.</source>
        <translation>Nehmen Sie sie jetzt. Wenn Sie eine Dosis versäumen, nehmen Sie sie, sobald Sie daran denken – außer die nächste Dosis ist bald fällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Missed&lt;/b&gt; %1. Next dose &lt;b&gt;%2&lt;/b&gt;, in %3.</source>
        <translation>&lt;b&gt;Versäumt&lt;/b&gt; %1. Nächste Dosis &lt;b&gt;%2&lt;/b&gt;, in %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next dose is nearly due: skip the missed one and take the next at its usual time. Never take two doses to make up for a missed one.</source>
        <translation>Die nächste Dosis ist bald fällig: Lassen Sie die versäumte aus und nehmen Sie die nächste zur gewohnten Zeit. Nehmen Sie nie zwei Dosen, um eine versäumte nachzuholen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Empfohlene Injektionsstelle: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No site can be suggested: every zone is switched off or has a reaction.</source>
        <translation>Es kann keine Injektionsstelle empfohlen werden: Jede Zone ist ausgeschaltet oder hat eine Hautreaktion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — ✓ taken at %2, %3</source>
        <translation>%1 — ✓ genommen um %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — &lt;b&gt;missed&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;versäumt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — &lt;b&gt;due now&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;jetzt fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due</source>
        <translation>%1 — fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dose is due today.</source>
        <translation>Heute ist keine Dosis fällig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was due yet.</source>
        <translation>Bisher war nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n day(s) in a row complete.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; der Dosen genommen: %2 von %3.&lt;br&gt;%4 versäumt, %5 zusätzlich.&lt;br&gt;%n Tag in Folge vollständig.</numerusform>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; der Dosen genommen: %2 von %3.&lt;br&gt;%4 versäumt, %5 zusätzlich.&lt;br&gt;%n Tage in Folge vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>next dose %1</source>
        <translation>nächste Dosis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;overdue&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;überfällig&lt;/b&gt; seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;missed&lt;/b&gt; %1; next %2</source>
        <translation>&lt;b&gt;versäumt&lt;/b&gt; %1; nächste %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no dose scheduled</source>
        <translation>keine Dosis geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no regimen set</source>
        <translation>kein Behandlungsplan festgelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — %1 mg (%2 mL)</source>
        <translation> — %1 mg (%2 mL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Get medical help now: %1</source>
        <translation>⚠ Holen Sie sofort ärztliche Hilfe: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::WeightDialog</name>
    <message>
        <location filename="../ui/patients/WeightDialog.cpp" line="+34"/>
        <source>Record Weight</source>
        <translation>Gewicht eintragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured on:</source>
        <translation>Gemessen &amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh a growing child regularly.</source>
        <translation>Eine gewichtsbezogene Dosis richtet sich nach dem zuletzt eingetragenen Gewicht: Wiegen Sie ein wachsendes Kind regelmäßig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ZoneHeatMap</name>
    <message>
        <location filename="../ui/charts/ZoneHeatMap.cpp" line="+31"/>
        <source>Injections per zone on the body</source>
        <translation>Injektionen pro Zone am Körper</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 injections, %3 reactions</source>
        <translation>%1: %2 Injektionen, %3 Reaktionen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more injections</source>
        <translation>mehr Injektionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site reactions</source>
        <translation>Hautreaktionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 injections, %3 site reactions%4</source>
        <translation>%1
%2 Injektionen, %3 Hautreaktionen%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (switched off)</source>
        <translation> (ausgeschaltet)</translation>
    </message>
</context>
</TS>
