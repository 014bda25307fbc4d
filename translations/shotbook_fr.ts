<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+54"/>
        <source>imports an injection log (Shotbook&apos;s injections.csv, or another tracker&apos;s table with date/time, dose and site columns): every row or none; rows already in the log are not imported twice</source>
        <translation>importe un historique d&apos;injections (le fichier injections.csv de Shotbook, ou le tableau d&apos;un autre outil avec des colonnes date/heure, dose et point d&apos;injection) : toutes les lignes ou aucune ; les lignes déjà dans l&apos;historique ne sont pas importées deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient every row belongs to</source>
        <translation>le patient auquel appartient chaque ligne</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="+237"/>
        <location filename="../app/cli/PatientCommands.cpp" line="+161"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+149"/>
        <source>the patient&apos;s id or exact name</source>
        <translation>l&apos;identifiant ou le nom exact du patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day to include</source>
        <translation>premier jour inclus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day to include</source>
        <translation>dernier jour inclus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the doctor&apos;s report (summary, charts, injection log, diary) as a PDF, never over an existing file; the last 90 days unless --from or --to say</source>
        <translation>écrit le rapport pour le médecin (résumé, graphiques, historique des injections, journal) en PDF, jamais par-dessus un fichier existant ; les 90 derniers jours, sauf si --from ou --to indiquent une autre période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .pdf file to write</source>
        <translation>le fichier .pdf à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave the notes out of the report</source>
        <translation>laisse les notes en dehors du rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writes the dose times as repeating calendar events (iCalendar), never over an existing file</source>
        <translation>écrit les heures de dose sous forme d&apos;événements récurrents (iCalendar), jamais par-dessus un fichier existant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .ics file to write</source>
        <translation>le fichier .ics à écrire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the record as CSV files (one per table, and manifest.csv) into a new or empty folder; every patient unless --patient names one</source>
        <translation>écrit le dossier en fichiers CSV (un par table, plus manifest.csv) dans un dossier nouveau ou vide ; tous les patients, sauf si --patient en désigne un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder to write</source>
        <translation>le dossier à écrire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writes the patient&apos;s record as a FHIR R4 Bundle (JSON), never over an existing file</source>
        <translation>écrit le dossier du patient sous forme de Bundle FHIR R4 (JSON), jamais par-dessus un fichier existant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .json file to write</source>
        <translation>le fichier .json à écrire</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+6"/>
        <source>starts a regimen on --start (default today), replacing the current one</source>
        <translation>commence une posologie le jour --start (par défaut aujourd&apos;hui), à la place de la posologie actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed dose, mg per day</source>
        <translation>dose fixe, mg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-based dose, mg/kg per day</source>
        <translation>dose selon le poids, mg/kg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injections per day</source>
        <translation>injections par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day or every other day</source>
        <translation>tous les jours ou un jour sur deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times of day</source>
        <translation>heures de la journée</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="+416"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+220"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>course length in days</source>
        <translation>durée du traitement en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring step</source>
        <translation>pas de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest measurable dose</source>
        <translation>plus petite dose mesurable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ra, caps, nomid, dira or other</source>
        <translation>ra, caps, nomid, dira ou other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who prescribed it</source>
        <translation>qui l&apos;a prescrite</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-28"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+10"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <location filename="../app/cli/SiteCommands.cpp" line="+278"/>
        <location filename="../app/cli/StockCommands.cpp" line="+227"/>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="+7"/>
        <source>the dose due on a day</source>
        <translation>la dose prévue un jour donné</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-10"/>
        <location line="+3"/>
        <location filename="../app/cli/RegimenCommands.cpp" line="+1"/>
        <source>the day (default today)</source>
        <translation>le jour (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="+52"/>
        <source>checks the database&apos;s integrity and Shotbook&apos;s own rules</source>
        <translation>vérifie l&apos;intégrité de la base de données et les règles propres à Shotbook</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-22"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="-11"/>
        <location filename="../app/cli/SiteCommands.cpp" line="-33"/>
        <location filename="../app/cli/TodayCommands.cpp" line="+130"/>
        <source>the patient&apos;s id or name</source>
        <translation>l&apos;identifiant ou le nom du patient</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../app/cli/InjectionCommands.cpp" line="+2"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="+3"/>
        <source>logs an injection</source>
        <translation>enregistre une injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection site&apos;s zone id</source>
        <translation>l&apos;identifiant de la zone du point d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was given (default now)</source>
        <translation>quand elle a été faite (par défaut maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose (default: the regimen&apos;s)</source>
        <translation>la dose (par défaut : celle de la posologie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the syringe&apos;s lot</source>
        <translation>le lot de la seringue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who gave it</source>
        <translation>qui l&apos;a faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where in the zone (fractions, 0–1)</source>
        <translation>où dans la zone (fractions, 0–1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm a refused dose: a second dose for a filled slot, a dose too soon after another, an injection while a red flag is open, or an expired lot</source>
        <translation>confirmer une dose refusée : une deuxième dose pour une prise déjà faite, une dose trop proche d&apos;une autre, une injection alors qu&apos;un signe d&apos;alerte est ouvert, ou un lot périmé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lists injections, oldest first</source>
        <translation>liste les injections, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next or overdue dose, and what to do</source>
        <translation>la prochaine dose ou la dose en retard, et que faire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due doses against injections, up to now</source>
        <translation>doses prévues comparées aux injections, jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="+3"/>
        <source>adds a patient</source>
        <translation>ajoute un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or nickname</source>
        <translation>nom ou surnom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight today</source>
        <translation>poids aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lists patients</source>
        <translation>liste les patients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>renames a patient</source>
        <translation>renomme un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation>le nouveau nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records a weight (0.3–300 kg)</source>
        <translation>enregistre un poids (0,3–300 kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weight in kg</source>
        <translation>le poids en kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured on (default today)</source>
        <translation>mesuré le (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the patient&apos;s weights, oldest first</source>
        <translation>les poids du patient, du plus ancien au plus récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removes a patient and every record of them</source>
        <translation>supprime un patient et toutes ses données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm the removal</source>
        <translation>confirmer la suppression</translation>
    </message>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-3"/>
        <source>what Today shows: the next dose, the suggested site, alerts, red flags, every other patient</source>
        <translation>ce qu&apos;affiche Aujourd&apos;hui : la prochaine dose, le point d&apos;injection suggéré, les alertes, les signes d&apos;alerte, tous les autres patients</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="+75"/>
        <source>writes a realistic sample database (never over an existing file)</source>
        <translation>écrit une base de données d&apos;exemple réaliste (jamais par-dessus un fichier existant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years of history</source>
        <translation>années d&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many patients</source>
        <translation>combien de patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database file</source>
        <translation>le nouveau fichier de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation>la même graine donne les mêmes données (par défaut 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-12"/>
        <source>receives syringes</source>
        <translation>enregistre la réception de seringues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>lot number</source>
        <translation>numéro de lot</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expiry date</source>
        <translation>date de péremption</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>number of syringes</source>
        <translation>nombre de seringues</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>received on (default today)</source>
        <translation>reçues le (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lots</source>
        <translation>lots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discards syringes</source>
        <translation>élimine des seringues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired, cloudy, frozen, damaged, room-temperature, other</source>
        <translation>expired, cloudy, frozen, damaged, room-temperature, other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes syringes out of the fridge</source>
        <translation>sort des seringues du réfrigérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of syringes (default 1)</source>
        <translation>nombre de seringues (par défaut 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default now)</source>
        <translation>quand (par défaut maintenant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supply as of now</source>
        <translation>réserve à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this patient&apos;s use</source>
        <translation>uniquement la consommation de ce patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every stock movement</source>
        <translation>tous les mouvements de stock</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+85"/>
        <source>writes a consistent copy of the database, also while it is in use, never over an existing file</source>
        <translation>écrit une copie cohérente de la base de données, même pendant son utilisation, jamais par-dessus un fichier existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>le fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replaces the database with a backup, after checking the backup; the replaced file is kept in the backups folder; refused while Shotbook has the file open</source>
        <translation>remplace la base de données par une sauvegarde, après avoir vérifié la sauvegarde ; le fichier remplacé est conservé dans le dossier des sauvegardes ; refusé tant que Shotbook a le fichier ouvert</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="+14"/>
        <source>the suggested zone</source>
        <translation>la zone suggérée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every zone: on or off, last use, count, open reactions</source>
        <translation>toutes les zones : activée ou non, dernière utilisation, nombre, réactions en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones on</source>
        <translation>active des zones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches zones off</source>
        <translation>désactive des zones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days a zone rests after an injection (shows or sets it)</source>
        <translation>jours de repos d&apos;une zone après une injection (affiche ou règle la valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new number of days</source>
        <translation>le nouveau nombre de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records a site reaction</source>
        <translation>enregistre une réaction au point d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zone</source>
        <translation>la zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redness, swelling, itching, pain, …</source>
        <translation>rougeur, gonflement, démangeaison, douleur, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mild, 2 moderate, 3 severe</source>
        <translation>1 légère, 2 modérée, 3 sévère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started (default now)</source>
        <translation>quand elle a commencé (par défaut maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the injection it followed</source>
        <translation>l&apos;injection qu&apos;elle a suivie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marks a site reaction as cleared</source>
        <translation>marque une réaction au point d&apos;injection comme disparue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it cleared (default now)</source>
        <translation>quand elle a disparu (par défaut maintenant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site reactions, newest first</source>
        <translation>réactions au point d&apos;injection, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only those not cleared</source>
        <translation>uniquement celles qui n&apos;ont pas disparu</translation>
    </message>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-42"/>
        <source>a diary value</source>
        <translation>une valeur du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain, fatigue, stiffness-min, …</source>
        <translation>pain, fatigue, stiffness-min, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one day of the diary</source>
        <translation>un jour du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect</source>
        <translation>un effet indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation>ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how bad</source>
        <translation>quelle gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>when it began</source>
        <translation>quand il a commencé</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>when it ended</source>
        <translation>quand il a pris fin</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>it is a sign that needs medical help now (a red flag)</source>
        <translation>c&apos;est un signe qui nécessite une aide médicale immédiate (un signe d&apos;alerte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side effects</source>
        <translation>effets indésirables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes a red flag off the Today view</source>
        <translation>retire un signe d&apos;alerte de la vue Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a side effect that has gone</source>
        <translation>un effet indésirable qui a disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it went (default today)</source>
        <translation>quand il a disparu (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection that ended</source>
        <translation>une infection terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it ended (default today)</source>
        <translation>quand elle a pris fin (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>the doctor was told</source>
        <translation>le médecin a été prévenu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a medicine that was stopped</source>
        <translation>un médicament arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day (default today)</source>
        <translation>le dernier jour (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an infection</source>
        <translation>une infection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what infection</source>
        <translation>quelle infection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another medicine or vaccine</source>
        <translation>un autre médicament ou vaccin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generic or brand name</source>
        <translation>nom générique ou de marque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other medicines</source>
        <translation>autres médicaments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab result</source>
        <translation>un résultat d&apos;analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anc, platelets, alt, ast, crp, crcl</source>
        <translation>anc, platelets, alt, ast, crp, crcl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the blood was taken</source>
        <translation>quand le sang a été prélevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lab results</source>
        <translation>résultats d&apos;analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next test due</source>
        <translation>la prochaine analyse prévue</translation>
    </message>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="+72"/>
        <source>copies a local record into an empty shared record on a PostgreSQL server, all or nothing, checked on both sides; the file is left as it was (--db is not used)</source>
        <translation>copie un dossier local dans un dossier partagé vide sur un serveur PostgreSQL, tout ou rien, vérifié des deux côtés ; le fichier reste tel quel (--db n’est pas utilisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local record</source>
        <translation>le dossier local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shared record: postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>le dossier partagé : postgresql://UTILISATEUR@HÔTE[:PORT]/BASE</translation>
    </message>
</context>
<context>
    <name>ActivityScore</name>
    <message>
        <location filename="../core/charts/ActivityScore.cpp" line="+41"/>
        <source>Fever (38 °C or more)</source>
        <translation>Fièvre (38 °C ou plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall symptoms</source>
        <translation>Symptômes dans l&apos;ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Douleurs abdominales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Nausées ou vomissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Maux de tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Douleur thoracique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Ganglions douloureux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint or muscle pain</source>
        <translation>Douleurs articulaires ou musculaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint swelling</source>
        <translation>Gonflement des articulations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye symptoms</source>
        <translation>Symptômes oculaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin rash</source>
        <translation>Éruption cutanée</translation>
    </message>
</context>
<context>
    <name>AddHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+29"/>
        <source>Add to the diary</source>
        <translation>Ajouter au journal</translation>
    </message>
</context>
<context>
    <name>AddPatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+10"/>
        <source>Add patient %1</source>
        <translation>Ajouter le patient %1</translation>
    </message>
</context>
<context>
    <name>AddReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+43"/>
        <source>Record %1</source>
        <translation>Enregistrer %1</translation>
    </message>
</context>
<context>
    <name>AddWeightCommand</name>
    <message>
        <location filename="../ui/patients/WeightCommands.cpp" line="+10"/>
        <source>Record weight</source>
        <translation>Enregistrer le poids</translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <location filename="../app/cli/AdviceText.cpp" line="+23"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now. Next dose: %2.</source>
        <translation>La dose prévue %1 n&apos;a pas été enregistrée, mais une dose a été prise il y a moins d&apos;un demi-intervalle : n&apos;en prenez pas d&apos;autre maintenant. Prochaine dose : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next dose: %1.</source>
        <translation>Prochaine dose : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 has not been logged: take it now.</source>
        <translation>La dose prévue %1 n&apos;a pas été enregistrée : prenez-la maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose due %1 was missed and the next one is nearly due: skip it and take the next dose at %2. Never take two doses to catch up.</source>
        <translation>La dose prévue %1 a été oubliée et la suivante est bientôt prévue : sautez-la et prenez la dose suivante à %2. Ne prenez jamais deux doses pour rattraper une dose oubliée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dose is scheduled: the regimen&apos;s course has ended.</source>
        <translation>Aucune dose n&apos;est prévue : la durée de traitement de la posologie est terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dose is scheduled: set a regimen first.</source>
        <translation>Aucune dose n&apos;est prévue : définissez d&apos;abord une posologie.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <location filename="../ui/backups/AutomaticBackup.cpp" line="+19"/>
        <source>The daily backup could not be made: %1</source>
        <translation>La sauvegarde quotidienne n&apos;a pas pu être faite : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made today&apos;s backup in %1.</source>
        <translation>Sauvegarde du jour faite dans %1.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="-58"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A shared record on a server is restored with the server&apos;s own tools, not by Shotbook.</source>
        <translation>Un dossier partagé sur un serveur se restaure avec les outils du serveur, pas avec Shotbook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replaced file is kept as %1.</source>
        <translation>Le fichier remplacé est conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/storage/Backups.cpp" line="+90"/>
        <source>Could not create the backups folder %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
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
        <translation>G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
</context>
<context>
    <name>BodyMapLegend</name>
    <message>
        <location filename="../ui/sites/BodyMapLegend.cpp" line="+28"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days or more</source>
        <translation>%1 jours ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used (%1)</source>
        <translation>Jamais utilisée (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reaction</source>
        <translation>Réaction en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested next</source>
        <translation>Suggérée ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent injections</source>
        <translation>Injections récentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1 cm from the last</source>
        <translation>À %1 cm au moins de la dernière</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Days since last use</source>
        <translation>Jours depuis la dernière utilisation</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/exchange/CalendarExport.cpp" line="+25"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Le premier jour %1 est après le dernier jour %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no regimen, so there are no dose times to export; set one first.</source>
        <translation>%1 n&apos;a pas de posologie, il n&apos;y a donc pas d&apos;heures de dose à exporter ; définissez-en une d&apos;abord.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blood test overdue (due %1): neutrophil count (%2)</source>
        <translation>Analyse de sang en retard (prévue le %1) : numération des neutrophiles (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood test due: neutrophil count (%1)</source>
        <translation>Analyse de sang prévue : numération des neutrophiles (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anakinra can lower the neutrophils: a count is due before the start, monthly for 3 months, then every 3 months up to a year.</source>
        <translation>L&apos;anakinra peut faire baisser les neutrophiles : une numération est prévue avant le début, tous les mois pendant 3 mois, puis tous les 3 mois jusqu&apos;à un an.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+63"/>
        <source>--%1: &quot;%2&quot; is not a number (use . as the decimal mark).</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre (utilisez . comme séparateur décimal).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 : « %2 » n&apos;est pas une date ; écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--%1 : « %2 » n&apos;est pas une heure ; écrivez-la AAAA-MM-JJTHH:MM[:SS], éventuellement avec Z ou un décalage comme +01:00.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+52"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Le premier jour %1 est après le dernier jour %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the folder to write the CSV files into.</source>
        <translation>Indiquez le dossier dans lequel écrire les fichiers CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists and is not a folder; Shotbook never overwrites a file.</source>
        <translation>%1 existe déjà et n&apos;est pas un dossier ; Shotbook n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not empty; give a new folder (it is created) or an empty one, so that no file is overwritten.</source>
        <translation>%1 n&apos;est pas vide ; indiquez un nouveau dossier (il sera créé) ou un dossier vide, afin qu&apos;aucun fichier ne soit écrasé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/exchange/CsvReader.cpp" line="+154"/>
        <source>a quote inside a field that does not start with one; quote the whole field and double the quotes in it (&quot;&quot;)</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet ; mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quoted field starts here and never ends (a closing quote is missing)</source>
        <translation>un champ entre guillemets commence ici et ne se termine jamais (il manque un guillemet fermant)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text after the closing quote of a field; double a quote that belongs to the text (&quot;&quot;)</source>
        <translation>du texte après le guillemet fermant d&apos;un champ ; doublez un guillemet qui fait partie du texte (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the line is not UTF-8 text; save the file as UTF-8</source>
        <translation>la ligne n&apos;est pas du texte UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+75"/>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at %1. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>Il n&apos;y a pas de base de données à %1. Elle est créée par la première commande qui enregistre quelque chose, par exemple « patient add ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1. Check that the file exists and that you may read and write it.</source>
        <translation>Impossible de lire %1. Vérifiez que le fichier existe et que vous pouvez le lire et l&apos;écrire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty (0 bytes): it holds no records. If it was your database, the disk lost it: restore a backup. To start a new record there, delete the empty file first. It was left unchanged.</source>
        <translation>%1 est vide (0 octet) : il ne contient aucune entrée. Si c’était votre base de données, le disque l’a perdue : restaurez une sauvegarde. Pour y créer un nouveau dossier, supprimez d’abord le fichier vide. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Shotbook database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 n&apos;est pas une base de données Shotbook (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). It was left unchanged; restore a backup.</source>
        <translation>%1 est endommagé : le fichier est plus court que ce qu&apos;indique son contenu (tronqué). Il n&apos;a pas été modifié ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+131"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+170"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). It was left unchanged; update Shotbook to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Shotbook (version de base de données %2 ; cette version lit jusqu&apos;à la %3). Il n&apos;a pas été modifié ; mettez Shotbook à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+332"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Cannot open %1: the file or its folder is read-only, and Shotbook needs to write beside it (%2-wal, %2-shm). Copy it to a folder you may write to, or make it writable. It was left unchanged.</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier ou son dossier est en lecture seule, et Shotbook doit écrire à côté (%2-wal, %2-shm). Copiez-le dans un dossier où vous pouvez écrire, ou rendez-le accessible en écriture. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1 (%2). It was left unchanged.</source>
        <translation>Impossible d&apos;ouvrir %1 (%2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be read (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 est endommagé et illisible (%2). Il n&apos;a pas été modifié ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2). It was left unchanged; restore a backup.</source>
        <translation>%1 est endommagé (%2). Il n&apos;a pas été modifié ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is an SQLite file of another program, not a Shotbook database. It was left unchanged.</source>
        <translation>%1 est un fichier SQLite d&apos;un autre programme, pas une base de données Shotbook. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot use write-ahead logging for %1 (journal mode is &quot;%2&quot;); is it on a network drive?</source>
        <translation>Impossible d&apos;utiliser la journalisation anticipée (WAL) pour %1 (le mode de journal est « %2 ») ; est-il sur un lecteur réseau ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>Cette version de SQLite ne peut pas faire respecter les clés étrangères.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did not update %1 to the new version, because the backup copy could not be written first: %2</source>
        <translation>%1 n&apos;a pas été mis à jour vers la nouvelle version, car la copie de sauvegarde n&apos;a pas pu être écrite d&apos;abord : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/DatabaseServer.cpp" line="+39"/>
        <source>Updating %1 to version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>La mise à jour de %1 vers la version %2 (%3) a échoué : %4. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SQLite integrity: %1</source>
        <translation>Intégrité SQLite : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 in table %2 refers to a missing record in table %3.</source>
        <translation>L&apos;enregistrement %1 de la table %2 renvoie à un enregistrement manquant de la table %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existe déjà ; il n&apos;a pas été écrasé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseServer.cpp" line="-115"/>
        <source>Cannot reach a shared record: Qt&apos;s PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql).</source>
        <translation>Impossible d&apos;atteindre un dossier partagé : le pilote PostgreSQL de Qt n&apos;est pas installé (Debian : apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The server %1 refused the login: %2 Check the user name and the password in ~/.pgpass (Shotbook never stores passwords).</source>
        <translation>Le serveur %1 a refusé la connexion : %2 Vérifiez le nom d&apos;utilisateur et le mot de passe dans ~/.pgpass (Shotbook n&apos;enregistre jamais de mot de passe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure connection to the server %1: %2 Check sslmode and sslrootcert (the household&apos;s CA certificate) in the address, and that the host name is the one in the server&apos;s certificate.</source>
        <translation>Pas de connexion sécurisée au serveur %1 : %2 Vérifiez sslmode et sslrootcert (le certificat de l’autorité du foyer) dans l’adresse, et que le nom d’hôte est celui du certificat du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the shared record %1: %2</source>
        <translation>Impossible d&apos;atteindre le dossier partagé %1 : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no Shotbook record in %1 yet. It is created by the first command that records something, e.g. &quot;patient add&quot;.</source>
        <translation>Il n&apos;y a pas encore de dossier Shotbook dans %1. Il est créé par la première commande qui enregistre quelque chose, par exemple « patient add ».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 holds tables of another program, not a Shotbook record. It was left unchanged.</source>
        <translation>%1 contient les tables d&apos;un autre programme, pas un dossier Shotbook. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a Shotbook record. It was left unchanged.</source>
        <translation>%1 n&apos;est pas un dossier Shotbook. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The shared record %1 was changed to version %2 while this window was away from it; open it again.</source>
        <translation>Le dossier partagé %1 est passé à la version %2 pendant que cette fenêtre en était déconnectée ; ouvrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../core/maintenance/DatabaseCheck.cpp" line="+43"/>
        <source>%n record(s) with %1 (id %2)</source>
        <translation>
            <numerusform>%n enregistrement avec %1 (id %2)</numerusform>
            <numerusform>%n enregistrements avec %1 (id %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../core/storage/DatabaseLock.cpp" line="+31"/>
        <source>%1 is locked by another program (the lock file %2 could not be taken over). Close the program that has it open, or remove the lock file.</source>
        <translation>%1 est verrouillé par un autre programme (le fichier de verrou %2 n&apos;a pas pu être repris). Fermez le programme qui l&apos;a ouvert, ou supprimez le fichier de verrou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already open in another Shotbook window (process %2 on %3). Switch to that window, or close it first.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Shotbook (processus %2 sur %3). Passez à cette fenêtre ou fermez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/DatabaseOpener.cpp" line="+85"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create New File…</source>
        <translation>&amp;Créer un nouveau fichier…</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot Open the Shared Record</source>
        <translation>Impossible d&apos;ouvrir le dossier partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can open the record kept on this computer instead (it does not hold the shared record&apos;s entries), or try again once the server is back.</source>
        <translation>Vous pouvez ouvrir à la place le dossier conservé sur cet ordinateur (il ne contient pas les saisies du dossier partagé), ou réessayer quand le serveur sera de nouveau joignable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;Local Record</source>
        <translation>Ouvrir le dossier &amp;local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore the Backup of %1</source>
        <translation>&amp;Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of this database was made on %1. Restoring it replaces the damaged file, which is kept in the backups folder; entries made after the backup are not in it.</source>
        <translation>Une sauvegarde de cette base de données a été faite le %1. La restaurer remplace le fichier endommagé, qui est conservé dans le dossier des sauvegardes ; les entrées faites après la sauvegarde n’y sont pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Shotbook (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Bases de données Shotbook (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom : Shotbook n&apos;écrase jamais un fichier.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <location filename="../core/storage/DatabaseRestore.cpp" line="+73"/>
        <source>There is no file %1 to restore.</source>
        <translation>Il n&apos;y a pas de fichier %1 à restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database itself; choose a backup of it.</source>
        <translation>%1 est la base de données elle-même ; choisissez une de ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 of the database does not exist.</source>
        <translation>Le dossier %1 de la base de données n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored; the database is unchanged.</source>
        <translation>Rien n&apos;a été restauré ; la base de données est inchangée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty, not a backup. %2</source>
        <translation>%1 est vide, ce n&apos;est pas une sauvegarde. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Shotbook backup (it is not an SQLite file). %2</source>
        <translation>%1 n&apos;est pas une sauvegarde Shotbook (ce n&apos;est pas un fichier SQLite). %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the file is shorter than its contents say (truncated, e.g. a copy cut short). %2</source>
        <translation>%1 est endommagé : le fichier est plus court que ce qu&apos;indique son contenu (tronqué, par exemple une copie interrompue). %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite file of another program, not a Shotbook backup. %2</source>
        <translation>%1 est un fichier SQLite d&apos;un autre programme, pas une sauvegarde Shotbook. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Shotbook (database version %2; this version reads up to %3). Update Shotbook to restore it. %4</source>
        <translation>%1 a été écrit par une version plus récente de Shotbook (version de base de données %2 ; cette version lit jusqu&apos;à la %3). Mettez Shotbook à jour pour le restaurer. %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot copy %1: %2</source>
        <translation>Impossible de copier %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be restored: %2 %3</source>
        <translation>%1 ne peut pas être restauré : %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 fails Shotbook&apos;s check (%n problem(s)). %2</source>
        <translation>
            <numerusform>%1 échoue à la vérification de Shotbook (%n problème). %2</numerusform>
            <numerusform>%1 échoue à la vérification de Shotbook (%n problèmes). %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation>Impossible de déplacer %1 vers %2 ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot put the backup in the place of %1; nothing was restored.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1 ; rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>DeleteInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="+71"/>
        <source>Delete injection</source>
        <translation>Supprimer l&apos;injection</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="-44"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed : « %1 » n&apos;est pas un nombre entier de 0 à 18446744073709551615.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote sample data to %1: %n patient(s), </source>
        <translation>
            <numerusform>Données d&apos;exemple écrites dans %1 : %n patient, </numerusform>
            <numerusform>Données d&apos;exemple écrites dans %1 : %n patients, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s) over %1 year(s).</source>
        <translation>
            <numerusform>%n injection sur %1 an(s).</numerusform>
            <numerusform>%n injections sur %1 an(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+198"/>
        <source>--years %1 is out of range; it must be from 1 to %2.</source>
        <translation>--years %1 est hors limites ; la valeur doit aller de 1 à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--patients %1 is out of range; it must be from 1 to %2.</source>
        <translation>--patients %1 est hors limites ; la valeur doit aller de 1 à %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample data goes into a new, empty database only.</source>
        <translation>Les données d&apos;exemple ne vont que dans une base de données nouvelle et vide.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 appeared while the sample data was written; Shotbook never overwrites a file.</source>
        <translation>%1 est apparu pendant l&apos;écriture des données d&apos;exemple ; Shotbook n&apos;écrase jamais un fichier.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <location filename="../app/cli/DiaryCommands.cpp" line="-382"/>
        <source>Recorded %1 = %2.</source>
        <translation>Enregistré : %1 = %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>To record a side effect as a red flag, add it with --red-flag.</source>
        <translation>Pour enregistrer un effet indésirable comme signe d&apos;alerte, ajoutez-le avec --red-flag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded &quot;%1&quot; (id %2).</source>
        <translation>« %1 » enregistré (id %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>	RED FLAG</source>
        <translation>	SIGNE D&apos;ALERTE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a side-effect id.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;effet indésirable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Pris en compte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>« %1 » n&apos;est pas un identifiant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ended on %1.</source>
        <translation>Terminé le %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recorded the infection (id %1).</source>
        <translation>Infection enregistrée (id %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recorded %1 (id %2).</source>
        <translation>%1 enregistré (id %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Recorded %1 = %2 %3.</source>
        <translation>Enregistré : %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Prochaine numération des neutrophiles prévue le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test is due: no regimen yet, or the first year of monitoring is complete.</source>
        <translation>Aucune analyse n&apos;est prévue : pas encore de posologie, ou la première année de surveillance est terminée.</translation>
    </message>
</context>
<context>
    <name>DiaryService</name>
    <message>
        <location filename="../core/diary/DiaryService.cpp" line="+29"/>
        <source>The diary day %1 is in the future.</source>
        <translation>Le jour de journal %1 est dans le futur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The note has more than 4000 characters.</source>
        <translation>La note dépasse 4000 caractères.</translation>
    </message>
</context>
<context>
    <name>DiscardStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+38"/>
        <source>Discard %1 syringes of lot %2</source>
        <translation>Éliminer %1 seringues du lot %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of a discard</source>
        <translation>annulation d&apos;une élimination</translation>
    </message>
</context>
<context>
    <name>DoseCalculator</name>
    <message>
        <location filename="../core/regimen/DoseCalculator.cpp" line="+45"/>
        <source>%1 mg is %2 % more than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg, c&apos;est %2 % de plus que la dose de la posologie, %3 mg par injection. Vérifiez la dose : n&apos;enregistrez une autre quantité que si c&apos;est bien celle qui a été injectée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg is %2 % less than the regimen&apos;s dose of %3 mg per injection. Check the dose: log another amount only if that is what was given.</source>
        <translation>%1 mg, c&apos;est %2 % de moins que la dose de la posologie, %3 mg par injection. Vérifiez la dose : n&apos;enregistrez une autre quantité que si c&apos;est bien celle qui a été injectée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg per injection is %2 mg/kg per day at %3 kg, above the labelled maximum of %4 mg/kg per day.</source>
        <translation>%1 mg par injection correspondent à %2 mg/kg par jour pour %3 kg, au-dessus du maximum indiqué dans la notice, %4 mg/kg par jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis.</source>
        <translation>%1 mg par jour dépassent la dose indiquée dans la notice, %2 mg par jour, pour la polyarthrite rhumatoïde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The dose is %1 mg/kg per day but no weight is recorded on or before this day; add a weight first.</source>
        <translation>La dose est de %1 mg/kg par jour mais aucun poids n&apos;est enregistré ce jour-là ou avant ; ajoutez d&apos;abord un poids.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 mg/kg per day is prescribed, above the labelled maximum of %2 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>%1 mg/kg par jour sont prescrits, au-dessus du maximum indiqué dans la notice, %2 mg/kg par jour. Vérifiez la prescription avec le médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg per day is %2 mg/kg per day, above the labelled maximum of %3 mg/kg per day. Check the prescription with the doctor.</source>
        <translation>%1 mg par jour correspondent à %2 mg/kg par jour, au-dessus du maximum indiqué dans la notice, %3 mg/kg par jour. Vérifiez la prescription avec le médecin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg per day is above the labelled dose of %2 mg per day for rheumatoid arthritis. Check the prescription with the doctor.</source>
        <translation>%1 mg par jour dépassent la dose indiquée dans la notice, %2 mg par jour, pour la polyarthrite rhumatoïde. Vérifiez la prescription avec le médecin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg (%2 mL) cannot be measured with marks every %3 mg: the nearest mark, %4 mg, is more than %5 % away. Ask the care team which syringe to measure this dose with, and set that syringe&apos;s step in the regimen (a 1 mL syringe marked every 0.01 mL measures 1.5 mg steps).</source>
        <translation>%1 mg (%2 mL) ne peuvent pas être mesurés avec des graduations tous les %3 mg : la graduation la plus proche, %4 mg, est à plus de %5 %. Demandez à l&apos;équipe soignante avec quelle seringue mesurer cette dose, et indiquez le pas de cette seringue dans la posologie (une seringue de 1 mL graduée tous les 0,01 mL mesure par pas de 1,5 mg).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 mg is below the smallest dose the syringe can measure (%2 mg). Ask the pharmacist how to draw it up.</source>
        <translation>%1 mg est inférieur à la plus petite dose que la seringue peut mesurer (%2 mg). Demandez au pharmacien comment la préparer.</translation>
    </message>
</context>
<context>
    <name>DoseFlags</name>
    <message>
        <location filename="../core/regimen/DoseFlags.cpp" line="+18"/>
        <source>The latest weight was measured %1 days ago; weigh again (every %2 days or sooner) so that the dose follows the weight.</source>
        <translation>Le dernier poids a été mesuré il y a %1 jours ; pesez à nouveau (tous les %2 jours ou plus tôt) pour que la dose suive le poids.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The weight changed by %1 % since the regimen was set (%2 kg → %3 kg). Ask the doctor whether the dose should change.</source>
        <translation>Le poids a changé de %1 % depuis que la posologie a été définie (%2 kg → %3 kg). Demandez au médecin si la dose doit changer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dose changes by %1 mg/kg/day (%2 → %3); the label adjusts in steps of 0.5–1 mg/kg. Check the prescription with the doctor.</source>
        <translation>La dose change de %1 mg/kg/jour (%2 → %3) ; la notice ajuste par paliers de 0,5 à 1 mg/kg. Vérifiez la prescription avec le médecin.</translation>
    </message>
</context>
<context>
    <name>EditInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-29"/>
        <source>Change injection</source>
        <translation>Modifier l&apos;injection</translation>
    </message>
</context>
<context>
    <name>EndHealthRecordCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="+60"/>
        <source>Mark as ended</source>
        <translation>Marquer comme terminé</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="-248"/>
        <location line="+178"/>
        <source>--from %1 is after --to %2; the first day must come before the last.</source>
        <translation>--from %1 est après --to %2 ; le premier jour doit précéder le dernier.</translation>
    </message>
    <message numerus="yes">
        <location line="-159"/>
        <source>Wrote %n repeating event(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n événement récurrent écrit pour %1 dans %2.</numerusform>
            <numerusform>%n événements récurrents écrits pour %1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose falls between the dates given; the calendar is empty.</source>
        <translation>Aucune dose ne tombe entre les dates indiquées ; le calendrier est vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every patient</source>
        <translation>tous les patients</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n CSV file(s) for %1 to %2 (%3 rows).</source>
        <translation>
            <numerusform>%n fichier CSV écrit pour %1 dans %2 (%3 lignes).</numerusform>
            <numerusform>%n fichiers CSV écrits pour %1 dans %2 (%3 lignes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) for %1 to %2.</source>
        <translation>
            <numerusform>Bundle FHIR R4 de %n ressource écrit pour %1 dans %2.</numerusform>
            <numerusform>Bundle FHIR R4 de %n ressources écrit pour %1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make the PDF: %1 is missing; it draws the report and is installed beside shotbook-cli.</source>
        <translation>Impossible de créer le PDF : %1 est introuvable ; c&apos;est lui qui dessine le rapport, et il est installé à côté de shotbook-cli.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make the PDF: %1 stopped (%2).</source>
        <translation>Impossible de créer le PDF : %1 s&apos;est arrêté (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot make the PDF: %1</source>
        <translation>Impossible de créer le PDF : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote a report of %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>Rapport de %n page pour %1 écrit dans %2.</numerusform>
            <numerusform>Rapport de %n pages pour %1 écrit dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <location filename="../core/exchange/FhirBundle.cpp" line="+172"/>
        <source>%1 mg a day</source>
        <translation>%1 mg par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg/kg a day</source>
        <translation>%1 mg/kg par jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n dose(s)</source>
        <translation>
            <numerusform>en %n dose</numerusform>
            <numerusform>en %n doses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every other day</source>
        <translation>un jour sur deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcutaneous</source>
        <translation>sous-cutanée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prescribed by %1.</source>
        <translation>Prescrit par %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Missed dose: no injection was logged for the dose due at this time</source>
        <translation>Dose oubliée : aucune injection n&apos;a été enregistrée pour la dose prévue à cette heure</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../core/exchange/FhirExport.cpp" line="+23"/>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Le premier jour %1 est après le dernier jour %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunCommand</name>
    <message>
        <location filename="../ui/firstrun/FirstRunCommand.cpp" line="+13"/>
        <source>Set up %1</source>
        <translation>Configurer %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>redo of receiving</source>
        <translation>rétablissement de la réception</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>undo of receiving</source>
        <translation>annulation de la réception</translation>
    </message>
</context>
<context>
    <name>HealthRecordService</name>
    <message>
        <location filename="../core/diary/HealthRecordService.cpp" line="+34"/>
        <source>mild</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 date %2 is in the future.</source>
        <translation>La date de %1 %2 est dans le futur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe the side effect in 1 to 200 characters.</source>
        <translation>Décrivez l&apos;effet indésirable en 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity &quot;%1&quot; is not one of: %2.</source>
        <translation>La gravité « %1 » n&apos;est pas l&apos;une de : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The onset %1 is after the resolved date %2.</source>
        <translation>Le début %1 est après la date de fin %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown catalogue term &quot;%1&quot;.</source>
        <translation>Terme du catalogue inconnu « %1 ».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now (%2). Check whether it is: if so, get medical help now and record it as a red flag.</source>
        <translation>« %1 » pourrait être l&apos;un des signes qui nécessitent une aide médicale immédiate (%2). Vérifiez si c&apos;est le cas : si oui, obtenez immédiatement une aide médicale et enregistrez-le comme signe d&apos;alerte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no side effect with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;effet indésirable avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Describe the infection in 1 to 200 characters.</source>
        <translation>Décrivez l&apos;infection en 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infection cannot end before it started.</source>
        <translation>L&apos;infection ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about this infection.</source>
        <translation>L&apos;anakinra augmente le risque d&apos;infections graves : parlez de cette infection à votre médecin.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The medicine&apos;s name must have 1 to 200 characters.</source>
        <translation>Le nom du médicament doit avoir de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A medicine cannot stop before it started.</source>
        <translation>Un médicament ne peut pas être arrêté avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>side effect</source>
        <translation>effet indésirable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infection</source>
        <translation>infection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blood test</source>
        <translation>analyse de sang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medicine</source>
        <translation>médicament</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no %1 with id %2.</source>
        <translation>Il n&apos;y a pas de %1 avec l&apos;id %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A blood test has no end; record a new one instead.</source>
        <translation>Une analyse de sang n&apos;a pas de fin ; enregistrez-en plutôt une nouvelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end date %1 is in the future; a record ends on a day that has come.</source>
        <translation>La date de fin %1 est dans le futur ; un enregistrement se termine un jour déjà arrivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 began on %3: it cannot end on %4, before that.</source>
        <translation>%1 %2 a commencé le %3 : il ne peut pas se terminer le %4, avant cette date.</translation>
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
        <translation>Dose d&apos;anakinra — %1 (%2 mg/kg/jour)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose is %1 mg/kg per day, worked out from the latest weight: Shotbook shows the amount to measure.</source>
        <translation>La dose est de %1 mg/kg par jour, calculée à partir du dernier poids : Shotbook affiche la quantité à mesurer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anakinra dose — %1 (%2 mg)</source>
        <translation>Dose d&apos;anakinra — %1 (%2 mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per injection (%2 mL at 150 mg/mL).</source>
        <translation>%1 mg par injection (%2 mL à 150 mg/mL).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/exchange/ImportColumns.cpp" line="+105"/>
        <source>column %1 (no name)</source>
        <translation>colonne %1 (sans nom)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the dose must be given in mg; this column holds another unit. Convert it to mg (100 mg = 0.67 mL) in a column named &quot;dose_mg&quot;.</source>
        <translation>la dose doit être donnée en mg ; cette colonne contient une autre unité. Convertissez-la en mg (100 mg = 0,67 mL) dans une colonne nommée « dose_mg ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 &quot;%2&quot; holds the same as column %3 &quot;%4&quot; (%5); keep one of them.</source>
        <translation>la colonne %1 « %2 » contient la même chose que la colonne %3 « %4 » (%5) ; gardez-en une seule.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the time is given twice (a date-and-time column and a date or time column); keep one of them.</source>
        <translation>l&apos;heure est donnée deux fois (une colonne date et heure et une colonne date ou heure) ; gardez-en une seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date/time</source>
        <translation>date/heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column for when each injection was given; name it &quot;at&quot; (YYYY-MM-DDTHH:MM, optionally with an offset), or &quot;date&quot; and &quot;time&quot;.</source>
        <translation>aucune colonne pour le moment de chaque injection ; nommez-la « at » (AAAA-MM-JJTHH:MM, éventuellement avec un décalage), ou « date » et « time ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is a date column but no time column; the time of each injection is needed.</source>
        <translation>il y a une colonne de date mais pas de colonne d&apos;heure ; l&apos;heure de chaque injection est nécessaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dose_mg</source>
        <translation>dose_mg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the dose in mg; name it &quot;dose_mg&quot;, &quot;dose&quot;, &quot;dose (mg)&quot; or &quot;amount&quot;.</source>
        <translation>aucune colonne pour la dose en mg ; nommez-la « dose_mg », « dose », « dose (mg) » ou « amount ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site</source>
        <translation>point d&apos;injection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no column for the injection site; name it &quot;site&quot;, &quot;location&quot; or &quot;injection site&quot;.</source>
        <translation>aucune colonne pour le point d&apos;injection ; nommez-la « site », « location » ou « injection site ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spot_x and spot_y go together; give both or neither.</source>
        <translation>spot_x et spot_y vont ensemble ; donnez les deux ou aucun.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="-20"/>
        <source>Imported %n injection(s) from %1.</source>
        <translation>
            <numerusform>%n injection importée depuis %1.</numerusform>
            <numerusform>%n injections importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are history: no syringes were taken from stock.</source>
        <translation>Elles font partie de l&apos;historique : aucune seringue n&apos;a été retirée du stock.</translation>
    </message>
</context>
<context>
    <name>ImportedRow</name>
    <message>
        <location filename="../core/exchange/ImportedRow.cpp" line="+60"/>
        <source>the row has %1 fields, the header has %2; a field with a comma must be quoted</source>
        <translation>la ligne a %1 champs, l&apos;en-tête en a %2 ; un champ contenant une virgule doit être entre guillemets</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date and time</source>
        <translation>pas de date ni d&apos;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date and time that exists; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00</source>
        <translation>« %1 » n&apos;est pas une date et une heure qui existent ; écrivez-la AAAA-MM-JJTHH:MM[:SS], éventuellement avec Z ou un décalage comme +01:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists; write it as YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date qui existe ; écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no time</source>
        <translation>pas d&apos;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time; write it as HH:MM (24 hours)</source>
        <translation>« %1 » n&apos;est pas une heure ; écrivez-la HH:MM (sur 24 heures)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 does not exist in local time (a clock change skips it)</source>
        <translation>%1 %2 n&apos;existe pas en heure locale (un changement d&apos;heure la saute)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no dose</source>
        <translation>pas de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a dose in mg; write a number with . as the decimal mark, e.g. 100 or 37.5</source>
        <translation>« %1 » n&apos;est pas une dose en mg ; écrivez un nombre avec . comme séparateur décimal, par exemple 100 ou 37.5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no injection site</source>
        <translation>pas de point d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown site &quot;%1&quot;; use a zone id (%2) or words such as &quot;left thigh&quot; or &quot;abdomen lower right&quot;</source>
        <translation>point d&apos;injection inconnu « %1 » ; utilisez un identifiant de zone (%2) ou des mots comme « left thigh » ou « abdomen lower right »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the spot within the zone is two fractions from 0 to 1</source>
        <translation>l&apos;emplacement dans la zone est donné par deux fractions de 0 à 1</translation>
    </message>
</context>
<context>
    <name>Indications</name>
    <message>
        <location filename="../ui/regimen/Indications.cpp" line="+8"/>
        <source>Rheumatoid arthritis</source>
        <translation>Polyarthrite rhumatoïde</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usually a fixed dose of 100 mg once a day.</source>
        <translation>Habituellement une dose fixe de 100 mg une fois par jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryopyrin-associated periodic syndromes: a dose by weight (mg/kg).</source>
        <translation>Syndromes périodiques associés à la cryopyrine : une dose selon le poids (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neonatal-onset multisystem inflammatory disease, a severe form of CAPS: a dose by weight (mg/kg), sometimes split in two.</source>
        <translation>Maladie inflammatoire multisystémique à début néonatal, une forme sévère de CAPS : une dose selon le poids (mg/kg), parfois répartie en deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deficiency of the interleukin-1 receptor antagonist: a dose by weight (mg/kg).</source>
        <translation>Déficit en antagoniste du récepteur de l&apos;interleukine-1 : une dose selon le poids (mg/kg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything else your doctor prescribed it for.</source>
        <translation>Toute autre raison pour laquelle votre médecin l&apos;a prescrit.</translation>
    </message>
</context>
<context>
    <name>InjectionCommands</name>
    <message>
        <location filename="../app/cli/InjectionCommands.cpp" line="-194"/>
        <source>--spot: &quot;%1&quot; is not X,Y (fractions of the zone from 0 to 1, e.g. 0.3,0.6).</source>
        <translation>--spot : « %1 » n&apos;est pas X,Y (fractions de la zone de 0 à 1, par exemple 0.3,0.6).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add --force if it really was given.</source>
        <translation>Ajoutez --force si elle a vraiment été faite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged %1 mg in %2 at %3 (id %4).</source>
        <translation>%1 mg enregistrés dans %2 à %3 (id %4).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No injections in this period.</source>
        <translation>Aucune injection sur cette période.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2: %3 of %4 doses taken (%5), %6 missed, %7 extra; %8 day(s) in a row complete.</source>
        <translation>Du %1 au %2 : %3 doses prises sur %4 (%5), %6 oubliées, %7 en plus ; %8 jour(s) complet(s) d&apos;affilée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing due yet</source>
        <translation>rien de prévu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="-28"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 est après --to %2.</translation>
    </message>
</context>
<context>
    <name>InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="+88"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>%1 : %n problème ; rien n&apos;a été importé. Corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>%1 : %n problèmes ; rien n&apos;a été importé. Corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… et %n autre problème non listé</numerusform>
            <numerusform>… et %n autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 est vide ; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read %1 again: %2</source>
        <translation>Impossible de relire %1 : %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>another injection is logged at this very time (%1, %2 mg); this row says %3, %4 mg. Correct or remove one of them first.</source>
        <translation>une autre injection est enregistrée exactement à cette heure (%1, %2 mg) ; cette ligne indique %3, %4 mg. Corrigez ou supprimez d&apos;abord l&apos;une des deux.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; was read as %2: Shotbook splits that area into an upper and a lower zone, and the file does not say which.</source>
        <translation>« %1 » a été lu comme %2 : Shotbook divise cette région en une zone haute et une zone basse, et le fichier ne dit pas laquelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not read: %1.</source>
        <translation>Colonnes non lues : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) were already in the log and were not imported again.</source>
        <translation>
            <numerusform>%n ligne était déjà dans l&apos;historique et n&apos;a pas été importée à nouveau.</numerusform>
            <numerusform>%n lignes étaient déjà dans l&apos;historique et n&apos;ont pas été importées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the patient(s) the file names: %1.</source>
        <translation>Patient(s) nommé(s) dans le fichier ajouté(s) : %1.</translation>
    </message>
</context>
<context>
    <name>InjectionLog</name>
    <message>
        <location filename="../core/injections/InjectionLog.cpp" line="+106"/>
        <source>No dose was given and no regimen is in force on %1. Give the dose in mg.</source>
        <translation>Aucune dose n&apos;a été indiquée et aucune posologie n&apos;est en vigueur le %1. Indiquez la dose en mg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was given and none follows from the regimen (%1). Give the dose in mg.</source>
        <translation>Aucune dose n&apos;a été indiquée et la posologie n&apos;en donne aucune (%1). Indiquez la dose en mg.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The dose due %1 was already logged: %2 mg at %3%4. A second dose for the same slot is refused; never double up.</source>
        <translation>La dose prévue %1 a déjà été enregistrée : %2 mg à %3%4. Une deuxième dose pour la même prise est refusée ; ne doublez jamais la dose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The last dose was logged at %1, %2 before this one.</source>
        <translation>La dernière dose a été enregistrée à %1, %2 avant celle-ci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another dose is logged at %1, %2 after this one.</source>
        <translation>Une autre dose est enregistrée à %1, %2 après celle-ci.</translation>
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
            <numerusform>Les doses doivent être espacées d&apos;au moins %n heure (la moitié de l&apos;intervalle entre deux doses) ; ne doublez jamais la dose.</numerusform>
            <numerusform>Les doses doivent être espacées d&apos;au moins %n heures (la moitié de l&apos;intervalle entre deux doses) ; ne doublez jamais la dose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next dose is due %1.</source>
        <translation>La prochaine dose est prévue %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dose was due around this time; it is logged as an extra dose.</source>
        <translation>Aucune dose n&apos;était prévue vers cette heure ; elle est enregistrée comme dose supplémentaire.</translation>
    </message>
</context>
<context>
    <name>InjectionRules</name>
    <message>
        <location filename="../core/injections/InjectionRules.cpp" line="+17"/>
        <source>The dose %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>La dose %1 mg est hors limites ; elle doit être supérieure à 0 et d&apos;au plus %2 mg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Point d&apos;injection inconnu « %1 » ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The injection has no valid time.</source>
        <translation>L&apos;injection n&apos;a pas d&apos;heure valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time %1 is more than 24 hours in the future; log an injection when it has been given.</source>
        <translation>L&apos;heure %1 est plus de 24 heures dans le futur ; enregistrez une injection une fois qu&apos;elle a été faite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is before 1990.</source>
        <translation>L&apos;heure %1 est antérieure à 1990.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Given by&quot; has %1 characters; at most %2 are allowed.</source>
        <translation>« Faite par » a %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation>La note a %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spot within the zone must be given as fractions from 0 to 1.</source>
        <translation>L&apos;emplacement dans la zone doit être donné en fractions de 0 à 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lot number must have 1 to 60 characters.</source>
        <translation>Le numéro de lot doit avoir de 1 à 60 caractères.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/diary/Labs.cpp" line="+32"/>
        <source>Neutrophils (ANC)</source>
        <translation>Neutrophiles (PNN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets</source>
        <translation>Plaquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALT (liver)</source>
        <translation>ALAT (foie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AST (liver)</source>
        <translation>ASAT (foie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRP (inflammation)</source>
        <translation>CRP (inflammation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatinine clearance (kidneys)</source>
        <translation>Clairance de la créatinine (reins)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown analyte &quot;%1&quot;; use one of: %2.</source>
        <translation>Analyse inconnue « %1 » ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 %3 is out of range; it must be from 0 to %4 %3.</source>
        <translation>%1 = %2 %3 est hors limites ; la valeur doit aller de 0 à %4 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neutrophils %1 × 10⁹/L are below %2: the risk of infection is higher. Tell your doctor before the next injection.</source>
        <translation>Neutrophiles à %1 × 10⁹/L, sous %2 : le risque d&apos;infection est plus élevé. Prévenez votre médecin avant la prochaine injection.</translation>
    </message>
</context>
<context>
    <name>LogInjectionCommand</name>
    <message>
        <location filename="../ui/injections/InjectionCommands.cpp" line="-31"/>
        <source>Log injection (%1)</source>
        <translation>Enregistrer l&apos;injection (%1)</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <location filename="../app/cli/MaintenanceCommands.cpp" line="-21"/>
        <source>%1: no problems found.</source>
        <translation>%1 : aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1 : %n problème trouvé :</numerusform>
            <numerusform>%1 : %n problèmes trouvés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../core/diary/Measures.cpp" line="+56"/>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness (0–10)</source>
        <translation>Fatigue (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness (minutes)</source>
        <translation>Raideur matinale (minutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Overall, how are you? (0 very well – 10 very poorly)</source>
        <translation>Dans l&apos;ensemble, comment allez-vous ? (0 très bien – 10 très mal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rash</source>
        <translation>Éruption cutanée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache</source>
        <translation>Maux de tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint pain</source>
        <translation>Douleurs articulaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red eyes</source>
        <translation>Yeux rouges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell with the disease today</source>
        <translation>Malade à cause de la maladie aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tummy (abdominal) pain</source>
        <translation>Mal au ventre (douleurs abdominales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nausea or vomiting</source>
        <translation>Nausées ou vomissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain</source>
        <translation>Douleur thoracique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes (glands)</source>
        <translation>Ganglions douloureux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle pain</source>
        <translation>Douleurs musculaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swollen joints</source>
        <translation>Articulations gonflées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiredness</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning stiffness</source>
        <translation>Raideur matinale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient global</source>
        <translation>Évaluation globale du patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwell (overall)</source>
        <translation>Malaise (global)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdominal pain</source>
        <translation>Douleurs abdominales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painful lymph nodes</source>
        <translation>Ganglions douloureux</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown measure &quot;%1&quot;; use one of: %2.</source>
        <translation>Mesure inconnue « %1 » ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 (no) or 1 (yes)</source>
        <translation>0 (non) ou 1 (oui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2%3</source>
        <translation>%1 à %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, whole numbers</source>
        <translation>, nombres entiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = %2 is out of range; it must be %3.</source>
        <translation>%1 = %2 est hors limites ; la valeur doit être %3.</translation>
    </message>
</context>
<context>
    <name>MedicineCatalog</name>
    <message>
        <location filename="../core/diary/MedicineCatalog.cpp" line="+58"/>
        <source>measles, mumps and rubella (MMR)</source>
        <translation>rougeole, oreillons et rubéole (ROR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measles, mumps, rubella and varicella (MMRV)</source>
        <translation>rougeole, oreillons, rubéole et varicelle (RORV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>varicella (chickenpox)</source>
        <translation>varicelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live shingles vaccine</source>
        <translation>vaccin vivant contre le zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow fever</source>
        <translation>fièvre jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCG (tuberculosis)</source>
        <translation>BCG (tuberculose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live nasal influenza</source>
        <translation>grippe vivant par voie nasale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral typhoid</source>
        <translation>typhoïde par voie orale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotavirus</source>
        <translation>rotavirus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral polio</source>
        <translation>poliomyélite par voie orale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live oral cholera</source>
        <translation>choléra vivant par voie orale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dengue</source>
        <translation>dengue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live chikungunya</source>
        <translation>chikungunya vivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ebola (live)</source>
        <translation>Ebola (vivant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallpox (live vaccinia)</source>
        <translation>variole (vaccine vivante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live Japanese encephalitis</source>
        <translation>encéphalite japonaise vivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adenovirus types 4 and 7</source>
        <translation>adénovirus types 4 et 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a live vaccine</source>
        <translation>un vaccin vivant</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 is a live vaccine (%2). Live vaccines should not be given during treatment with anakinra: ask your doctor first.</source>
        <translation>%1 est un vaccin vivant (%2). Les vaccins vivants ne doivent pas être administrés pendant un traitement par anakinra : demandez d&apos;abord à votre médecin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is a TNF blocker. Taken with anakinra it raises the risk of serious infections and of low white blood cells, and the label advises against using them together: tell your doctor.</source>
        <translation>%1 (%2) est un anti-TNF. Associé à l&apos;anakinra, il augmente le risque d&apos;infections graves et de baisse des globules blancs, et la notice déconseille de les utiliser ensemble : prévenez votre médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) blocks interleukin-1, as anakinra does. Two IL-1 blockers together raise the risk of serious infections and of low white blood cells: tell your doctor.</source>
        <translation>%1 (%2) bloque l&apos;interleukine-1, comme l&apos;anakinra. Deux anti-IL-1 ensemble augmentent le risque d&apos;infections graves et de baisse des globules blancs : prévenez votre médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is an IL-6 blocker, a biologic that weakens the defence against infections. With anakinra the risk of serious infections and of low white blood cells adds up: tell your doctor.</source>
        <translation>%1 (%2) est un anti-IL-6, un médicament biologique qui affaiblit les défenses contre les infections. Avec l&apos;anakinra, les risques d&apos;infections graves et de baisse des globules blancs s&apos;additionnent : prévenez votre médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a CD20 antibody, a biologic that removes B cells and weakens the defence against infections. With anakinra the risk of serious infections adds up: tell your doctor.</source>
        <translation>%1 (%2) est un anticorps anti-CD20, un médicament biologique qui élimine les lymphocytes B et affaiblit les défenses contre les infections. Avec l&apos;anakinra, les risques d&apos;infections graves s&apos;additionnent : prévenez votre médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is a biologic that blocks the activation of T cells. With anakinra it raises the risk of serious infections, and they are not used together: tell your doctor.</source>
        <translation>%1 (%2) est un médicament biologique qui bloque l&apos;activation des lymphocytes T. Avec l&apos;anakinra, il augmente le risque d&apos;infections graves, et ils ne sont pas utilisés ensemble : prévenez votre médecin.</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <location filename="../core/exchange/NewFile.cpp" line="+13"/>
        <source>Give the path of the file to write.</source>
        <translation>Indiquez le chemin du fichier à écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; Shotbook never overwrites a file. Choose another name or remove it first.</source>
        <translation>%1 existe déjà ; Shotbook n&apos;écrase jamais un fichier. Choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was created while writing; Shotbook never overwrites a file.</source>
        <translation>%1 a été créé pendant l&apos;écriture ; Shotbook n&apos;écrase jamais un fichier.</translation>
    </message>
</context>
<context>
    <name>OfflineInjections</name>
    <message>
        <location filename="../core/injections/OfflineInjections.cpp" line="+109"/>
        <source>An entry of the outbox cannot be read; it is kept in %1.</source>
        <translation>Une entrée de la boîte d’envoi ne peut pas être lue ; elle est conservée dans %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/storage/Outbox.cpp" line="+57"/>
        <source>Could not create the folder %1 for the outbox.</source>
        <translation>Impossible de créer le dossier %1 pour la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the outbox %1: %2</source>
        <translation>Impossible de créer la boîte d’envoi %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the outbox %1: %2</source>
        <translation>Impossible d’ouvrir la boîte d’envoi %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Shotbook outbox: %2</source>
        <translation>%1 n’est pas une boîte d’envoi de Shotbook : %2</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <location filename="../app/cli/PatientCommands.cpp" line="-171"/>
        <source>Added patient %1 (id %2).</source>
        <translation>Patient %1 ajouté (id %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No patients yet.</source>
        <translation>Pas encore de patient.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Renamed patient %1.</source>
        <translation>Patient %1 renommé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded %1 kg on %2 for %3.</source>
        <translation>%1 kg enregistrés le %2 pour %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Removing deletes every record of the patient: name them with --patient ID or --patient NAME.</source>
        <translation>La suppression efface toutes les données du patient : désignez-le avec --patient ID ou --patient NOM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing %1 deletes every record of them; add --yes to confirm.</source>
        <translation>Supprimer %1 efface toutes ses données ; ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed patient %1 and all their records.</source>
        <translation>Patient %1 et toutes ses données supprimés.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/patients/PatientRepository.cpp" line="+66"/>
        <source>There is no patient with id %1.</source>
        <translation>Il n&apos;y a pas de patient avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a patient named &quot;%1&quot;; choose another name so that the two can be told apart.</source>
        <translation>Il y a déjà un patient nommé « %1 » ; choisissez un autre nom pour pouvoir les distinguer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The weight&apos;s date %1 is in the future.</source>
        <translation>La date du poids, %1, est dans le futur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The weight&apos;s date %1 must be between the date of birth and today.</source>
        <translation>La date du poids, %1, doit être comprise entre la date de naissance et aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no patient yet; add one with &quot;patient add --name NAME&quot;.</source>
        <translation>Il n&apos;y a pas encore de patient ; ajoutez-en un avec « patient add --name NOM ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are %1 patients; name one with --patient ID or --patient NAME.</source>
        <translation>Il y a %1 patients ; désignez-en un avec --patient ID ou --patient NOM.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no patient &quot;%1&quot;; &quot;patient list&quot; shows them.</source>
        <translation>Il n&apos;y a pas de patient « %1 » ; « patient list » les affiche.</translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <location filename="../core/patients/PatientRules.cpp" line="+12"/>
        <source>The patient&apos;s name is empty; enter a name or nickname.</source>
        <translation>Le nom du patient est vide ; saisissez un nom ou un surnom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom du patient a %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient&apos;s name contains a control character (U+%1); use letters, digits, spaces and punctuation.</source>
        <translation>Le nom du patient contient un caractère de contrôle (U+%1) ; utilisez des lettres, des chiffres, des espaces et de la ponctuation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date %1 is not allowed; it must be between %2 and today (%3).</source>
        <translation>La date de naissance %1 n&apos;est pas permise ; elle doit être comprise entre le %2 et aujourd&apos;hui (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weight %1 kg is out of range; it must be from %2 to %3 kg.</source>
        <translation>Le poids %1 kg est hors limites ; il doit être de %2 à %3 kg.</translation>
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
        <translation>%1 pour %2</translation>
    </message>
</context>
<context>
    <name>ProductSettings</name>
    <message>
        <location filename="../core/storage/ProductSettings.cpp" line="+29"/>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 doit être de %2 à %3, pas %4.</translation>
    </message>
</context>
<context>
    <name>ReactionKinds</name>
    <message>
        <location filename="../core/sites/SiteReaction.cpp" line="+21"/>
        <source>Redness</source>
        <translation>Rougeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>Gonflement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itching</source>
        <translation>Démangeaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruising</source>
        <translation>Ecchymose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation>Saignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives</source>
        <translation>Urticaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lumps</source>
        <translation>Nodules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Éruption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blistering</source>
        <translation>Cloques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning</source>
        <translation>Brûlure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulceration</source>
        <translation>Ulcération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scarring</source>
        <translation>Cicatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
</context>
<context>
    <name>ReceiveStockCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="-45"/>
        <source>Receive %1 syringes of lot %2</source>
        <translation>Réception de %1 seringues du lot %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>redo of receiving</source>
        <translation>rétablissement de la réception</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo of receiving</source>
        <translation>annulation de la réception</translation>
    </message>
</context>
<context>
    <name>RecordShare</name>
    <message>
        <location filename="../core/maintenance/RecordShare.cpp" line="+16"/>
        <source>%1 fails its check (%2), so it is not copied; see &quot;shotbook-cli check&quot;, or restore a backup first. Nothing was copied.</source>
        <translation>%1 échoue à sa vérification (%2), il n’est donc pas copié ; voir « shotbook-cli check », ou restaurez d’abord une sauvegarde. Rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy on %1 fails its check (%2). Nothing was copied.</source>
        <translation>La copie sur %1 échoue à sa vérification (%2). Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>RegimenCommands</name>
    <message>
        <location filename="../app/cli/RegimenCommands.cpp" line="-146"/>
        <source>&quot;regimen set&quot; needs exactly one of --dose-mg MG and --mg-per-kg X (both are amounts per day).</source>
        <translation>« regimen set » demande exactement l&apos;une des options --dose-mg MG et --mg-per-kg X (ce sont deux quantités par jour).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--times: &quot;%1&quot; is not a time of day; write HH:MM, or HH:MM,HH:MM for two doses.</source>
        <translation>--times : « %1 » n&apos;est pas une heure de la journée ; écrivez HH:MM, ou HH:MM,HH:MM pour deux doses.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 mg/kg per day</source>
        <translation>%1 mg/kg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg per day</source>
        <translation>%1 mg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regimen %1 for %2 from %3: %4, %5 dose(s) a day at %6, every %7 day(s).</source>
        <translation>Posologie %1 pour %2 à partir du %3 : %4, %5 dose(s) par jour à %6, tous les %7 jour(s).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 mg/kg/day × %2 kg = %3 mg/day</source>
        <translation>%1 mg/kg/jour × %2 kg = %3 mg/jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dose(s) of %2 mg (%3 mL), %4 syringe(s) each, every %5 day(s).</source>
        <translation>%1 dose(s) de %2 mg (%3 mL), %4 seringue(s) chacune, tous les %5 jour(s).</translation>
    </message>
</context>
<context>
    <name>RegimenRules</name>
    <message>
        <location filename="../core/regimen/RegimenRules.cpp" line="+35"/>
        <source>The regimen has no start date.</source>
        <translation>La posologie n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the dose either in mg per day or in mg/kg per day, not both and not neither.</source>
        <translation>Indiquez la dose soit en mg par jour, soit en mg/kg par jour, pas les deux et pas aucune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dose %1 mg per day is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>La dose %1 mg par jour est hors limites ; elle doit être supérieure à 0 et d&apos;au plus %2 mg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dose %1 mg/kg per day is out of range; it must be more than 0 and at most %2 mg/kg.</source>
        <translation>La dose %1 mg/kg par jour est hors limites ; elle doit être supérieure à 0 et d&apos;au plus %2 mg/kg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doses per day is %1; it must be 1 or 2.</source>
        <translation>Le nombre de doses par jour est %1 ; il doit être de 1 ou 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval is every %1 days; it must be every day (1) or every other day (2).</source>
        <translation>L&apos;intervalle est de %1 jours ; il doit être tous les jours (1) ou un jour sur deux (2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every other day is given as one dose; 2 doses per day every other day is not a labelled schedule.</source>
        <translation>Un jour sur deux se donne en une seule dose ; 2 doses par jour un jour sur deux n&apos;est pas un schéma de la notice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course length %1 days is out of range; it must be from 1 to %2 days.</source>
        <translation>La durée de traitement de %1 jours est hors limites ; elle doit être de 1 à %2 jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measuring step %1 mg is out of range; it must be more than 0 and at most %2 mg.</source>
        <translation>Le pas de mesure %1 mg est hors limites ; il doit être supérieur à 0 et d&apos;au plus %2 mg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest measurable dose %1 mg is out of range; it must be from 0 to %2 mg.</source>
        <translation>La plus petite dose mesurable %1 mg est hors limites ; elle doit être de 0 à %2 mg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indication &quot;%1&quot;; use one of: %2.</source>
        <translation>Indication inconnue « %1 » ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one time of day per dose: doses per day is %1, times of day given: %2.</source>
        <translation>Indiquez une heure par dose : doses par jour %1, heures indiquées : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A time of day is not valid; write it as HH:MM.</source>
        <translation>Une heure de la journée n&apos;est pas valide ; écrivez-la HH:MM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two times %1 and %2 are %3 hours apart; twice-daily doses must be at least 4 hours apart on either side of midnight.</source>
        <translation>Les deux heures %1 et %2 sont espacées de %3 heures ; deux doses par jour doivent être espacées d&apos;au moins 4 heures de part et d&apos;autre de minuit.</translation>
    </message>
</context>
<context>
    <name>RegimenService</name>
    <message>
        <location filename="../core/regimen/RegimenService.cpp" line="+93"/>
        <source>No regimen is in force on %1; set one first.</source>
        <translation>Aucune posologie n&apos;est en vigueur le %1 ; définissez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>RenamePatientCommand</name>
    <message>
        <location filename="../ui/patients/PatientCommands.cpp" line="+27"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
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
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>%1 · injection report · %2</source>
        <translation>%1 · rapport des injections · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1. Shotbook records what was given; it does not prescribe. Doses and changes are for the care team to decide.</source>
        <translation>Établi le %1. Shotbook enregistre ce qui a été administré ; il ne prescrit pas. Les doses et leurs modifications relèvent de la décision de l&apos;équipe soignante.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no dose due</source>
        <translation>aucune dose prévue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Injection report: %1</source>
        <translation>Rapport des injections : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anakinra diary from %1 to %2 (%n day(s)), compared with the %n day(s) before.</source>
        <translation>
            <numerusform>Journal d&apos;anakinra du %1 au %2 (%n jour), comparé au %n jour précédent.</numerusform>
            <numerusform>Journal d&apos;anakinra du %1 au %2 (%n jours), comparé aux %n jours précédents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Age:&lt;/b&gt; %1 (born %2)</source>
        <translation>&lt;b&gt;Âge :&lt;/b&gt; %1 (né(e) le %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; %1 kg on %2</source>
        <translation>&lt;b&gt;Poids :&lt;/b&gt; %1 kg le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Weight:&lt;/b&gt; none recorded</source>
        <translation>&lt;b&gt;Poids :&lt;/b&gt; aucun enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Indication :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+5"/>
        <location line="+251"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no regimen</source>
        <translation>pas de posologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>no diary</source>
        <translation>pas de journal</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1, unchanged</source>
        <translation>%1, inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, better</source>
        <translation>%1, en amélioration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse</source>
        <translation>%1, en aggravation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity (AIDAI)</source>
        <translation>Activité (AIDAI)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest labs</source>
        <translation>Dernières analyses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 flagged</source>
        <translation>%1 hors normes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in range</source>
        <translation>dans les normes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current regimen</source>
        <translation>Posologie actuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No regimen in force on %1.</source>
        <translation>Aucune posologie en vigueur le %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mg/kg/day × %2 kg (weighed %3) = %4 mg/day</source>
        <translation>%1 mg/kg/jour × %2 kg (pesé le %3) = %4 mg/jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg/day (fixed dose)</source>
        <translation>%1 mg/jour (dose fixe)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 mg (%2 mL) per injection, %n injection(s) a day at %3, %4; since %5.</source>
        <translation>
            <numerusform>%1 mg (%2 mL) par injection, %n injection par jour à %3, %4 ; depuis le %5.</numerusform>
            <numerusform>%1 mg (%2 mL) par injection, %n injections par jour à %3, %4 ; depuis le %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every other day</source>
        <translation>un jour sur deux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 mg/kg/day at the latest weight.</source>
        <translation>Soit %1 mg/kg/jour d&apos;après le dernier poids.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of due doses taken (%2 of %3); the %n day(s) before: %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; des doses prévues prises (%2 sur %3) ; le %n jour précédent : %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; des doses prévues prises (%2 sur %3) ; les %n jours précédents : %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n extra dose(s) that filled no slot.</source>
        <translation>
            <numerusform>%n dose supplémentaire, hors de tout créneau prévu.</numerusform>
            <numerusform>%n doses supplémentaires, hors de tout créneau prévu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time without a dose: %1 (%2 to %3).</source>
        <translation>Plus longue période sans dose : %1 (du %2 au %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dose missed.</source>
        <translation>Aucune dose oubliée.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more (see the injection log).</source>
        <translation>
            <numerusform>et %n autre (voir l&apos;historique des injections).</numerusform>
            <numerusform>et %n autres (voir l&apos;historique des injections).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Missed (%n):</source>
        <translation>
            <numerusform>Oubliée (%n) :</numerusform>
            <numerusform>Oubliées (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disease activity</source>
        <translation>Activité de la maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AIDAI, mean monthly score (9 or more: active)</source>
        <translation>AIDAI, score mensuel moyen (9 ou plus : maladie active)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better (%1)</source>
        <translation>en amélioration (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse (+%1)</source>
        <translation>en aggravation (+%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n jour)</numerusform>
            <numerusform>(%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>None recorded in the period.</source>
        <translation>Aucun enregistré sur la période.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Side effect</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RED FLAG</source>
        <translation>SIGNE D&apos;ALERTE</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Infections</source>
        <translation>Infections</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor told</source>
        <translation>Médecin prévenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest blood tests</source>
        <translation>Dernières analyses de sang</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>None recorded.</source>
        <translation>Aucune enregistrée.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on</source>
        <translation>Prélevée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next neutrophil count due: %1.</source>
        <translation>Prochaine numération des neutrophiles prévue le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of neutrophil monitoring is complete.</source>
        <translation>La première année de surveillance des neutrophiles est terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other medicines</source>
        <translation>Autres médicaments</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open site reactions</source>
        <translation>Réactions au point d&apos;injection en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2, %3, since %4</source>
        <translation>%1 (%2), %3, depuis le %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Injection log</source>
        <translation>Historique des injections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No injection in the period.</source>
        <translation>Aucune injection sur la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Point d&apos;injection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>taken</source>
        <translation>prise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late (%1)</source>
        <translation>en retard (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>oubliée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No diary entry in the period.</source>
        <translation>Aucune entrée de journal sur la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
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
        <translation>Rapport des injections de %1, du %2 au %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The database.</source>
        <translation>La base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report to PATH.</source>
        <translation>Écrire le rapport dans CHEMIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s id.</source>
        <translation>L&apos;identifiant du patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day.</source>
        <translation>Dernier jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current time.</source>
        <translation>L&apos;heure actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Laisser les notes de côté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf needs --db, --patient and the file.</source>
        <translation>--export-pdf nécessite --db, --patient et le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now: not a date and time: %1</source>
        <translation>--now : n&apos;est pas une date et une heure : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--patient: not an id: %1</source>
        <translation>--patient : n&apos;est pas un identifiant : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: not a date: %1</source>
        <translation>--from : n&apos;est pas une date : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to: not a date: %1</source>
        <translation>--to : n&apos;est pas une date : %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="+42"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1: the pages could not be drawn.</source>
        <translation>Impossible d&apos;écrire %1 : les pages n&apos;ont pas pu être dessinées.</translation>
    </message>
</context>
<context>
    <name>ResolveReactionCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="+22"/>
        <source>Mark reaction cleared</source>
        <translation>Marquer la réaction comme disparue</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <location filename="../core/sites/Rotation.cpp" line="+61"/>
        <source>%1 is switched off for this patient.</source>
        <translation>%1 est désactivée pour ce patient.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was used %n day(s) ago; let a site rest %2 days before using it again.</source>
        <translation>
            <numerusform>%1 a été utilisée il y a %n jour ; laissez un point d&apos;injection au repos %2 jours avant de le réutiliser.</numerusform>
            <numerusform>%1 a été utilisée il y a %n jours ; laissez un point d&apos;injection au repos %2 jours avant de le réutiliser.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a site reaction that has not cleared; choose another site.</source>
        <translation>%1 présente une réaction au point d&apos;injection qui n&apos;a pas disparu ; choisissez un autre point d&apos;injection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This spot is about %1 cm from the last injection in %2; keep about %3 cm away.</source>
        <translation>Cet emplacement est à environ %1 cm de la dernière injection dans %2 ; restez à environ %3 cm de distance.</translation>
    </message>
</context>
<context>
    <name>SafetyStops</name>
    <message>
        <location filename="../core/safety/SafetyStops.cpp" line="+56"/>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a sign to get medical help now. The label says: stop using anakinra and call your doctor. Log an injection only if a doctor said to go on; mark the side effect resolved when it is over.</source>
        <translation>%1 : un signe qui nécessite une aide médicale immédiate. La notice indique : arrêtez d&apos;utiliser l&apos;anakinra et appelez votre médecin. N&apos;enregistrez une injection que si un médecin a dit de continuer ; marquez l&apos;effet indésirable comme disparu une fois terminé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An infection is not over (%1, since %2). Anakinra lowers the body&apos;s defence against infections: tell your doctor before the next injection.</source>
        <translation>Une infection n&apos;est pas terminée (%1, depuis le %2). L&apos;anakinra diminue les défenses de l&apos;organisme contre les infections : prévenez votre médecin avant la prochaine injection.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest neutrophil count is %1 × 10⁹/L (%2), below %3: tell your doctor before the next injection.</source>
        <translation>La dernière numération des neutrophiles est de %1 × 10⁹/L (%2), sous %3 : prévenez votre médecin avant la prochaine injection.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A temperature of %1 °C was recorded on %2. With anakinra a fever may be the sign of an infection: tell your doctor.</source>
        <translation>Une température de %1 °C a été enregistrée le %2. Sous anakinra, une fièvre peut être le signe d&apos;une infection : prévenez votre médecin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diary notes %1: a sign to get medical help now. %2 Record it as a side effect with the red flag.</source>
        <translation>Le journal indique %1 : c&apos;est un signe qui nécessite une aide médicale immédiate. %2 Enregistrez-le comme effet indésirable avec le signe d&apos;alerte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest creatinine clearance is %1 mL/min (%2), below %3: in severe kidney impairment the label gives anakinra every other day, but this regimen is every day. Ask the doctor.</source>
        <translation>La dernière clairance de la créatinine est de %1 mL/min (%2), sous %3 : en cas d&apos;insuffisance rénale sévère, la notice prévoit l&apos;anakinra un jour sur deux, mais cette posologie est quotidienne. Demandez au médecin.</translation>
    </message>
</context>
<context>
    <name>SaveDiaryDayCommand</name>
    <message>
        <location filename="../ui/diary/DiaryCommands.cpp" line="-79"/>
        <source>Save diary</source>
        <translation>Enregistrer le journal</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <location filename="../core/storage/ServerLocation.cpp" line="+40"/>
        <source>--db %1 is not a server location (%2). Write it as postgresql://USER@HOST[:PORT]/DBNAME or postgresql:///DBNAME?service=NAME.</source>
        <translation>--db %1 n&apos;est pas une adresse de serveur (%2). Écrivez-la postgresql://UTILISATEUR@HÔTE[:PORT]/BASE ou postgresql:///BASE?service=NOM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--db: a password is never given on the command line, where others could read it. Put it in ~/.pgpass (one line: HOST:PORT:DBNAME:USER:PASSWORD, mode 0600) or in the libpq service file.</source>
        <translation>--db : un mot de passe n&apos;est jamais donné sur la ligne de commande, où d&apos;autres pourraient le lire. Mettez-le dans ~/.pgpass (une ligne : HÔTE:PORT:BASE:UTILISATEUR:MOTDEPASSE, mode 0600) ou dans le fichier de service libpq.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port « %1 » n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db: a password is never given on the command line; put it in ~/.pgpass or the libpq service file.</source>
        <translation>--db : un mot de passe n&apos;est jamais donné sur la ligne de commande ; mettez-le dans ~/.pgpass ou dans le fichier de service libpq.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>paramètre inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names no database</source>
        <translation>elle ne désigne aucune base de données</translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <location filename="../core/storage/ServerUpload.cpp" line="+135"/>
        <source>The server refused a record of table %1: %2. Nothing was copied.</source>
        <translation>Le serveur a refusé une entrée de la table %1 : %2. Rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The shared record %1 already holds records (in table %2); a local record is copied only into an empty one, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation>Le dossier partagé %1 contient déjà des entrées (dans la table %2) ; un dossier local n’est copié que dans un dossier vide, pour que rien ne soit mélangé ni écrasé. Rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table %1 has %2 rows in the file but %3 on the server after the copy. Nothing was copied.</source>
        <translation>La table %1 a %2 lignes dans le fichier mais %3 sur le serveur après la copie. Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>SetRegimenCommand</name>
    <message>
        <location filename="../ui/regimen/RegimenCommands.cpp" line="+9"/>
        <source>Set regimen</source>
        <translation>Définir la posologie</translation>
    </message>
</context>
<context>
    <name>SetZonesEnabledCommand</name>
    <message>
        <location filename="../ui/sites/SiteCommands.cpp" line="-53"/>
        <source>Switch on %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off %1</source>
        <translation>Désactiver %1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../core/storage/SettingsService.cpp" line="+31"/>
        <source>Low-stock alert</source>
        <translation>Alerte de stock bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry warning</source>
        <translation>Avertissement de péremption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time allowed out of the fridge</source>
        <translation>Durée permise hors du réfrigérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding tolerance</source>
        <translation>Tolérance d&apos;arrondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest period of a zone</source>
        <translation>Période de repos d&apos;une zone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be from %2 to %3 %4, not %5.</source>
        <translation>%1 doit être de %2 à %3 %4, pas %5.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no setting named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de réglage nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <location filename="../app/cli/ShareCommands.cpp" line="-50"/>
        <source>--from: &quot;%1&quot; is a server; share copies a local file onto a server (--to).</source>
        <translation>--from : « %1 » est un serveur ; share copie un fichier local sur un serveur (--to).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to: &quot;%1&quot; is not a shared record; name one as postgresql://USER@HOST[:PORT]/DBNAME (&quot;backup --out&quot; copies to a file).</source>
        <translation>--to : « %1 » n’est pas un dossier partagé ; indiquez-en un sous la forme postgresql://UTILISATEUR@HÔTE[:PORT]/BASE (« backup --out » copie dans un fichier).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copied %1 to the shared record %2: %n patient(s), </source>
        <translation>
            <numerusform>%1 copié dans le dossier partagé %2 : %n patient, </numerusform>
            <numerusform>%1 copié dans le dossier partagé %2 : %n patients, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injection(s); the copy passed its check.</source>
        <translation>
            <numerusform>%n injection ; la copie a passé sa vérification.</numerusform>
            <numerusform>%n injections ; la copie a passé sa vérification.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on open the shared record (--db %1, or File &gt; Connect to a Shared Record… in Shotbook) and no longer the file, which was left as it was.</source>
        <translation>Désormais, ouvrez le dossier partagé (--db %1, ou Fichier &gt; Se connecter à un dossier partagé… dans Shotbook) et non plus le fichier, qui est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>SideEffectCatalog</name>
    <message>
        <location filename="../core/diary/SideEffectCatalog.cpp" line="+61"/>
        <source>Headache</source>
        <translation>Maux de tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vomiting</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection-site reaction</source>
        <translation>Réaction au point d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint pain</source>
        <translation>Douleurs articulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever</source>
        <translation>Fièvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common cold</source>
        <translation>Rhume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Éruption cutanée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction (hypersensitivity)</source>
        <translation>Réaction allergique (hypersensibilité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angioedema</source>
        <translation>Angio-œdème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised liver enzymes</source>
        <translation>Élévation des enzymes du foie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low neutrophils</source>
        <translation>Neutrophiles bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low platelets</source>
        <translation>Plaquettes basses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaphylaxis (severe allergic reaction)</source>
        <translation>Anaphylaxie (réaction allergique grave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble breathing</source>
        <translation>Difficultés à respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling of the face, lips, throat, legs or feet</source>
        <translation>Gonflement du visage, des lèvres, de la gorge, des jambes ou des pieds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation>Douleur thoracique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hives or extreme itching</source>
        <translation>Urticaire ou démangeaisons intenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of a serious infection</source>
        <translation>Signes d&apos;une infection grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual bruising or bleeding</source>
        <translation>Ecchymoses ou saignements inhabituels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme tiredness or weakness</source>
        <translation>Fatigue ou faiblesse extrême</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get medical help now.</source>
        <translation>Obtenez immédiatement une aide médicale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop using anakinra and call your doctor. For a severe allergic reaction (anaphylaxis), swelling of the throat or trouble breathing, call the emergency number.</source>
        <translation>Arrêtez d&apos;utiliser l&apos;anakinra et appelez votre médecin. En cas de réaction allergique grave (anaphylaxie), de gonflement de la gorge ou de difficultés à respirer, appelez le numéro d&apos;urgence.</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="-234"/>
        <source>Every zone is switched off or has an open site reaction.</source>
        <translation>Toutes les zones sont désactivées ou présentent une réaction au point d&apos;injection en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone can be suggested: every zone is switched off or has an open site reaction.</source>
        <translation>Aucune zone ne peut être suggérée : toutes les zones sont désactivées ou présentent une réaction au point d&apos;injection en cours.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next site: %1 (%2), last used %3.</source>
        <translation>Prochain point d&apos;injection : %1 (%2), dernière utilisation %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next site: %1 (%2), never used.</source>
        <translation>Prochain point d&apos;injection : %1 (%2), jamais utilisé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A zone rests %1 days after an injection.</source>
        <translation>Une zone se repose %1 jours après une injection.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recorded %1 at %2 (id %3).</source>
        <translation>%1 enregistrée à %2 (id %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a reaction id.</source>
        <translation>« %1 » n&apos;est pas un identifiant de réaction.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaction %1 marked as cleared.</source>
        <translation>Réaction %1 marquée comme disparue.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switched on: %1.</source>
        <translation>Activée(s) : %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switched off: %1.</source>
        <translation>Désactivée(s) : %1.</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <location filename="../core/sites/SiteService.cpp" line="+215"/>
        <source>Name at least one zone.</source>
        <translation>Indiquez au moins une zone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>Point d&apos;injection inconnu « %1 » ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown reaction &quot;%1&quot;; use one of: %2.</source>
        <translation>Réaction inconnue « %1 » ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The severity %1 is out of range; it must be 1 (mild), 2 (moderate) or 3 (severe).</source>
        <translation>La gravité %1 est hors limites ; elle doit être 1 (légère), 2 (modérée) ou 3 (sévère).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reaction&apos;s start %1 is in the future.</source>
        <translation>Le début de la réaction, %1, est dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reaction cannot clear before it started.</source>
        <translation>Une réaction ne peut pas disparaître avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note has more than 2000 characters.</source>
        <translation>La note dépasse 2000 caractères.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no site reaction with id %1.</source>
        <translation>Il n&apos;y a pas de réaction au point d&apos;injection avec l&apos;id %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site reaction %1 already cleared on %2.</source>
        <translation>La réaction au point d&apos;injection %1 a déjà disparu le %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reaction cannot clear (%1) before it started (%2).</source>
        <translation>Une réaction ne peut pas disparaître (%1) avant d&apos;avoir commencé (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time %1 is in the future.</source>
        <translation>L&apos;heure %1 est dans le futur.</translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <location filename="../app/cli/StockCommands.cpp" line="-194"/>
        <source>Received %1 syringes of lot %2 (expires %3); %4 in this lot.</source>
        <translation>Réception de %1 seringues du lot %2 (péremption %3) ; %4 dans ce lot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot %1 has already expired.</source>
        <translation>Le lot %1 est déjà périmé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No stock recorded.</source>
        <translation>Aucun stock enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discarded %1 syringe(s) of lot %2.</source>
        <translation>%1 seringue(s) du lot %2 éliminée(s).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Out of the fridge: use within the allowed time at up to 25 °C, and do not put it back.</source>
        <translation>Hors du réfrigérateur : à utiliser dans le délai permis, à 25 °C maximum, et ne pas la remettre au réfrigérateur.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 usable syringe(s) in stock.</source>
        <translation>%1 seringue(s) utilisable(s) en stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1 a day they last %2 days, until %3.</source>
        <translation>À raison de %1 par jour, elles durent %2 jours, jusqu&apos;au %3.</translation>
    </message>
</context>
<context>
    <name>StockForecaster</name>
    <message>
        <location filename="../core/stock/StockForecast.cpp" line="+62"/>
        <source>Lot %1 expired on %2: %3 syringe(s) to discard.</source>
        <translation>Le lot %1 est périmé depuis le %2 : %3 seringue(s) à éliminer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 syringe(s) of lot %2 have been out of the fridge more than %3 hours: do not use them, discard them.</source>
        <translation>%1 seringue(s) du lot %2 sont hors du réfrigérateur depuis plus de %3 heures : ne les utilisez pas, éliminez-les.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot %1 expires on %2.</source>
        <translation>Le lot %1 se périme le %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lot %1 expires on %2, before it can be used up: about %3 syringe(s) will be left over.</source>
        <translation>Le lot %1 se périme le %2, avant d&apos;être épuisé : il restera environ %3 seringue(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No usable syringes are in stock.</source>
        <translation>Aucune seringue utilisable n&apos;est en stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syringes for about %1 day(s) left; reorder now.</source>
        <translation>Il reste des seringues pour environ %1 jour(s) ; commandez-en maintenant.</translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <location filename="../core/stock/StockRules.cpp" line="+18"/>
        <source>Expired</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudy, discoloured or with particles</source>
        <translation>Trouble, décolorée ou avec des particules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen</source>
        <translation>Congelée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped or damaged</source>
        <translation>Tombée ou endommagée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long at room temperature</source>
        <translation>Trop longtemps à température ambiante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lot number must have 1 to 60 characters (it is printed on the carton and the syringe).</source>
        <translation>Le numéro de lot doit avoir de 1 à 60 caractères (il est imprimé sur la boîte et sur la seringue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count %1 is out of range; it must be from 1 to %2 syringes.</source>
        <translation>Le nombre %1 est hors limites ; il doit être de 1 à %2 seringues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expiry and received dates are needed.</source>
        <translation>Les dates de péremption et de réception sont nécessaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The received date %1 is in the future.</source>
        <translation>La date de réception %1 est dans le futur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry date %1 is before the received date %2; check the carton.</source>
        <translation>La date de péremption %1 est antérieure à la date de réception %2 ; vérifiez la boîte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown reason &quot;%1&quot;; use one of: %2.</source>
        <translation>Motif inconnu « %1 » ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot discard %1 syringes of lot %2: %3 remain.</source>
        <translation>Impossible d&apos;éliminer %1 seringues du lot %2 : il en reste %3.</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/stock/StockService.cpp" line="+42"/>
        <source>There is no lot &quot;%1&quot; in stock; &quot;stock list&quot; shows the lots.</source>
        <translation>Il n&apos;y a pas de lot « %1 » en stock ; « stock list » affiche les lots.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lot %1 is already in stock with the expiry date %2, not %3; check the carton.</source>
        <translation>Le lot %1 est déjà en stock avec la date de péremption %2, pas %3 ; vérifiez la boîte.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot take %1 syringes of lot %2 out of the fridge: %3 are in it.</source>
        <translation>Impossible de sortir %1 seringues du lot %2 du réfrigérateur : il y en a %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time %1 is in the future.</source>
        <translation>L&apos;heure %1 est dans le futur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change lot %1 by %2: %3 remain.</source>
        <translation>Impossible de modifier le lot %1 de %2 : il en reste %3.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Out of the fridge too long; discarded when an injection was logged.</source>
        <translation>Trop longtemps hors du réfrigérateur ; éliminée lors de l&apos;enregistrement d&apos;une injection.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no lot &quot;%1&quot; in stock; receive it first or leave the lot out.</source>
        <translation>Il n&apos;y a pas de lot « %1 » en stock ; enregistrez d&apos;abord sa réception ou n&apos;indiquez pas de lot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lot %1 expired on %2. Do not use an expired syringe.</source>
        <translation>Le lot %1 est périmé depuis le %2. N&apos;utilisez pas une seringue périmée.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No usable syringe is recorded in stock; the injection is logged without one. Receive stock to keep count.</source>
        <translation>Aucune seringue utilisable n&apos;est enregistrée en stock ; l&apos;injection est enregistrée sans seringue. Enregistrez des réceptions pour tenir le compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of the %2 syringes needed were in stock.</source>
        <translation>Seules %1 des %2 seringues nécessaires étaient en stock.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n syringe(s) used for this injection had been out of the fridge longer than %1 hours. Tell your pharmacist or doctor; discard any others out that long.</source>
        <translation>
            <numerusform>%n seringue utilisée pour cette injection était restée hors du réfrigérateur plus de %1 heures. Prévenez votre pharmacien ou votre médecin ; éliminez toutes les autres restées dehors aussi longtemps.</numerusform>
            <numerusform>%n seringues utilisées pour cette injection étaient restées hors du réfrigérateur plus de %1 heures. Prévenez votre pharmacien ou votre médecin ; éliminez toutes les autres restées dehors aussi longtemps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n syringe(s) have been out of the fridge longer than %1 hours: do not inject them, discard them. This injection was counted from another syringe.</source>
        <translation>
            <numerusform>%n seringue est hors du réfrigérateur depuis plus de %1 heures : ne l&apos;injectez pas, éliminez-la. Cette injection a été décomptée d&apos;une autre seringue.</numerusform>
            <numerusform>%n seringues sont hors du réfrigérateur depuis plus de %1 heures : ne les injectez pas, éliminez-les. Cette injection a été décomptée d&apos;une autre seringue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n syringe(s) of this injection are no longer in stock.</source>
        <translation>
            <numerusform>%n seringue de cette injection n&apos;est plus en stock.</numerusform>
            <numerusform>%n seringues de cette injection ne sont plus en stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOutOfFridgeCommand</name>
    <message>
        <location filename="../ui/stock/StockCommands.cpp" line="+26"/>
        <source>Take %1 syringes of lot %2 out of the fridge</source>
        <translation>Sortir %1 seringues du lot %2 du réfrigérateur</translation>
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
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) old</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCommands</name>
    <message>
        <location filename="../app/cli/TodayCommands.cpp" line="-31"/>
        <source>Today for %1:</source>
        <translation>Aujourd&apos;hui pour %1 :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET MEDICAL HELP NOW: %1</source>
        <translation>OBTENEZ IMMÉDIATEMENT UNE AIDE MÉDICALE : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose: %1 mg (%2 mL).</source>
        <translation>Dose : %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested site: %1.</source>
        <translation>Point d&apos;injection suggéré : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(red flag open: get medical help now)</source>
        <translation>(signe d&apos;alerte ouvert : obtenez immédiatement une aide médicale)</translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <location filename="../core/today/TodaySummary.cpp" line="+46"/>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute(s) apart. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>
            <numerusform>Double dose : %1 mg à %2%3 et %4 mg à %5%6, à %n minute d’intervalle. Demandez conseil au médecin ou au pharmacien avant la prochaine dose.</numerusform>
            <numerusform>Double dose : %1 mg à %2%3 et %4 mg à %5%6, à %n minutes d’intervalle. Demandez conseil au médecin ou au pharmacien avant la prochaine dose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A neutrophil blood count was due on %1.</source>
        <translation>Une numération des neutrophiles était prévue le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neutrophil blood count is due on %1.</source>
        <translation>Une numération des neutrophiles est prévue le %1.</translation>
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
        <translation>Désactivée pour ce patient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last used: %1</source>
        <translation>Dernière utilisation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) here</source>
        <translation>
            <numerusform>%n injection ici</numerusform>
            <numerusform>%n injections ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open reaction: %1</source>
        <translation>Réaction en cours : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested next site</source>
        <translation>Prochain point d&apos;injection suggéré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never used</source>
        <translation>jamais utilisée</translation>
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
        <translation>réaction en cours : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suggested next</source>
        <translation>suggérée ensuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selected</source>
        <translation>sélectionnée</translation>
    </message>
</context>
<context>
    <name>ZoneViewBuilder</name>
    <message>
        <location filename="../ui/sites/ZoneViewBuilder.cpp" line="+45"/>
        <source>today (%1)</source>
        <translation>aujourd&apos;hui (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago (%1)</source>
        <translation>
            <numerusform>il y a %n jour (%1)</numerusform>
            <numerusform>il y a %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) depuis le %3</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../core/sites/Zones.cpp" line="+26"/>
        <source>Abdomen, upper left</source>
        <translation>Abdomen, en haut à gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, upper right</source>
        <translation>Abdomen, en haut à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower left</source>
        <translation>Abdomen, en bas à gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abdomen, lower right</source>
        <translation>Abdomen, en bas à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, upper</source>
        <translation>Cuisse gauche, haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left thigh, lower</source>
        <translation>Cuisse gauche, bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, upper</source>
        <translation>Cuisse droite, haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right thigh, lower</source>
        <translation>Cuisse droite, bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left arm (back)</source>
        <translation>Bras gauche (arrière)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right arm (back)</source>
        <translation>Bras droit (arrière)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left buttock (upper outer)</source>
        <translation>Fesse gauche (quadrant supéro-externe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right buttock (upper outer)</source>
        <translation>Fesse droite (quadrant supéro-externe)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+48"/>
        <source>A private diary for daily injections.</source>
        <translation>Un journal privé pour les injections quotidiennes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file PATH.</source>
        <translation>Ouvrir le fichier de base de données CHEMIN.</translation>
    </message>
</context>
<context>
    <name>shotbook</name>
    <message>
        <location filename="../core/patients/PatientInvariants.cpp" line="+15"/>
        <source>a patient without a name</source>
        <translation>un patient sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient whose birth date is not a date</source>
        <translation>un patient dont la date de naissance n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weight outside %1–%2 kg</source>
        <translation>un poids en dehors de %1–%2 kg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a weight whose date is not a date</source>
        <translation>un poids dont la date n&apos;est pas une date</translation>
    </message>
</context>
<context>
    <name>shotbook::Database</name>
    <message>
        <location filename="../core/storage/ChangeListener.cpp" line="+33"/>
        <source>The database driver cannot tell about changes made elsewhere; the window will not update by itself.</source>
        <translation>Le pilote de base de données ne signale pas les modifications faites ailleurs ; la fenêtre ne se mettra pas à jour d&apos;elle-même.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot listen for changes on %1; the window will not update by itself.</source>
        <translation>Impossible de suivre les modifications de %1 ; la fenêtre ne se mettra pas à jour d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerSnapshot.cpp" line="+88"/>
        <source>The copy of %1 has a record in table %2 that refers to a missing one; nothing was written.</source>
        <translation>La copie de %1 contient dans la table %2 une ligne qui renvoie à une ligne absente ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionImport</name>
    <message>
        <location filename="../core/exchange/InjectionImport.cpp" line="-233"/>
        <source>this row is for &quot;%1&quot;; the import is for &quot;%2&quot; (--patient). Import the rows of each patient separately.</source>
        <translation>cette ligne concerne « %1 » ; l&apos;import concerne « %2 » (--patient). Importez séparément les lignes de chaque patient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no patient named; name the patient in the patient column or with --patient</source>
        <translation>aucun patient désigné ; indiquez le patient dans la colonne patient ou avec --patient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no patient &quot;%1&quot;; add the patient first, or import into one with --patient</source>
        <translation>il n&apos;y a pas de patient « %1 » ; ajoutez d&apos;abord le patient, ou importez vers un patient avec --patient</translation>
    </message>
</context>
<context>
    <name>shotbook::InjectionRepository</name>
    <message>
        <location filename="../core/injections/InjectionRepository.cpp" line="+110"/>
        <location line="+26"/>
        <source>There is no injection with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;injection avec l&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::StockInvariants</name>
    <message>
        <location filename="../core/stock/StockInvariants.cpp" line="+10"/>
        <source>a lot whose remaining count is not received − used − discarded ± adjusted</source>
        <translation>un lot dont le reste n&apos;est pas reçu − utilisé − éliminé ± corrigé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a lot with more syringes out of the fridge than remain</source>
        <translation>un lot avec plus de seringues hors du réfrigérateur qu&apos;il n&apos;en reste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an injection whose lot is not the one its syringes came from</source>
        <translation>une injection dont le lot n&apos;est pas celui d&apos;où viennent ses seringues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a stock movement whose count does not fit its kind (received adds, used and discarded take away, only a use belongs to an injection)</source>
        <translation>un mouvement de stock dont la quantité ne correspond pas à son type (une réception ajoute, une utilisation ou une mise au rebut retire, seule une utilisation est liée à une injection)</translation>
    </message>
</context>
<context>
    <name>shotbook::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+34"/>
        <source>the database file</source>
        <translation>le fichier de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take this as the current time</source>
        <translation>prendre cette heure comme heure actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown option --%1 for &quot;%2&quot;</source>
        <translation>option inconnue --%1 pour « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 takes no value</source>
        <translation>l&apos;option --%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --%1 needs a value (%2)</source>
        <translation>l&apos;option --%1 demande une valeur (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 is given twice</source>
        <translation>l&apos;option --%1 est donnée deux fois</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete command &quot;%1&quot;</source>
        <translation>commande incomplète « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation>« %1 » demande --%2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation>« %1 » demande %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>argument inattendu « %1 » pour « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]</source>
        <translation>Utilisation : shotbook-cli [--db CHEMIN] [--now DATEHEURE] [--json] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exit status: 0 done, 2 usage error, 3 rejected input (nothing written), 4 database or file error, 1 anything else.</source>
        <translation>Code de sortie : 0 terminé, 2 erreur d&apos;utilisation, 3 saisie refusée (rien n&apos;est écrit), 4 erreur de base de données ou de fichier, 1 autre erreur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (&quot;shotbook-cli --help&quot; lists the commands)</source>
        <translation>%1 (« shotbook-cli --help » liste les commandes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--now: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as +01:00.</source>
        <translation>--now : « %1 » n&apos;est pas une heure ; écrivez-la AAAA-MM-JJTHH:MM[:SS], éventuellement avec Z ou un décalage comme +01:00.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>About Shotbook</source>
        <translation>À propos de Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;A private, offline diary for people on daily subcutaneous injections, built first for anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook records what your doctor prescribed and what was injected. It is not medical advice: ask your doctor or pharmacist about your dose and any side effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3. Shotbook never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Shotbook %1&lt;/h2&gt;&lt;p&gt;Un journal privé, hors ligne, pour les personnes sous injections sous-cutanées quotidiennes, conçu d&apos;abord pour l&apos;anakinra (Kineret).&lt;/p&gt;&lt;p&gt;Shotbook enregistre ce que votre médecin a prescrit et ce qui a été injecté. Ce n&apos;est pas un avis médical : interrogez votre médecin ou votre pharmacien sur votre dose et sur tout effet indésirable.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;&lt;p&gt;Construit avec Qt %3. Shotbook ne se connecte jamais à un réseau.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ActivityChart</name>
    <message>
        <location filename="../ui/charts/ActivityChart.cpp" line="+31"/>
        <source>Disease activity chart</source>
        <translation>Graphique de l&apos;activité de la maladie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Auto-Inflammatory Diseases Activity Index per month; 9 or more means active disease. The table view lists the same scores.</source>
        <translation>L&apos;indice d&apos;activité des maladies auto-inflammatoires (AIDAI) par mois ; 9 ou plus signifie une maladie active. La vue en tableau donne les mêmes scores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain, patient global assessment and morning stiffness over time. The table view lists the same values.</source>
        <translation>Douleur, évaluation globale du patient et raideur matinale au fil du temps. La vue en tableau donne les mêmes valeurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disease activity: AIDAI per month</source>
        <translation>Activité de la maladie : AIDAI par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disease activity: pain, patient global, morning stiffness</source>
        <translation>Activité de la maladie : douleur, évaluation globale, raideur matinale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AIDAI: days × symptoms in the month</source>
        <translation>AIDAI : jours × symptômes dans le mois</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: AIDAI %2 (%3)</source>
        <translation>%1 : AIDAI %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active disease</source>
        <translation>maladie active</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>below 9 with days missing</source>
        <translation>sous 9 avec des jours manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary filled in on %1 of %2 days</source>
        <translation>Journal rempli %1 jours sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below 9: inactive</source>
        <translation>Sous 9 : inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9 or more: active disease</source>
        <translation>9 ou plus : maladie active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below 9, days missing in the diary</source>
        <translation>Sous 9, jours manquants dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated cut-off: 9</source>
        <translation>Seuil validé : 9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score 0–10</source>
        <translation>score 0–10</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>morning stiffness, minutes</source>
        <translation>raideur matinale, minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weekly mean)</source>
        <translation> (moyenne hebdomadaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (monthly mean)</source>
        <translation> (moyenne mensuelle)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2
%3</source>
        <translation>%1 : %2
%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen change</source>
        <translation>Changement de posologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimen from %1: %2</source>
        <translation>Posologie à partir du %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AIDAI</source>
        <translation>AIDAI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days filled in</source>
        <translation>Jours remplis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no diary</source>
        <translation>pas de journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 9, days missing</source>
        <translation>sous 9, jours manquants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/patients/AddPatientDialog.cpp" line="+23"/>
        <source>Add Patient</source>
        <translation>Ajouter un patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::AdherenceChart</name>
    <message>
        <location filename="../ui/charts/AdherenceChart.cpp" line="+28"/>
        <source>Adherence chart</source>
        <translation>Graphique de l&apos;observance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of due doses taken per week or month, and the current streak. The table view lists the same numbers.</source>
        <translation>La part des doses prévues qui ont été prises par semaine ou par mois, et la série en cours. La vue en tableau donne les mêmes chiffres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 due doses taken (%3 %)</source>
        <translation>%1 doses prévues prises sur %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no dose due yet</source>
        <translation>aucune dose encore prévue</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Adherence %1 — %2; streak: %n day(s) in a row complete</source>
        <translation>
            <numerusform>Observance %1 — %2 ; série : %n jour complet d&apos;affilée</numerusform>
            <numerusform>Observance %1 — %2 ; série : %n jours complets d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>doses taken, % (from %1 %)</source>
        <translation>doses prises, % (à partir de %1 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doses taken, %</source>
        <translation>doses prises, %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 – %2: %3 of %4 doses (%5 %), %6 missed</source>
        <translation>%1 – %2 : %3 doses sur %4 (%5 %), %6 oubliées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>90 % or more</source>
        <translation>90 % ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>75 to 90 %</source>
        <translation>75 à 90 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 75 %</source>
        <translation>moins de 75 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Oubliées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken, %</source>
        <translation>Prises, %</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BackupsDialog</name>
    <message>
        <location filename="../ui/backups/BackupsDialog.cpp" line="+30"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a restore</source>
        <translation>Remplacée par une restauration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backups of %1 are kept in %2.</source>
        <translation>Les sauvegardes de %1 sont conservées dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Backup Now</source>
        <translation>&amp;Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;File…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Make Backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from File</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Shotbook (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Replace everything in %1 with the backup %2 (%3)? Whatever was recorded since that backup is no longer shown. The current file is kept as %4, and can be restored from this list.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde %2 (%3) ? Ce qui a été enregistré depuis cette sauvegarde ne sera plus affiché. Le fichier actuel est conservé sous %4 et peut être restauré depuis cette liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapView</name>
    <message>
        <location filename="../ui/sites/BodyMapView.cpp" line="+38"/>
        <source>&amp;Use this zone</source>
        <translation>&amp;Utiliser cette zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Cleared</source>
        <translation>Marquer comme &amp;disparue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arms and buttocks are usually injected by someone else; switch off the zones that are not used.</source>
        <translation>Les bras et les fesses sont généralement piqués par une autre personne ; désactivez les zones qui ne sont pas utilisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Site reactions</source>
        <translation>Réactions au point d&apos;injection</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No site reactions recorded.</source>
        <translation>Aucune réaction au point d&apos;injection enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest period</source>
        <translation>Période de repos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next site</source>
        <translation>Prochain point d&apos;injection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record Reaction…</source>
        <translation>&amp;Enregistrer une réaction…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let a zone &amp;rest:</source>
        <translation>Laisser une zone au &amp;repos :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rest Period</source>
        <translation>Période de repos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No patient yet.</source>
        <translation>Pas encore de patient.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never used yet</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone can be suggested: every zone is switched off or has a site reaction that has not cleared.</source>
        <translation>Aucune zone ne peut être suggérée : toutes les zones sont désactivées ou présentent une réaction au point d&apos;injection qui n&apos;a pas disparu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2, %3, since %4</source>
        <translation>%1 — %2, %3, depuis le %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3, %4 to %5 (cleared)</source>
        <translation>%1 — %2, %3, du %4 au %5 (disparue)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a zone on the map.</source>
        <translation>Choisissez une zone sur la carte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last used: %1</source>
        <translation>Dernière utilisation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections here: %1</source>
        <translation>Injections ici : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site Reaction</source>
        <translation>Réaction au point d&apos;injection</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::BodyMapWidget</name>
    <message>
        <location filename="../ui/sites/BodyMapWidget.cpp" line="+35"/>
        <location line="+168"/>
        <source>Body map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injection zones on the front and back of the body; left and right are the patient&apos;s own. Tab or the arrow keys move between zones, Enter picks one.</source>
        <translation>Zones d&apos;injection sur le devant et le dos du corps ; la gauche et la droite sont celles du patient. Tab ou les flèches passent d&apos;une zone à l&apos;autre, Entrée en choisit une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: %1.</source>
        <translation>Sélection : %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Save the chart as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Enregistrez le graphique en .png ou .svg, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/ChartsView.cpp" line="+58"/>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 a&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>T&amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From…</source>
        <translation>&amp;Du…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts from</source>
        <translation>Graphiques du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts to</source>
        <translation>Graphiques au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence per week or per month</source>
        <translation>Observance par semaine ou par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across a chart to zoom in; the wheel zooms, Shift+drag or the middle button pans, a right click shows everything again.</source>
        <translation>Faites glisser sur un graphique pour zoomer ; la molette zoome, Maj+glisser ou le bouton du milieu déplace, un clic droit affiche tout à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Image…</source>
        <translation>&amp;Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary measures shown</source>
        <translation>Mesures du journal affichées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ymptoms</source>
        <translation>S&amp;ymptômes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disease activity</source>
        <translation>&amp;Activité de la maladie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and &amp;weight</source>
        <translation>Dose et &amp;poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;tes</source>
        <translation>Points d&apos;in&amp;jection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;herence</source>
        <translation>O&amp;bservance</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No patient yet: add one to see charts.</source>
        <translation>Pas encore de patient : ajoutez-en un pour voir les graphiques.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Du %1 au %2 (%n jour)</numerusform>
            <numerusform>Du %1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="+25"/>
        <source>Connect to a Shared Record</source>
        <translation>Se connecter à un dossier partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server.home, or a socket folder such as /var/run/postgresql</source>
        <translation>server.home, ou un dossier de socket comme /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your own login, e.g. mother</source>
        <translation>votre propre identifiant, par exemple maman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry of ~/.pg_service.conf (instead of the above)</source>
        <translation>une entrée de ~/.pg_service.conf (au lieu de ce qui précède)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One record shared by a household or a care team on a PostgreSQL server. Each caregiver signs in as their own user; the password is never stored by Shotbook: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) or the service file.</source>
        <translation>Un dossier partagé par un foyer ou une équipe soignante sur un serveur PostgreSQL. Chaque aidant se connecte avec son propre utilisateur ; Shotbook n&apos;enregistre jamais le mot de passe : mettez-le dans ~/.pgpass (HÔTE:PORT:BASE:UTILISATEUR:MOT_DE_PASSE, mode 0600) ou dans le fichier de services.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service name:</source>
        <translation>Nom du &amp;service :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the database, or a service.</source>
        <translation>Indiquez la base de données ou un service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shotbook opens %1</source>
        <translation>Shotbook ouvre %1</translation>
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
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiaryView</name>
    <message>
        <location filename="../ui/diary/DiaryView.cpp" line="+61"/>
        <source>Diary calendar</source>
        <translation>Calendrier du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Day</source>
        <translation>&amp;Enregistrer le jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Side Effect…</source>
        <translation>Enregistrer un &amp;effet indésirable…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No side effects recorded — Record Side Effect… when one starts.</source>
        <translation>Aucun effet indésirable enregistré — Enregistrer un effet indésirable… quand il apparaît.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gone Today</source>
        <translation>&amp;Disparu aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;effects</source>
        <translation>E&amp;ffets indésirables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Infection…</source>
        <translation>Enregistrer une &amp;infection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infections recorded — Record Infection… when one starts, and tell the doctor.</source>
        <translation>Aucune infection enregistrée — Enregistrer une infection… quand elle apparaît, et prévenez le médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ended Today</source>
        <translation>&amp;Terminée aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infections</source>
        <translation>I&amp;nfections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Blood Test…</source>
        <translation>Enregistrer une &amp;analyse de sang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood tests recorded — Record Blood Test… after each neutrophil count.</source>
        <translation>Aucune analyse de sang enregistrée — Enregistrer une analyse de sang… après chaque numération des neutrophiles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blood tests</source>
        <translation>Analyses de &amp;sang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Medicine…</source>
        <translation>Enregistrer un &amp;médicament…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other medicines recorded — Record Medicine… for each other medicine or vaccine.</source>
        <translation>Aucun autre médicament enregistré — Enregistrer un médicament… pour chaque autre médicament ou vaccin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stopped Today</source>
        <translation>A&amp;rrêté aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other medicines</source>
        <translation>Autres médicament&amp;s</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, depuis le %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, gone %1</source>
        <translation>, disparu le %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — from %2%3%4</source>
        <translation>%1 — du %2%3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source> to %1</source>
        <translation> au %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source> (doctor told)</source>
        <translation> (médecin prévenu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (doctor not told)</source>
        <translation> (médecin non prévenu)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;A neutrophil count was due on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Une numération des neutrophiles était prévue le %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next neutrophil count due on %1.</source>
        <translation>Prochaine numération des neutrophiles prévue le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No neutrophil count is due.</source>
        <translation>Aucune numération des neutrophiles n&apos;est prévue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — from %2%3</source>
        <translation>%1 — du %2%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose an entry in the list first.</source>
        <translation>Choisissez d&apos;abord une entrée dans la liste.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please Note</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DiscardStockDialog</name>
    <message>
        <location filename="../ui/stock/DiscardStockDialog.cpp" line="+32"/>
        <source>Discard Syringes</source>
        <translation>Éliminer des seringues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 restantes)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use a syringe that is cloudy, discoloured or has particles in it, that was frozen, dropped or damaged, or that was out of the fridge too long.</source>
        <translation>N&apos;utilisez jamais une seringue dont le contenu est trouble, décoloré ou contient des particules, qui a été congelée, est tombée ou est endommagée, ou qui est restée trop longtemps hors du réfrigérateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard</source>
        <translation>Élimin&amp;er</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::DoseWeightChart</name>
    <message>
        <location filename="../ui/charts/DoseWeightChart.cpp" line="+71"/>
        <source>Dose and weight chart</source>
        <translation>Graphique de la dose et du poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose in mg per day and in mg per kg per day, with the labelled maximum of 8 mg/kg/day, beside the weights. The table view lists the same values.</source>
        <translation>La dose en mg par jour et en mg par kg par jour, avec le maximum de 8 mg/kg/jour indiqué dans la notice, à côté des poids. La vue en tableau donne les mêmes valeurs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dose and weight</source>
        <translation>Dose et poids</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <source>mg/day</source>
        <translation>mg/jour</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+21"/>
        <location line="+36"/>
        <source>mg/kg/day</source>
        <translation>mg/kg/jour</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>weight, lb</source>
        <translation>poids, lb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight, kg</source>
        <translation>poids, kg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mg/day (as measured)</source>
        <translation>mg/jour (tel que mesuré)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 mg/day
from %2</source>
        <translation>%1 mg/jour
à partir du %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 mg/kg/day
from %2</source>
        <translation>%1 mg/kg/jour
à partir du %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label maximum: 8 mg/kg/day</source>
        <translation>Maximum de la notice : 8 mg/kg/jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Weight (lb)</source>
        <translation>Poids (lb)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1
weighed %2</source>
        <translation>%1
pesé le %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/exchange/ExchangeActions.cpp" line="+29"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export the record of which patients?</source>
        <translation>Exporter le dossier de quels patients ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this patient</source>
        <translation>Seulement ce patient</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n patients</source>
        <translation>
            <numerusform>Tous les %n patients</numerusform>
            <numerusform>Tous les %n patients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV: Choose a Folder</source>
        <translation>Exporter en CSV : choisir un dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier CSV écrit dans %1.</numerusform>
            <numerusform>%n fichiers CSV écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Export FHIR</source>
        <translation>Exporter en FHIR</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>Fichiers JSON FHIR (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote a FHIR R4 bundle of %n resource(s) to %1.</source>
        <translation>
            <numerusform>Bundle FHIR R4 de %n ressource écrit dans %1.</numerusform>
            <numerusform>Bundle FHIR R4 de %n ressources écrit dans %1.</numerusform>
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
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>There is nothing new to import: %n row(s) are already in %1&apos;s log.</source>
        <translation>
            <numerusform>Rien de nouveau à importer : %n ligne est déjà dans l&apos;historique de %1.</numerusform>
            <numerusform>Rien de nouveau à importer : %n lignes sont déjà dans l&apos;historique de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import %n injection(s) into %1&apos;s log?</source>
        <translation>
            <numerusform>Importer %n injection dans l&apos;historique de %1 ?</numerusform>
            <numerusform>Importer %n injections dans l&apos;historique de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are already in the log and are left out.</source>
        <translation>
            <numerusform>%n ligne est déjà dans l&apos;historique et est laissée de côté.</numerusform>
            <numerusform>%n lignes sont déjà dans l&apos;historique et sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are recorded as history: no syringes are taken from stock.</source>
        <translation>Elles sont enregistrées comme historique : aucune seringue n&apos;est retirée du stock.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n injection(s) into %1&apos;s log (Edit ▸ Undo takes them out again).</source>
        <translation>
            <numerusform>%n injection importée dans l&apos;historique de %1 (Édition ▸ Annuler la retire).</numerusform>
            <numerusform>%n injections importées dans l&apos;historique de %1 (Édition ▸ Annuler les retire).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunIndicationPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunIndicationPage.cpp" line="+19"/>
        <source>What is it for?</source>
        <translation>Pour quelle indication ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The condition your doctor prescribed anakinra (Kineret) for. Shotbook uses it to check the dose against the label.</source>
        <translation>La maladie pour laquelle votre médecin a prescrit l&apos;anakinra (Kineret). Shotbook s&apos;en sert pour comparer la dose à la notice.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunPatientPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunPatientPage.cpp" line="+19"/>
        <source>Who are the injections for?</source>
        <translation>Pour qui sont les injections ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can add more people later, for example a second child.</source>
        <translation>Vous pourrez ajouter d&apos;autres personnes plus tard, par exemple un deuxième enfant.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunRegimenPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunRegimenPage.cpp" line="+28"/>
        <source>The regimen</source>
        <translation>La posologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the dose exactly as your doctor prescribed it. Shotbook does the arithmetic and warns about anything outside the labelled ranges; it never chooses a dose.</source>
        <translation>Saisissez la dose exactement comme votre médecin l&apos;a prescrite. Shotbook fait les calculs et vous avertit de tout ce qui sort des plages de la notice ; il ne choisit jamais une dose.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight today</source>
        <translation>Poids aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh again as the doctor advises.</source>
        <translation>Une dose selon le poids suit le dernier poids : pesez à nouveau comme le médecin le conseille.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;eight today:</source>
        <translation>&amp;Poids aujourd&apos;hui :</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStep</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStep.cpp" line="+17"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunStockPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunStockPage.cpp" line="+19"/>
        <source>Your syringes</source>
        <translation>Vos seringues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack you have now, so that Shotbook can tell you when to order more and which lot to use first.</source>
        <translation>La boîte que vous avez maintenant, pour que Shotbook puisse vous dire quand en recommander et quel lot utiliser en premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Conservez les seringues au réfrigérateur (entre 2 °C et 8 °C) dans leur emballage extérieur, à l&apos;abri de la lumière. Ne pas congeler ni secouer.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunSummaryPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunSummaryPage.cpp" line="+25"/>
        <source>Ready to start</source>
        <translation>Prêt à commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what Shotbook will record. Go back to change anything; you can also change it all later.</source>
        <translation>Vérifiez ce que Shotbook va enregistrer. Revenez en arrière pour modifier quoi que ce soit ; vous pourrez aussi tout modifier plus tard.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mg/kg/day at %2</source>
        <translation>%1 mg/kg/jour pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n injection(s) a day at %2, from %3</source>
        <translation>
            <numerusform>%1, %n injection par jour à %2, à partir du %3</numerusform>
            <numerusform>%1, %n injections par jour à %2, à partir du %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, un jour sur deux</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, pendant %n jour</numerusform>
            <numerusform>, pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each injection: &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</source>
        <translation>Chaque injection : &lt;b&gt;%1 mg · %2 mL&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>born %1 (%2)</source>
        <translation>né(e) le %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given.</source>
        <translation>Non indiqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regimen</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: Today will ask you to set it (Set Regimen…).</source>
        <translation>Pas encore définie : Aujourd&apos;hui vous demandera de la définir (Définir la posologie…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injected by</source>
        <translation>Injecté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given: every zone is in use (Body Map switches zones off).</source>
        <translation>Non indiqué : toutes les zones sont utilisées (la Carte du corps permet d&apos;en désactiver).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient: the back of the arms and the buttocks are switched off.</source>
        <translation>Le patient lui-même : l&apos;arrière des bras et les fesses sont désactivés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else: every zone is in use.</source>
        <translation>Une autre personne : toutes les zones sont utilisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syringes</source>
        <translation>Seringues</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n syringe(s) of lot %1, expiring %2</source>
        <translation>
            <numerusform>%n seringue du lot %1, péremption %2</numerusform>
            <numerusform>%n seringues du lot %1, péremption %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: add them later in Stock (Receive…).</source>
        <translation>Aucune pour l&apos;instant : ajoutez-les plus tard dans Stock (Réception…).</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
        <location line="+12"/>
        <source>Welcome to Shotbook</source>
        <translation>Bienvenue dans Shotbook</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this out for now; you can set it later.</source>
        <translation>Laisser cela de côté pour l&apos;instant ; vous pourrez le définir plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private diary for daily injections.</source>
        <translation>Un journal privé pour les injections quotidiennes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Shotbook keeps a record of each injection, tells you which site is next, watches your syringe stock and keeps a diary of symptoms and side effects.&lt;/p&gt;&lt;p&gt;It never decides a dose: it records the regimen your doctor prescribed, does the arithmetic and warns you about anything outside the labelled ranges.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in &lt;b&gt;%1&lt;/b&gt;. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The next pages ask for the patient, the regimen and your syringes. Skip what you do not have at hand: you can add it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shotbook garde une trace de chaque injection, vous indique le prochain point d&apos;injection, surveille votre stock de seringues et tient un journal des symptômes et des effets indésirables.&lt;/p&gt;&lt;p&gt;Il ne décide jamais d&apos;une dose : il enregistre la posologie prescrite par votre médecin, fait les calculs et vous avertit de tout ce qui sort des plages de la notice.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur, dans &lt;b&gt;%1&lt;/b&gt;. Rien n&apos;est envoyé nulle part.&lt;/p&gt;&lt;p&gt;Les pages suivantes demandent le patient, la posologie et vos seringues. Passez ce que vous n&apos;avez pas sous la main : vous pourrez l&apos;ajouter plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplore with Sample Data</source>
        <translation>E&amp;xplorer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate database with two made-up patients and two years of injections, stock and diary, to try Shotbook on. This database stays empty.</source>
        <translation>Ouvre une base de données séparée avec deux patients fictifs et deux ans d&apos;injections, de stock et de journal, pour essayer Shotbook. La base de données actuelle reste vide.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Explore with Sample Data</source>
        <translation>Explorer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be written to %1: %2</source>
        <translation>Les données d&apos;exemple n&apos;ont pas pu être écrites dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::FirstRunZonesPage</name>
    <message>
        <location filename="../ui/firstrun/FirstRunZonesPage.cpp" line="+21"/>
        <source>The patient, to themselves: abdomen and thighs</source>
        <translation>Le patient lui-même : abdomen et cuisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else (a parent, partner or nurse): also the back of the arms and the buttocks</source>
        <translation>Une autre personne (parent, conjoint ou infirmier) : aussi l&apos;arrière des bras et les fesses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who gives the injections?</source>
        <translation>Qui fait les injections ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shotbook suggests the next site from the zones in use.</source>
        <translation>Shotbook suggère le prochain point d&apos;injection parmi les zones utilisées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The back of the arms and the buttocks are hard to reach on oneself. You can switch any zone on or off later in Body Map.</source>
        <translation>L&apos;arrière des bras et les fesses sont difficiles à atteindre soi-même. Vous pourrez activer ou désactiver chaque zone plus tard dans la Carte du corps.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::HealthRecordDialog</name>
    <message>
        <location filename="../ui/diary/HealthRecordDialog.cpp" line="+65"/>
        <source>Record Side Effect</source>
        <translation>Enregistrer un effet indésirable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose from the list or describe it</source>
        <translation>Choisissez dans la liste ou décrivez-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone on:</source>
        <translation>Disparu le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Began on:</source>
        <translation>&amp;Début le :</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Get medical help now for signs of a severe allergic reaction, trouble breathing, swelling of the face, lips or throat, chest pain, or signs of a serious infection.</source>
        <translation>Obtenez immédiatement une aide médicale en cas de signes de réaction allergique grave, de difficultés à respirer, de gonflement du visage, des lèvres ou de la gorge, de douleur thoracique ou de signes d&apos;une infection grave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Infection</source>
        <translation>Enregistrer une infection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chest infection, urinary infection</source>
        <translation>par ex. infection pulmonaire, infection urinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor has been told</source>
        <translation>Le médecin a été prévenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation>Terminée le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infection:</source>
        <translation>&amp;Infection :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anakinra raises the risk of serious infections: tell your doctor about any infection.</source>
        <translation>L&apos;anakinra augmente le risque d&apos;infections graves : parlez de toute infection à votre médecin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Blood Test</source>
        <translation>Enregistrer une analyse de sang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test:</source>
        <translation>&amp;Analyse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taken on:</source>
        <translation>&amp;Prélevé le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils are checked before the start, monthly for 3 months, then every 3 months for a year.</source>
        <translation>Les neutrophiles sont contrôlés avant le début, tous les mois pendant 3 mois, puis tous les 3 mois pendant un an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Other Medicine or Vaccine</source>
        <translation>Enregistrer un autre médicament ou vaccin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic or brand name</source>
        <translation>Nom générique ou de marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped on:</source>
        <translation>Arrêté le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Commencé le :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your doctor about every other medicine. Anakinra is not used with TNF blockers, and live vaccines should not be given during treatment.</source>
        <translation>Parlez à votre médecin de tout autre médicament. L&apos;anakinra ne s&apos;utilise pas avec les anti-TNF, et les vaccins vivants ne doivent pas être administrés pendant le traitement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A Sign to Get Help Now?</source>
        <translation>Un signe qui demande une aide immédiate ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; may be one of the signs that need medical help now:

%2

Is it one of them? If it is, stop using anakinra and get medical help now.</source>
        <translation>« %1 » pourrait être l&apos;un des signes qui nécessitent une aide médicale immédiate :

%2

Est-ce l&apos;un d&apos;eux ? Si oui, arrêtez d&apos;utiliser l&apos;anakinra et obtenez immédiatement une aide médicale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yes, It Is One</source>
        <translation>&amp;Oui, c&apos;en est un</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go &amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ImportCommand</name>
    <message>
        <location filename="../ui/exchange/ImportCommand.cpp" line="+12"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::InjectionDialog</name>
    <message>
        <location filename="../ui/injections/InjectionDialog.cpp" line="+45"/>
        <source>Log Injection</source>
        <translation>Enregistrer une injection</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Injection</source>
        <translation>Modifier l&apos;injection</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date and time given</source>
        <translation>Date et heure de l&apos;injection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose in milligrams</source>
        <translation>Dose en milligrammes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a site…</source>
        <translation>Choisir un point d&apos;injection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection site</source>
        <translation>Point d&apos;injection</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site warnings</source>
        <translation>Avertissements sur le point d&apos;injection</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the syringe&apos;s label (optional)</source>
        <translation>D&apos;après l&apos;étiquette de la seringue (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>&amp;Point d&apos;injection :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Faite par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Log</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>= %1 mL</source>
        <translation>= %1 mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site where the injection was given.</source>
        <translation>Choisissez le point où l&apos;injection a été faite.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stop: Call Your Doctor</source>
        <translation>Stop : appelez votre médecin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log this injection only if a doctor said to go on with anakinra.</source>
        <translation>N&apos;enregistrez cette injection que si un médecin a dit de continuer l&apos;anakinra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Doctor Said to Go On</source>
        <translation>Un médecin a dit de continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second Dose?</source>
        <translation>Deuxième dose ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if a second dose really was given.</source>
        <translation>Ne l&apos;enregistrez quand même que si une deuxième dose a vraiment été faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Second Dose</source>
        <translation>Enregistrer la deuxième dose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too Soon After the Last Dose?</source>
        <translation>Trop tôt après la dernière dose ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if it really was given.</source>
        <translation>Ne l&apos;enregistrez quand même que si elle a vraiment été faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It Was Given: Log It</source>
        <translation>Elle a été faite : l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired Syringe?</source>
        <translation>Seringue périmée ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it anyway only if this syringe really was injected, and tell your doctor or pharmacist.</source>
        <translation>Ne l&apos;enregistrez quand même que si cette seringue a vraiment été injectée, et prévenez votre médecin ou votre pharmacien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Expired Syringe</source>
        <translation>Enregistrer la seringue périmée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared Record Unreachable</source>
        <translation>Dossier partagé injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared record cannot be reached, so Shotbook cannot check whether someone else already logged this dose. Keep this injection on this computer? It is sent as soon as the server is back, and a double dose is then shown to everyone.</source>
        <translation>Le dossier partagé est injoignable : Shotbook ne peut pas vérifier si quelqu’un d’autre a déjà noté cette dose. Conserver cette injection sur cet ordinateur ? Elle sera envoyée dès que le serveur sera de retour, et une double dose sera alors signalée à tous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It on This Computer</source>
        <translation>La conserver sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syringe Out of the Fridge Too Long</source>
        <translation>Seringue trop longtemps hors du réfrigérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A syringe has been out of the fridge longer than allowed. Do not inject it: discard it and use another one from the fridge.</source>
        <translation>Une seringue est restée hors du réfrigérateur plus longtemps que permis. Ne l&apos;injectez pas : éliminez-la et prenez-en une autre au réfrigérateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It and Use Another</source>
        <translation>L&apos;éliminer et en prendre une autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I Injected It: Log It</source>
        <translation>Je l&apos;ai injectée : l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check Before Logging</source>
        <translation>Vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogTableModel</name>
    <message>
        <location filename="../ui/injections/LogTableModel.cpp" line="+60"/>
        <source>extra dose</source>
        <translation>dose supplémentaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 early</source>
        <translation>%1 d&apos;avance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missed</source>
        <translation>oubliée</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Point d&apos;injection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LogView</name>
    <message>
        <location filename="../ui/injections/LogView.cpp" line="+32"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Injection log</source>
        <translation>Historique des injections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No injections in these dates — Log Injection… or Ctrl+L</source>
        <translation>Aucune injection à ces dates — Enregistrer une injection… ou Ctrl+L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Enregistrer une injection…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Injection</source>
        <translation>Modifier l&apos;injection</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete Injection</source>
        <translation>Supprimer l&apos;injection</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotForm</name>
    <message>
        <location filename="../ui/stock/LotForm.cpp" line="+25"/>
        <source>As printed on the carton, e.g. 1234567</source>
        <translation>Tel qu&apos;imprimé sur la boîte, par ex. 1234567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> syringes</source>
        <translation> seringues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack of %1</source>
        <translation>Boîte de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lot number:</source>
        <translation>Numéro de &amp;lot :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Péremption :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçues le :</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::LotTableModel</name>
    <message>
        <location filename="../ui/stock/LotTableModel.cpp" line="+65"/>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired: discard</source>
        <translation>périmé : à éliminer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>se périme dans %n jour</numerusform>
            <numerusform>se périme dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in date</source>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expires within the %n-day warning window.</source>
        <translation>
            <numerusform>Se périme dans le délai d&apos;avertissement de %n jour.</numerusform>
            <numerusform>Se périme dans le délai d&apos;avertissement de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired: discard these syringes.</source>
        <translation>Périmé : éliminez ces seringues.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expires within the %n-day warning window (Settings).</source>
        <translation>
            <numerusform>Se périme dans le délai d&apos;avertissement de %n jour (Paramètres).</numerusform>
            <numerusform>Se périme dans le délai d&apos;avertissement de %n jours (Paramètres).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of fridge</source>
        <translation>Hors du réfrigérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+74"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body Map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients &amp; Regimen</source>
        <translation>Patients et posologie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Shared Record…</source>
        <translation>Se connecter à un dossier &amp;partagé…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Dose &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier des doses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV Folder…</source>
        <translation>Dossier &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FHIR File…</source>
        <translation>Fichier &amp;FHIR…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Enregistrer une injection…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Set &amp;Regimen…</source>
        <translation>Définir la &amp;posologie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Patient…</source>
        <translation>&amp;Ajouter un patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Patient…</source>
        <translation>&amp;Renommer le patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move Patient…</source>
        <translation>&amp;Supprimer le patient…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shotbook</source>
        <translation>À &amp;propos de Shotbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+31"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Shotbook databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Shotbook (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shotbook databases (*.sqlite)</source>
        <translation>Bases de données Shotbook (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose a new name: Shotbook never overwrites a file.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom : Shotbook n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start Shotbook for %1.</source>
        <translation>Impossible de démarrer Shotbook pour %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Show Shotbook</source>
        <translation>&amp;Afficher Shotbook</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+8"/>
        <source>Export Dose Calendar</source>
        <translation>Exporter le calendrier des doses</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: import it into your calendar to be reminded of each dose.</source>
        <translation>%1 écrit : importez-le dans votre agenda pour être rappelé de chaque dose.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored. The replaced file is kept as %1.</source>
        <translation>Restauré. Le fichier remplacé est conservé sous %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shotbook is still running</source>
        <translation>Shotbook fonctionne toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will remind you of due doses. Use Quit in the tray menu to close it.</source>
        <translation>Il vous rappellera les doses prévues. Utilisez Quitter dans le menu de la zone de notification pour le fermer.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::OfflineBanner</name>
    <message>
        <location filename="../ui/shell/OfflineBanner.cpp" line="+31"/>
        <source>Connection to the shared record</source>
        <translation>Connexion au dossier partagé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Offline since %1:&lt;/b&gt; the shared record %2 cannot be reached (%3). What you see is what was last read. Injections you log are kept on this computer and sent when it is back; until then nobody else sees them.</source>
        <translation>&lt;b&gt;Hors ligne depuis %1 :&lt;/b&gt; le dossier partagé %2 est injoignable (%3). Ce qui est affiché est le dernier état lu. Les injections notées sont conservées sur cet ordinateur et envoyées dès son retour ; d’ici là, personne d’autre ne les voit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;%n injection(s) wait on this computer&lt;/b&gt; to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;%n injection attend sur cet ordinateur&lt;/b&gt; d’être envoyée.</numerusform>
            <numerusform>&lt;b&gt;%n injections attendent sur cet ordinateur&lt;/b&gt; d’être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double Dose</source>
        <translation>Double dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An injection logged while the shared record could not be reached was sent; someone else had logged a dose for the same time meanwhile. Both are recorded. Call the doctor or pharmacist for advice before the next dose.</source>
        <translation>Une injection notée pendant que le dossier partagé était injoignable a été envoyée ; entre-temps, quelqu’un d’autre avait noté une dose pour la même heure. Les deux sont enregistrées. Demandez conseil au médecin ou au pharmacien avant la prochaine dose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Injections Not Sent</source>
        <translation>Injections non envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n injection(s) stay on this computer; the shared record refused them:</source>
        <translation>
            <numerusform>%n injection reste sur cet ordinateur ; le dossier partagé l’a refusée :</numerusform>
            <numerusform>%n injections restent sur cet ordinateur ; le dossier partagé les a refusées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n injection(s) kept on this computer reached the shared record.</source>
        <translation>
            <numerusform>%n injection conservée sur cet ordinateur a atteint le dossier partagé.</numerusform>
            <numerusform>%n injections conservées sur cet ordinateur ont atteint le dossier partagé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+17"/>
        <source>&amp;Known:</source>
        <translation>&amp;Connue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;nown:</source>
        <translation>C&amp;onnu :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name or nickname</source>
        <translation>Nom ou surnom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a child&apos;s weight-based dose checks</source>
        <translation>Nécessaire pour vérifier la dose selon le poids d&apos;un enfant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in kilograms</source>
        <translation>Poids en kilogrammes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a weight-based (mg/kg) dose</source>
        <translation>Nécessaire pour une dose selon le poids (mg/kg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight today:</source>
        <translation>Poids aujourd&apos;hui :</translation>
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
        <translation>Le patient dont les données sont affichées</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::PatientsView</name>
    <message>
        <location filename="../ui/patients/PatientsView.cpp" line="+40"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No patient yet — Add Patient…</source>
        <translation>Pas encore de patient — Ajouter un patient…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Patient…</source>
        <translation>&amp;Ajouter un patient…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;Weight…</source>
        <translation>Enregistrer un &amp;poids…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Re&amp;gimen…</source>
        <translation>Définir la p&amp;osologie…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No patient yet. Add the person whose injections you record.</source>
        <translation>Pas encore de patient. Ajoutez la personne dont vous enregistrez les injections.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Born %1 (%2)</source>
        <translation>Né(e) le %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth not entered</source>
        <translation>Date de naissance non saisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight %1 on %2</source>
        <translation>Poids %1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No weight recorded</source>
        <translation>Aucun poids enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regimens</source>
        <translation>Posologies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>From %1: %2, %n injection(s) a day at %3</source>
        <translation>
            <numerusform>À partir du %1 : %2, %n injection par jour à %3</numerusform>
            <numerusform>À partir du %1 : %2, %n injections par jour à %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, every other day</source>
        <translation>, un jour sur deux</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, for %n day(s)</source>
        <translation>
            <numerusform>, pendant %n jour</numerusform>
            <numerusform>, pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (prescribed by %1)</source>
        <translation> (prescrite par %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regimen yet: set the one your doctor prescribed.</source>
        <translation>Pas encore de posologie : définissez celle que votre médecin a prescrite.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Rename Patient</source>
        <translation>Renommer le patient</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove %1 and every record of them from this database?

This cannot be undone. Backups made before now still hold their records.</source>
        <translation>Supprimer %1 et toutes ses données de cette base de données ?

Cela ne peut pas être annulé. Les sauvegardes faites avant maintenant conservent ses données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Remove Patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/common/ProblemListDialog.cpp" line="+23"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReactionDialog</name>
    <message>
        <location filename="../ui/sites/ReactionDialog.cpp" line="+38"/>
        <source>Record Site Reaction</source>
        <translation>Enregistrer une réaction au point d&apos;injection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redness, swelling, itching or pain at the site are common in the first weeks and usually fade within 4–6 weeks. Call your doctor if a reaction is severe or does not fade.</source>
        <translation>Rougeur, gonflement, démangeaisons ou douleur au point d&apos;injection sont fréquents les premières semaines et disparaissent généralement en 4 à 6 semaines. Appelez votre médecin si une réaction est sévère ou ne disparaît pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Site:</source>
        <translation>&amp;Point d&apos;injection :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReceiveStockDialog</name>
    <message>
        <location filename="../ui/stock/ReceiveStockDialog.cpp" line="+23"/>
        <source>Receive Syringes</source>
        <translation>Réception de seringues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the syringes in the fridge (2–8 °C) in their carton, away from light. Do not freeze or shake them.</source>
        <translation>Conservez les seringues au réfrigérateur (entre 2 °C et 8 °C) dans leur emballage extérieur, à l&apos;abri de la lumière. Ne pas congeler ni secouer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receive</source>
        <translation>&amp;Enregistrer la réception</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RedFlagBanner</name>
    <message>
        <location filename="../ui/today/RedFlagBanner.cpp" line="+23"/>
        <source>Acknowledge warning</source>
        <translation>Prendre en compte l&apos;avertissement</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>I have got help — hide this…</source>
        <translation>J&apos;ai obtenu de l&apos;aide — masquer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+30"/>
        <source>Get medical help now</source>
        <translation>Obtenez immédiatement une aide médicale</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the Warning?</source>
        <translation>Masquer l&apos;avertissement ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this warning only when you have got medical help. The side effect stays open until you mark it resolved in the Diary, and logging an injection will still ask whether a doctor said to go on.</source>
        <translation>Ne masquez cet avertissement qu&apos;une fois que vous avez obtenu une aide médicale. L&apos;effet indésirable reste ouvert jusqu&apos;à ce que vous le marquiez comme disparu dans le Journal, et l&apos;enregistrement d&apos;une injection demandera toujours si un médecin a dit de continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I Have Got Help — Hide It</source>
        <translation>J&apos;ai obtenu de l&apos;aide — masquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenDialog</name>
    <message>
        <location filename="../ui/regimen/RegimenDialog.cpp" line="+28"/>
        <source>Set Regimen</source>
        <translation>Définir la posologie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set Regimen</source>
        <translation>&amp;Définir la posologie</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::RegimenForm</name>
    <message>
        <location filename="../ui/regimen/RegimenForm.cpp" line="+27"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fixe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;weight:</source>
        <translation>Selon le &amp;poids :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A course of</source>
        <translation>Une durée de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For:</source>
        <translation>Indication :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> mg per day</source>
        <translation> mg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed dose in mg per day</source>
        <translation>Dose fixe en mg par jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mg/kg per day</source>
        <translation> mg/kg par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose in mg per kg per day</source>
        <translation>Dose en mg par kg par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice a day (the daily amount split in two)</source>
        <translation>Deux fois par jour (la quantité quotidienne répartie en deux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every other day (severe kidney impairment)</source>
        <translation>Un jour sur deux (insuffisance rénale sévère)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First dose time</source>
        <translation>Heure de la première dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second dose time</source>
        <translation>Heure de la deuxième dose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>Non indiqué</translation>
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
        <translation>Pas de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marks of the syringe used: 10 mg on the prefilled syringe; 1.5 mg for a 0.01 mL syringe.</source>
        <translation>Les graduations de la seringue utilisée : 10 mg sur la seringue préremplie ; 1,5 mg pour une seringue graduée à 0,01 mL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest measurable dose</source>
        <translation>Plus petite dose mesurable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose arithmetic</source>
        <translation>Calcul de la dose</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dose:</source>
        <translation>Dose :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Injections:</source>
        <translation>&amp;Injections :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter&amp;val:</source>
        <translation>Inter&amp;valle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Times:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prescribed by:</source>
        <translation>Prescrite pa&amp;r :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 mg/kg/day × %2 kg = &lt;b&gt;%3 mg/day&lt;/b&gt;</source>
        <translation>%1 mg/kg/jour × %2 kg = &lt;b&gt;%3 mg/jour&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 mg/day&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 mg/jour&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 doses of %1 mg</source>
        <translation>2 doses de %1 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection</source>
        <translation>mesurer &lt;b&gt;%1 mg = %2 mL&lt;/b&gt; par injection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; per injection, as prescribed</source>
        <translation>&lt;b&gt;%1 mg = %2 mL&lt;/b&gt; par injection, comme prescrit</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n syringe(s) per injection; what is left in a syringe is discarded.</source>
        <translation>
            <numerusform>%n seringue par injection ; ce qui reste dans une seringue est éliminé.</numerusform>
            <numerusform>%n seringues par injection ; ce qui reste dans une seringue est éliminé.</numerusform>
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
        <translation>Stop : appelez le médecin — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose not logged yet: %1</source>
        <translation>Dose pas encore enregistrée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose due: %1</source>
        <translation>Dose prévue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 dose of %2 has not been logged yet.</source>
        <translation>La dose de %1 de %2 n&apos;a pas encore été enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due at %2.</source>
        <translation>%1 est prévue à %2.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ReportsView</name>
    <message>
        <location filename="../ui/reports/ReportsView.cpp" line="+62"/>
        <source>&amp;Summary (page 1)</source>
        <translation>&amp;Résumé (page 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection log</source>
        <translation>&amp;Historique des injections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;notes</source>
        <translation>Inclure les &amp;notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of the report&apos;s pages</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shotbook records what was given; it does not prescribe.</source>
        <translation>Shotbook enregistre ce qui a été administré ; il ne prescrit pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Since the last report (%1)</source>
        <translation>Depuis le dernier rapport (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last report (none yet)</source>
        <translation>Depuis le dernier rapport (aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a patient first: the report is about one patient.</source>
        <translation>Ajoutez d&apos;abord un patient : le rapport porte sur un seul patient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day must come before the last.</source>
        <translation>Le premier jour doit précéder le dernier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page ; l&apos;aperçu montre les %1 premières.</numerusform>
            <numerusform>%n pages ; l&apos;aperçu montre les %1 premières.</numerusform>
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
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report not printed</source>
        <translation>Rapport non imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer did not take the pages.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté les pages.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ServerLink</name>
    <message>
        <location filename="../ui/common/ServerLink.cpp" line="+58"/>
        <location line="+58"/>
        <source>the server does not answer</source>
        <translation>le serveur ne répond pas</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+38"/>
        <source>Today and Stock warn when the syringes left last fewer days than this.</source>
        <translation>Aujourd&apos;hui et Stock vous avertissent quand les seringues restantes durent moins de jours que cela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock colours a lot that expires within this many days, and warns when it will not be used up in time.</source>
        <translation>Stock colore un lot qui se périme dans ce nombre de jours, et vous avertit s&apos;il ne sera pas épuisé à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long a syringe may stay out of the fridge (up to 25 °C); the EU leaflet allows 72 hours. After that Log Injection asks before using it, and Stock no longer counts it.</source>
        <translation>Combien de temps une seringue peut rester hors du réfrigérateur (jusqu&apos;à 25 °C) ; la notice européenne permet 72 heures. Au-delà, Enregistrer une injection demande confirmation avant de l&apos;utiliser, et Stock ne la compte plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How far rounding to the syringe&apos;s marks may move a dose. Past it, the dose is shown as prescribed with a warning to ask the care team which syringe to use.</source>
        <translation>De combien l&apos;arrondi aux graduations de la seringue peut déplacer une dose. Au-delà, la dose est affichée telle que prescrite, avec un avertissement pour demander à l&apos;équipe soignante quelle seringue utiliser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body Map and Log Injection warn when a zone is used again within this many days.</source>
        <translation>Carte du corps et Enregistrer une injection vous avertissent quand une zone est réutilisée dans ce nombre de jours.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alerts and rules</source>
        <translation>Alertes et règles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this database: they apply to everyone who uses it, on every computer.</source>
        <translation>Conservés dans cette base de données : ils s&apos;appliquent à tous ceux qui l&apos;utilisent, sur chaque ordinateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1 to %2; %3 unless changed.</source>
        <translation>De %1 à %2 ; %3 sauf modification.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me when a dose is due</source>
        <translation>Me &amp;rappeler quand une dose est prévue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind again after</source>
        <translation>Rappeler à nouveau après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind &amp;again after:</source>
        <translation>Rappeler à &amp;nouveau après :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders appear only while Shotbook runs. For reminders on your phone, use File ▸ Export Dose Calendar… and open the file with the phone&apos;s calendar.</source>
        <translation>Les rappels n&apos;apparaissent que pendant que Shotbook fonctionne. Pour des rappels sur votre téléphone, utilisez Fichier ▸ Exporter le calendrier des doses… et ouvrez le fichier avec l&apos;agenda du téléphone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;backup each day when Shotbook opens</source>
        <translation>Faire une &amp;sauvegarde chaque jour à l&apos;ouverture de Shotbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily backups to keep</source>
        <translation>Sauvegardes quotidiennes à conserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backups to &amp;keep:</source>
        <translation>Sauvegardes quotidiennes à c&amp;onserver :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are kept in a folder beside the database, readable by you only. File ▸ Backups… lists them, makes one now and restores one.</source>
        <translation>Les sauvegardes sont conservées dans un dossier à côté de la base de données, lisible par vous seul. Fichier ▸ Sauvegardes… les liste, en fait une maintenant et en restaure une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Units and language</source>
        <translation>Unités et langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogrammes (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Livres (lb)</translation>
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
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Poids en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temperatures in:</source>
        <translation>&amp;Températures en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are always stored in kg and temperatures in °C. A new language and the Diary&apos;s temperature unit take effect when Shotbook is started again.</source>
        <translation>Les poids sont toujours enregistrés en kg et les températures en °C. Une nouvelle langue et l&apos;unité de température du Journal prennent effet au prochain démarrage de Shotbook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1 : saisissez un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SitesChart</name>
    <message>
        <location filename="../ui/charts/SitesChart.cpp" line="+34"/>
        <source>Injection sites chart</source>
        <translation>Graphique des points d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injections and site reactions per zone over the period. The table view lists the same numbers.</source>
        <translation>Injections et réactions au point d&apos;injection par zone sur la période. La vue en tableau donne les mêmes chiffres.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Injections and site reactions per zone, %1 – %2</source>
        <translation>Injections et réactions au point d&apos;injection par zone, %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Injections</source>
        <translation>Injections</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Site reactions</source>
        <translation>Réactions au point d&apos;injection</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>number in the period</source>
        <translation>nombre sur la période</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 injections (%3 %), %4 site reactions</source>
        <translation>%1 : %2 injections (%3 %), %4 réactions au point d&apos;injection</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst severity</source>
        <translation>Gravité maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockChart</name>
    <message>
        <location filename="../ui/stock/StockChart.cpp" line="+52"/>
        <source>Projected stock</source>
        <translation>Stock prévu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Usable syringes at the current dose</source>
        <translation>Seringues utilisables à la dose actuelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syringes left</source>
        <translation>Seringues restantes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>syringes</source>
        <translation>seringues</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lot expires</source>
        <translation>Péremption du lot</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::StockView</name>
    <message>
        <location filename="../ui/stock/StockView.cpp" line="+42"/>
        <source>&amp;Discard…</source>
        <translation>É&amp;liminer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out of Fridge</source>
        <translation>&amp;Hors du réfrigérateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock forecast</source>
        <translation>Prévision du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep syringes in the fridge at 2–8 °C, in the carton, away from light. Do not freeze or shake them. Out of the fridge (up to 25 °C) a syringe must be used within the allowed time and never put back. Do not use a syringe that is cloudy or has particles in it.</source>
        <translation>Conservez les seringues au réfrigérateur entre 2 °C et 8 °C, dans leur emballage extérieur, à l&apos;abri de la lumière. Ne pas congeler ni secouer. Hors du réfrigérateur (jusqu&apos;à 25 °C), une seringue doit être utilisée dans le délai permis et ne jamais y être remise. N&apos;utilisez pas une seringue dont le contenu est trouble ou contient des particules.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lots in stock</source>
        <translation>Lots en stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No syringes recorded yet — Receive… adds the lot number, expiry date and count printed on the carton.</source>
        <translation>Aucune seringue enregistrée — Réception… ajoute le numéro de lot, la date de péremption et le nombre imprimés sur la boîte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock history</source>
        <translation>Historique du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing received or used yet.</source>
        <translation>Rien de reçu ni d&apos;utilisé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lots</source>
        <translation>&amp;Lots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast</source>
        <translation>&amp;Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Réception…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record one syringe of the selected lot as taken out of the fridge</source>
        <translation>Enregistrer une seringue du lot sélectionné comme sortie du réfrigérateur</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>&lt;b&gt;%n usable syringe(s)&lt;/b&gt; in stock.</source>
        <translation>
            <numerusform>&lt;b&gt;%n seringue utilisable&lt;/b&gt; en stock.</numerusform>
            <numerusform>&lt;b&gt;%n seringues utilisables&lt;/b&gt; en stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At %1 a day they last &lt;b&gt;%n day(s)&lt;/b&gt;, until %2.</source>
        <translation>
            <numerusform>À raison de %1 par jour, elles durent &lt;b&gt;%n jour&lt;/b&gt;, jusqu&apos;au %2.</numerusform>
            <numerusform>À raison de %1 par jour, elles durent &lt;b&gt;%n jours&lt;/b&gt;, jusqu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No regimen uses syringes today.</source>
        <translation>Aucune posologie n&apos;utilise de seringues aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>received</source>
        <translation>reçues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used for an injection</source>
        <translation>utilisée pour une injection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>éliminées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Out of Fridge</source>
        <translation>Hors du réfrigérateur</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose a lot first.</source>
        <translation>Choisissez d&apos;abord un lot.</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SymptomsChart</name>
    <message>
        <location filename="../ui/charts/SymptomsChart.cpp" line="+86"/>
        <source>Symptoms chart</source>
        <translation>Graphique des symptômes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary measures over time, with the injections taken and missed, side effects and regimen changes. The table view lists the same values.</source>
        <translation>Mesures du journal au fil du temps, avec les injections prises et oubliées, les effets indésirables et les changements de posologie. La vue en tableau donne les mêmes valeurs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symptoms, doses and side effects</source>
        <translation>Symptômes, doses et effets indésirables</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+277"/>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>score 0–10</source>
        <translation>score 0–10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning stiffness</source>
        <translation>raideur matinale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fever (38 °C)</source>
        <translation>Fièvre (38 °C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: yes
%2</source>
        <translation>%1 : oui
%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2
%3</source>
        <translation>%1 : %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 on average
%3 of %4</source>
        <translation>%1 : %2 en moyenne
%3 sur %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — weekly means, shaded from the lowest to the highest day</source>
        <translation>%1 — moyennes hebdomadaires, zone ombrée du jour le plus bas au plus haut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — monthly means, shaded from the lowest to the highest day</source>
        <translation>%1 — moyennes mensuelles, zone ombrée du jour le plus bas au plus haut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose taken</source>
        <translation>Dose prise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Injection taken
%1</source>
        <translation>Injection faite
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dose missed</source>
        <translation>Dose oubliée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose missed (due %1)</source>
        <translation>Dose oubliée (prévue %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2), from %3</source>
        <translation>%1 (%2), à partir du %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to %1</source>
        <translation> au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flag: get medical help now</source>
        <translation>Signe d&apos;alerte : obtenez immédiatement une aide médicale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side effect (larger: more severe)</source>
        <translation>Effet indésirable (plus grand : plus sévère)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red flag</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg/kg/day</source>
        <translation>%1 mg/kg/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Regimen from %1: %2, %n dose(s) a day</source>
        <translation>
            <numerusform>Posologie à partir du %1 : %2, %n dose par jour</numerusform>
            <numerusform>Posologie à partir du %1 : %2, %n doses par jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every other day</source>
        <translation>, un jour sur deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regimen change</source>
        <translation>Changement de posologie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injections</source>
        <translation>Injections</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Oubliées</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (red flag)</source>
        <translation> (signe d&apos;alerte)</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::SyringeWidget</name>
    <message>
        <location filename="../ui/regimen/SyringeWidget.cpp" line="+42"/>
        <location line="+103"/>
        <source>Syringe</source>
        <translation>Seringue</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No dose.</source>
        <translation>Pas de dose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefilled syringe cannot measure %1 mg (%2 mL): its marks are %3 mg (%4 mL) apart. Ask your care team which syringe to use.</source>
        <translation>La seringue préremplie ne peut pas mesurer %1 mg (%2 mL) : ses graduations sont espacées de %3 mg (%4 mL). Demandez à votre équipe soignante quelle seringue utiliser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 full syringe(s) of 100 mg, then </source>
        <translation>%1 seringue(s) entière(s) de 100 mg, puis </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a full syringe: %1 mg (%2 mL).</source>
        <translation>une seringue entière : %1 mg (%2 mL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg (%4 mL) first.</source>
        <translation>poussez le piston jusqu&apos;à la graduation %1 mg (%2 mL) : expulsez et éliminez d&apos;abord %3 mg (%4 mL).</translation>
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
        <translation>%1 mg · %2 mL : impossible à mesurer avec les graduations de cette seringue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 mg · %2 mL: the whole syringe</source>
        <translation>%1 mg · %2 mL : la seringue entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg · %2 mL: push out the shaded part first</source>
        <translation>%1 mg · %2 mL : expulsez d&apos;abord la partie grisée</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::TodayView</name>
    <message>
        <location filename="../ui/today/TodayView.cpp" line="+42"/>
        <location line="+36"/>
        <location line="+99"/>
        <source>Next dose</source>
        <translation>Prochaine dose</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+69"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other patients</source>
        <translation>Autres patients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Injection…</source>
        <translation>&amp;Enregistrer une injection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Regimen…</source>
        <translation>Définir la &amp;posologie…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today&apos;s doses</source>
        <translation>Doses du jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No patient</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a patient under Patients to start the diary.</source>
        <translation>Ajoutez un patient dans Patients pour commencer le journal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next dose for %1</source>
        <translation>Prochaine dose pour %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No dose scheduled</source>
        <translation>Aucune dose prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the regimen</source>
        <translation>Définir la posologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last regimen&apos;s course has ended.</source>
        <translation>La durée de traitement de la dernière posologie est terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the regimen your doctor prescribed to see when each dose is due: Set Regimen… below.</source>
        <translation>Définissez la posologie prescrite par votre médecin pour voir quand chaque dose est prévue : Définir la posologie… ci-dessous.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mg · %2 mL</source>
        <translation>%1 mg · %2 mL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due &lt;b&gt;%1&lt;/b&gt;, in %2.</source>
        <translation>Prévue &lt;b&gt;%1&lt;/b&gt;, dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose due %1 was not logged, but a dose was taken less than half an interval ago: do not take another now.</source>
        <translation>La dose prévue %1 n&apos;a pas été enregistrée, mais une dose a été prise il y a moins d&apos;un demi-intervalle : n&apos;en prenez pas d&apos;autre maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: due %1, %2 ago.</source>
        <translation>&lt;b&gt;En retard&lt;/b&gt; : prévue %1, il y a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take it now. If you miss a dose, take it as soon as you remember, unless the next dose is nearly due.</source>
        <translation>Prenez-la maintenant. Si vous oubliez une dose, prenez-la dès que vous vous en souvenez, sauf si la dose suivante est bientôt prévue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Missed&lt;/b&gt; %1. Next dose &lt;b&gt;%2&lt;/b&gt;, in %3.</source>
        <translation>&lt;b&gt;Oubliée&lt;/b&gt; %1. Prochaine dose &lt;b&gt;%2&lt;/b&gt;, dans %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next dose is nearly due: skip the missed one and take the next at its usual time. Never take two doses to make up for a missed one.</source>
        <translation>La dose suivante est bientôt prévue : sautez la dose oubliée et prenez la suivante à l&apos;heure habituelle. Ne prenez jamais deux doses pour compenser une dose oubliée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Point d&apos;injection suggéré : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No site can be suggested: every zone is switched off or has a reaction.</source>
        <translation>Aucun point d&apos;injection ne peut être suggéré : toutes les zones sont désactivées ou présentent une réaction.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — ✓ taken at %2, %3</source>
        <translation>%1 — ✓ prise à %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — &lt;b&gt;missed&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;oubliée&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — &lt;b&gt;due now&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;à prendre maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due</source>
        <translation>%1 — prévue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dose is due today.</source>
        <translation>Aucune dose n&apos;est prévue aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was due yet.</source>
        <translation>Rien n&apos;était encore prévu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of doses taken: %2 of %3.&lt;br&gt;%4 missed, %5 extra.&lt;br&gt;%n day(s) in a row complete.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; des doses prises : %2 sur %3.&lt;br&gt;%4 oubliées, %5 en plus.&lt;br&gt;%n jour complet d&apos;affilée.</numerusform>
            <numerusform>&lt;b&gt;%1 %&lt;/b&gt; des doses prises : %2 sur %3.&lt;br&gt;%4 oubliées, %5 en plus.&lt;br&gt;%n jours complets d&apos;affilée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>next dose %1</source>
        <translation>prochaine dose %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;overdue&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;en retard&lt;/b&gt; depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;missed&lt;/b&gt; %1; next %2</source>
        <translation>&lt;b&gt;oubliée&lt;/b&gt; %1 ; prochaine %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no dose scheduled</source>
        <translation>aucune dose prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no regimen set</source>
        <translation>aucune posologie définie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — %1 mg (%2 mL)</source>
        <translation> — %1 mg (%2 mL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Get medical help now: %1</source>
        <translation>⚠ Obtenez immédiatement une aide médicale : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::WeightDialog</name>
    <message>
        <location filename="../ui/patients/WeightDialog.cpp" line="+34"/>
        <source>Record Weight</source>
        <translation>Enregistrer le poids</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Mesuré le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight-based dose follows the latest weight: weigh a growing child regularly.</source>
        <translation>Une dose selon le poids suit le dernier poids : pesez régulièrement un enfant qui grandit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>shotbook::ui::ZoneHeatMap</name>
    <message>
        <location filename="../ui/charts/ZoneHeatMap.cpp" line="+31"/>
        <source>Injections per zone on the body</source>
        <translation>Injections par zone sur le corps</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 injections, %3 reactions</source>
        <translation>%1 : %2 injections, %3 réactions</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>fewer</source>
        <translation>moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more injections</source>
        <translation>plus d&apos;injections</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site reactions</source>
        <translation>réactions au point d&apos;injection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 injections, %3 site reactions%4</source>
        <translation>%1
%2 injections, %3 réactions au point d&apos;injection%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (switched off)</source>
        <translation> (désactivée)</translation>
    </message>
</context>
</TS>
