<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>About</name>
        <message>
            <source>Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, Secretaries General and flag handovers, compiled from the sources cited in each record (INTERPOL releases, national police and ministry pages, news reports); summaries are original text.</source>
            <translation>Données fournies : les sessions de l'Assemblée générale d'INTERPOL (1923-2026), les Présidents, les Secrétaires généraux et les passations du drapeau, établis d'après les sources citées dans chaque enregistrement (communiqués d'INTERPOL, pages de polices et de ministères nationaux, articles de presse) ; les résumés sont des textes originaux.</translation>
        </message>
        <message>
            <source>Licence: MIT (code); DejaVu fonts under their own free licence.</source>
            <translation>Licence : MIT (code) ; polices DejaVu sous leur propre licence libre.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a file (or drop it on the window)</source>
            <translation>Ouvrir un fichier (ou le déposer sur la fenêtre)</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>Ouvrir un &amp;dossier…</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files (a partitioned table)</source>
            <translation>Ouvrir un dossier de fichiers Parquet (une table partitionnée)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>Reload the file (it also reloads by itself when it changes on disk)</source>
            <translation>Recharger le fichier (il se recharge aussi de lui-même quand il change sur le disque)</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Record</source>
            <translation>Ouvrir l'enregistrement &amp;fourni</translation>
        </message>
        <message>
            <source>&amp;Export Image…</source>
            <translation>&amp;Exporter une image…</translation>
        </message>
        <message>
            <source>Export the chart as an image</source>
            <translation>Exporter le graphique en image</translation>
        </message>
        <message>
            <source>Export &amp;Map…</source>
            <translation>Exporter la &amp;carte…</translation>
        </message>
        <message>
            <source>Export the map of the places</source>
            <translation>Exporter la carte des lieux</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>&amp;Fit All</source>
            <translation>Tout &amp;afficher</translation>
        </message>
        <message>
            <source>Fit all: show the whole timeline</source>
            <translation>Tout afficher : montrer toute la frise chronologique</translation>
        </message>
        <message>
            <source>Fit Lanes in &amp;Window</source>
            <translation>Toutes les pistes dans la &amp;fenêtre</translation>
        </message>
        <message>
            <source>Fit every lane in the window's height (rows too thin for labels)</source>
            <translation>Faire tenir toutes les pistes dans la hauteur de la fenêtre (lignes trop fines pour les libellés)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Clear Selection</source>
            <translation>Effacer la sélection</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Effacer la sélection</translation>
        </message>
        <message>
            <source>Copy &amp;Citation</source>
            <translation>Copier la &amp;citation</translation>
        </message>
        <message>
            <source>Copy a citation of the selected item (text and CSL-JSON)</source>
            <translation>Copier une citation de l'élément sélectionné (texte et CSL-JSON)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>Search titles, places, people and summaries</source>
            <translation>Rechercher dans les titres, les lieux, les personnes et les résumés</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Tableau</translation>
        </message>
        <message>
            <source>Show or hide the table of all records</source>
            <translation>Afficher ou masquer le tableau de tous les enregistrements</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>&amp;Reset Settings…</source>
            <translation>&amp;Réinitialiser les réglages…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>&amp;About Timeline Viewer</source>
            <translation>À &amp;propos de Timeline Viewer</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message numerus="yes">
            <source>… and %Ln more fact(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre fait, non affiché ici</numerusform>
                <numerusform>… et %Ln autres faits, non affichés ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more name(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre nom, non affiché ici</numerusform>
                <numerusform>… et %Ln autres noms, non affichés ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more mark(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre mention, non affichée ici</numerusform>
                <numerusform>… et %Ln autres mentions, non affichées ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more alternative(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre variante, non affichée ici</numerusform>
                <numerusform>… et %Ln autres variantes, non affichées ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more disputed field(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre champ contesté, non affiché ici</numerusform>
                <numerusform>… et %Ln autres champs contestés, non affichés ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more source(s), not shown here</source>
            <translation>
                <numerusform>… et %Ln autre source, non affichée ici</numerusform>
                <numerusform>… et %Ln autres sources, non affichées ici</numerusform>
            </translation>
        </message>
        <message>
            <source>{command} prints them all</source>
            <translation>{command} les affiche tous</translation>
        </message>
        <message>
            <source>stated by no single source; see the record's sources</source>
            <translation>aucune source ne l'indique seule ; voir les sources de l'enregistrement</translation>
        </message>
        <message>
            <source>(title cut: {count} characters in all; python -m viewer records prints it whole)</source>
            <translation>(titre coupé : {count} caractères en tout ; python -m viewer records l’affiche en entier)</translation>
        </message>
        <message>
            <source>(inferred)</source>
            <translation>(déduit)</translation>
        </message>
        <message>
            <source>(start inferred)</source>
            <extracomment>After a term's dates when only its start is inferred ("1963 – unknown (start inferred)").</extracomment>
            <translation>(début déduit)</translation>
        </message>
        <message>
            <source>(end inferred)</source>
            <extracomment>After a term's dates when only its end is inferred.</extracomment>
            <translation>(fin déduite)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Elected</source>
            <translation>Élu</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Fin du mandat</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Faits essentiels</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Liens</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: {relation}</source>
            <translation>
                <numerusform>… et %Ln autre : {relation}</numerusform>
                <numerusform>… et %Ln autres : {relation}</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>No source given in the file.</source>
            <translation>Le fichier ne donne aucune source.</translation>
        </message>
        <message>
            <source>⚠ Sources disagree: {field}</source>
            <translation>⚠ Les sources divergent : {field}</translation>
        </message>
        <message>
            <source>(preferred)</source>
            <translation>(retenu)</translation>
        </message>
        <message>
            <source>No data loaded. Use File › Open… to open a timeline file.</source>
            <translation>Aucune donnée chargée. Utilisez Fichier › Ouvrir… pour ouvrir un fichier de frise chronologique.</translation>
        </message>
        <message>
            <source>Click a marker or a bar to see what happened, when, where, who, and the sources.</source>
            <translation>Cliquez sur un repère ou une barre pour voir ce qui s'est passé, quand, où, qui, et les sources.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>le fichier</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more in the Load Report.</source>
            <translation>
                <numerusform>… et %Ln autre dans le rapport de chargement.</numerusform>
                <numerusform>… et %Ln autres dans le rapport de chargement.</numerusform>
            </translation>
        </message>
        <message>
            <source>No record could be loaded</source>
            <translation>Aucun enregistrement n'a pu être chargé</translation>
        </message>
        <message>
            <source>{file} has no valid record, so the timeline is empty. The reasons:</source>
            <translation>{file} ne contient aucun enregistrement valide : la frise est vide. Les raisons :</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>Nothing is shown. Use File › Open… to open another file, or File › Open Bundled Record.</source>
            <translation>Rien n'est affiché. Utilisez Fichier › Ouvrir… pour ouvrir un autre fichier, ou Fichier › Ouvrir l'enregistrement fourni.</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>Copier la citation</translation>
        </message>
        <message>
            <source>Copy a citation of this item: readable text and CSL-JSON (Edit › Copy Citation)</source>
            <translation>Copier une citation de cet élément : texte lisible et CSL-JSON (Édition › Copier la citation)</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more character(s) not shown; python -m viewer records prints the whole text)</source>
            <translation>
                <numerusform>(%Ln caractère de plus non affiché ; python -m viewer records affiche le texte entier)</numerusform>
                <numerusform>(%Ln caractères de plus non affichés ; python -m viewer records affiche le texte entier)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Details</source>
            <extracomment>Space around the "Copy citation" button in its strip below the text (pixels).</extracomment>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Load Report</source>
            <translation>Rapport de chargement</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

The app keeps running. Details are in the log file:
{path}</source>
            <translation>Un problème est survenu : {error}

L'application continue de fonctionner. Les détails sont dans le journal :
{path}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Exporting {file}…</source>
            <translation>Export de {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Rien à exporter</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <source>Exported {file}</source>
            <translation>Exporté : {file}</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written</source>
            <translation>Export annulé ; aucun fichier n'a été écrit</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Image PNG</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Dessin SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln more in the app or 'records')</source>
            <translation>
                <numerusform>(+%Ln autre dans l’application ou « records »)</numerusform>
                <numerusform>(+%Ln autres dans l’application ou « records »)</numerusform>
            </translation>
        </message>
        <message>
            <source>Range shown: {range}</source>
            <translation>Période affichée : {range}</translation>
        </message>
        <message>
            <source>(no records in this range)</source>
            <translation>(aucun enregistrement dans cette période)</translation>
        </message>
        <message>
            <source>not drawn: {undated} without a date, {without_lane} without a lane</source>
            <translation>non dessinés : {undated} sans date, {without_lane} sans piste</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a date, not drawn</source>
            <translation>
                <numerusform>%Ln enregistrement sans date, non dessiné</numerusform>
                <numerusform>%Ln enregistrements sans date, non dessinés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a lane, not drawn</source>
            <translation>
                <numerusform>%Ln enregistrement sans piste, non dessiné</numerusform>
                <numerusform>%Ln enregistrements sans piste, non dessinés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) drawn over others to fit the image</source>
            <translation>
                <numerusform>%Ln enregistrement dessiné par-dessus d'autres pour tenir dans l'image</numerusform>
                <numerusform>%Ln enregistrements dessinés par-dessus d'autres pour tenir dans l'image</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %Ln row(s) a lane</source>
            <translation>
                <numerusform>au plus %Ln ligne par piste</numerusform>
                <numerusform>au plus %Ln lignes par piste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{unnamed} of %Ln lane(s) unnamed: too thin for a name</source>
            <translation>
                <numerusform>sur %Ln piste, {unnamed} sans nom : trop fine pour un nom</numerusform>
                <numerusform>sur %Ln pistes, {unnamed} sans nom : trop fines pour un nom</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {file}</source>
            <translation>Données : {file}</translation>
        </message>
        <message>
            <source>Sources of the numbered items</source>
            <translation>Sources des éléments numérotés</translation>
        </message>
        <message numerus="yes">
            <source>({unnumbered} of %Ln item(s) unnumbered: no room for a number or its note, or no source)</source>
            <translation>
                <numerusform>({unnumbered} élément sur %Ln sans numéro : pas de place pour un numéro ou sa note, ou pas de source)</numerusform>
                <numerusform>({unnumbered} éléments sur %Ln sans numéro : pas de place pour un numéro ou sa note, ou pas de source)</numerusform>
            </translation>
        </message>
        <message>
            <source>sources not numbered: no label has room for a number</source>
            <translation>sources non numérotées : aucune étiquette n'a la place pour un numéro</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s): too many for source footnotes; export a narrower range to list them</source>
            <translation>
                <numerusform>%Ln élément : trop pour des notes de sources ; exportez une période plus courte pour les lister</numerusform>
                <numerusform>%Ln éléments : trop pour des notes de sources ; exportez une période plus courte pour les lister</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: sources, continued (page {page} of {pages})</source>
            <translation>{title} : sources, suite (page {page} sur {pages})</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>Exporter une image</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message>
            <source>&amp;Visible range</source>
            <translation>Période &amp;visible</translation>
        </message>
        <message>
            <source>&amp;Whole timeline</source>
            <translation>&amp;Toute la frise</translation>
        </message>
        <message>
            <source>&amp;Years</source>
            <translation>&amp;Années</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>De l'année</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>À l'année</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Extent:</source>
            <translation>Étendue :</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Largeur en pixels</translation>
        </message>
        <message>
            <source>fit content</source>
            <translation>selon le contenu</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Hauteur en pixels</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>échelle</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;Taille :</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Format de page</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Page :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Ti&amp;tre :</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>&amp;Légende</translation>
        </message>
        <message>
            <source>&amp;Source footnotes</source>
            <translation>Notes de &amp;sources</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Thème :</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Inclure :</translation>
        </message>
        <message>
            <source>&amp;Highlight the selected item</source>
            <translation>&amp;Mettre en évidence l'élément sélectionné</translation>
        </message>
        <message>
            <source>Nothing is selected</source>
            <translation>Rien n'est sélectionné</translation>
        </message>
        <message>
            <source>Export image to</source>
            <translation>Exporter l'image vers</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a file to save the image to (Browse…).</source>
            <translation>Choisissez un fichier où enregistrer l'image (Parcourir…).</translation>
        </message>
        <message>
            <source>The last year ({last}) is before the first ({first}).</source>
            <translation>La dernière année ({last}) précède la première ({first}).</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>{file} existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>Exported the map to {file}</source>
            <translation>Carte exportée : {file}</translation>
        </message>
        <message>
            <source>No file is open</source>
            <translation>Aucun fichier n'est ouvert</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Toutes les dates</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln placed record(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln enregistrement placé</numerusform>
                <numerusform>{shown} sur %Ln enregistrements placés</numerusform>
            </translation>
        </message>
        <message>
            <source>as the data file gives them</source>
            <comment>the coordinates</comment>
            <translation>celles du fichier de données</translation>
        </message>
        <message>
            <source>Map: Natural Earth (public domain), Equal Earth projection; coordinates: {coords}</source>
            <translation>Carte : Natural Earth (domaine public), projection Equal Earth ; coordonnées : {coords}</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Tab</source>
            <extracomment>Keys that the timeline and the search field handle themselves (not menu commands).</extracomment>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the timeline</source>
            <translation>Placer le focus clavier sur la frise</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>Gauche / Droite</translation>
        </message>
        <message>
            <source>Select the previous / next item in the lane</source>
            <translation>Sélectionner l'élément précédent / suivant de la piste</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>Haut / Bas</translation>
        </message>
        <message>
            <source>Select the nearest item in the lane above / below</source>
            <translation>Sélectionner l'élément le plus proche dans la piste au-dessus / en dessous</translation>
        </message>
        <message>
            <source>Zoom in / out around the selection</source>
            <translation>Zoom avant / arrière autour de la sélection</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Open the selected item's first source in the browser</source>
            <translation>Ouvrir la première source de l'élément sélectionné dans le navigateur</translation>
        </message>
        <message>
            <source>Page Up / Page Down, Shift+wheel</source>
            <translation>Page préc. / Page suiv., Maj+molette</translation>
        </message>
        <message>
            <source>Scroll the lanes up / down when they overflow</source>
            <translation>Faire défiler les pistes vers le haut / le bas quand elles débordent</translation>
        </message>
        <message>
            <source>Enter / Shift+Enter (in search)</source>
            <translation>Entrée / Maj+Entrée (dans la recherche)</translation>
        </message>
        <message>
            <source>Select the next / previous match</source>
            <translation>Sélectionner le résultat suivant / précédent</translation>
        </message>
        <message>
            <source>Mouse wheel / drag</source>
            <translation>Molette / glisser</translation>
        </message>
        <message>
            <source>Zoom / pan</source>
            <translation>Zoomer / se déplacer</translation>
        </message>
        <message>
            <source>Repeated clicks</source>
            <translation>Clics répétés</translation>
        </message>
        <message>
            <source>Cycle through items drawn on the same spot</source>
            <translation>Passer d'un élément à l'autre parmi ceux dessinés au même endroit</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Era</source>
            <translation>Époque</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>Époques</translation>
        </message>
        <message>
            <source>published</source>
            <translation>publié</translation>
        </message>
        <message>
            <source>General Assembly session</source>
            <translation>Session de l'Assemblée générale</translation>
        </message>
        <message>
            <source>{ordinal} session of the General Assembly</source>
            <translation>{ordinal} session de l'Assemblée générale</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Host city unknown</source>
            <translation>Ville hôte inconnue</translation>
        </message>
        <message>
            <source>Date inferred</source>
            <translation>Date déduite</translation>
        </message>
        <message>
            <source>Announced / unconfirmed</source>
            <translation>Annoncée / non confirmée</translation>
        </message>
        <message>
            <source>host city unknown</source>
            <translation>ville hôte inconnue</translation>
        </message>
        <message>
            <source>Term as President</source>
            <translation>Mandat de Président</translation>
        </message>
        <message>
            <source>Terms as President</source>
            <translation>Mandats de Président</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Président</translation>
        </message>
        <message>
            <source>Acting</source>
            <translation>Par intérim</translation>
        </message>
        <message>
            <source>Not officially recognised</source>
            <translation>Non reconnu officiellement</translation>
        </message>
        <message>
            <source>Start or end unknown</source>
            <translation>Début ou fin inconnus</translation>
        </message>
        <message>
            <source>Term's dates inferred</source>
            <translation>Dates du mandat déduites</translation>
        </message>
        <message>
            <source>President in office</source>
            <translation>Président en fonction</translation>
        </message>
        <message>
            <source>Term as Secretary General</source>
            <translation>Mandat de Secrétaire général</translation>
        </message>
        <message>
            <source>Terms as Secretary General</source>
            <translation>Mandats de Secrétaire général</translation>
        </message>
        <message>
            <source>Secretary General</source>
            <translation>Secrétaire général</translation>
        </message>
        <message>
            <source>Secretary General in office</source>
            <translation>Secrétaire général en fonction</translation>
        </message>
        <message>
            <source>Flag handover</source>
            <translation>Passation du drapeau</translation>
        </message>
        <message>
            <source>Flag handover at the {ordinal} session</source>
            <translation>Passation du drapeau à la {ordinal} session</translation>
        </message>
        <message>
            <source>Flag handovers</source>
            <translation>Passations du drapeau</translation>
        </message>
        <message>
            <source>Flag handover: host → next host</source>
            <translation>Passation du drapeau : hôte → hôte suivant</translation>
        </message>
        <message>
            <source>Handed over at</source>
            <translation>Transmis lors de</translation>
        </message>
        <message>
            <source>Next host</source>
            <translation>Hôte suivant</translation>
        </message>
        <message>
            <source>Handover to the next host</source>
            <translation>Passation à l'hôte suivant</translation>
        </message>
        <message>
            <source>Handover from the previous host</source>
            <translation>Passation par l'hôte précédent</translation>
        </message>
        <message>
            <source>No session</source>
            <translation>Pas de session</translation>
        </message>
        <message>
            <source>Years without a session</source>
            <translation>Années sans session</translation>
        </message>
        <message>
            <source>No session held</source>
            <translation>Aucune session tenue</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sessions tenues</translation>
        </message>
        <message>
            <source>held</source>
            <translation>tenue</translation>
        </message>
        <message>
            <source>Announced sessions</source>
            <translation>Sessions annoncées</translation>
        </message>
        <message>
            <source>announced; not reported as held</source>
            <translation>annoncée ; non signalée comme tenue</translation>
        </message>
        <message>
            <source>Scheduled, not confirmed</source>
            <translation>Prévues, non confirmées</translation>
        </message>
        <message>
            <source>scheduled; not confirmed as held</source>
            <translation>prévue ; tenue non confirmée</translation>
        </message>
        <message>
            <source>no session held</source>
            <translation>aucune session tenue</translation>
        </message>
        <message>
            <source>Official terms</source>
            <translation>Mandats officiels</translation>
        </message>
        <message>
            <source>official</source>
            <translation>officiel</translation>
        </message>
        <message>
            <source>Acting terms</source>
            <translation>Mandats par intérim</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>par intérim</translation>
        </message>
        <message>
            <source>not recognised by INTERPOL</source>
            <translation>non reconnu par INTERPOL</translation>
        </message>
        <message>
            <source>About</source>
            <comment>records an article is about</comment>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Lié</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>primaire</translation>
        </message>
        <message>
            <source>press</source>
            <translation>presse</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copie</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Place: {place}</source>
            <translation>Lieu : {place}</translation>
        </message>
        <message>
            <source>start inferred</source>
            <translation>début déduit</translation>
        </message>
        <message>
            <source>end inferred</source>
            <translation>fin déduite</translation>
        </message>
        <message>
            <source>session number inferred</source>
            <translation>numéro de session déduit</translation>
        </message>
        <message>
            <source>how the term ended inferred</source>
            <translation>fin du mandat déduite</translation>
        </message>
        <message>
            <source>place inferred</source>
            <translation>lieu déduit</translation>
        </message>
        <message>
            <source>election day inferred</source>
            <translation>jour de l’élection déduit</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>mandat achevé</translation>
        </message>
        <message>
            <source>resigned</source>
            <translation>démission</translation>
        </message>
        <message>
            <source>died in office</source>
            <translation>décès en fonction</translation>
        </message>
        <message>
            <source>removed from office</source>
            <translation>démis de ses fonctions</translation>
        </message>
        <message>
            <source>acting until a holder was elected</source>
            <translation>intérim jusqu'à l'élection d'un titulaire</translation>
        </message>
        <message>
            <source>still in office</source>
            <translation>toujours en fonction</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>{reason}: {detail}</source>
            <extracomment>How a term ended ({reason}, in the reader's words), then the file's own words.</extracomment>
            <translation>{reason} : {detail}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between status marks</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>{field} inferred</source>
            <translation>{field} déduit</translation>
        </message>
        <message>
            <source>sources disagree</source>
            <translation>les sources divergent</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The interface will be in {language} when Timeline Viewer starts again. Restart now? Your file, view and settings are kept.</source>
            <translation>L'interface sera en {language} au prochain démarrage de Timeline Viewer. Redémarrer maintenant ? Votre fichier, votre vue et vos réglages sont conservés.</translation>
        </message>
        <message>
            <source>Restart Now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Date known to its month, year, decade or century: the line under it</source>
            <translation>Date connue au mois, à l'année, à la décennie ou au siècle : la ligne dessous</translation>
        </message>
        <message>
            <source>Start unknown: drawn dashed over its end's date</source>
            <translation>Début inconnu : tracé en pointillés sur la date de sa fin</translation>
        </message>
        <message numerus="yes">
            <source>+%n more: enlarge the window</source>
            <translation>
                <numerusform>+%n autre : agrandissez la fenêtre</numerusform>
                <numerusform>+%n autres : agrandissez la fenêtre</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Opened {url} in the browser</source>
            <translation>{url} ouvert dans le navigateur</translation>
        </message>
        <message>
            <source>Could not open the link</source>
            <translation>Impossible d'ouvrir le lien</translation>
        </message>
        <message>
            <source>No web browser could be started for:
{url}

Copy the address from the Details panel instead.</source>
            <translation>Aucun navigateur web n'a pu être lancé pour :
{url}

Copiez plutôt l'adresse depuis le panneau Détails.</translation>
        </message>
    </context>
    <context>
        <name>Load</name>
        <message>
            <source>line {number}</source>
            <extracomment>Records between two progress reports.</extracomment>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>{part}, row {number}</source>
            <extracomment>{part}: a file of a partitioned Parquet folder; {number}: a row in that file.</extracomment>
            <translation>{part}, ligne {number}</translation>
        </message>
        <message>
            <source>record {number}</source>
            <translation>enregistrement {number}</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>id {id}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>champ {field}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of where a problem is</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <extracomment>{where}: the line or record, id and field; {reason}: what is wrong there.</extracomment>
            <translation>{where} : {reason}</translation>
        </message>
        <message>
            <source>… and {count} more of this field, not listed</source>
            <extracomment>Problems of one field beyond those listed, {count} of them.</extracomment>
            <translation>… et {count} autres de ce champ, non listés</translation>
        </message>
        <message>
            <source>by record {number}</source>
            <translation>à l'enregistrement {number}</translation>
        </message>
        <message>
            <source>at line {number}</source>
            <translation>à la ligne {number}</translation>
        </message>
        <message>
            <source>at row {number}</source>
            <translation>à la ligne {number}</translation>
        </message>
        <message>
            <source>at {part}, row {number}</source>
            <translation>dans {part}, ligne {number}</translation>
        </message>
        <message>
            <source>duplicate id (first used {where})</source>
            <translation>identifiant en double (déjà employé {where})</translation>
        </message>
        <message>
            <source>; the two may have differed only in characters that are not text, each replaced by �</source>
            <translation> ; les deux ne différaient peut-être que par des caractères qui ne sont pas du texte, chacun remplacé par �</translation>
        </message>
        <message>
            <source>unknown lane {lane}</source>
            <translation>piste inconnue {lane}</translation>
        </message>
        <message>
            <source>refers to unknown record {id}</source>
            <translation>renvoie à un enregistrement inconnu {id}</translation>
        </message>
        <message>
            <source>refused by the schema</source>
            <translation>refusé par le schéma</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD (slash dates like 03/04/1923 are ambiguous and not accepted), or null when unknown</source>
            <translation>{value} n'est pas une date de ce format : YYYY, YYYY-MM ou YYYY-MM-DD (les dates avec des barres obliques comme 03/04/1923 sont ambiguës et refusées), ou null si elle est inconnue</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD, '..' when still running, or null</source>
            <translation>{value} n'est pas une date de ce format : YYYY, YYYY-MM ou YYYY-MM-DD, « .. » si elle est toujours en cours, ou null</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date</source>
            <translation>{value} n'est pas une date EDTF</translation>
        </message>
        <message>
            <source>(it ends with a line break)</source>
            <translation>(elle se termine par un saut de ligne)</translation>
        </message>
        <message>
            <source>{value} is not an http:// or https:// address</source>
            <translation>{value} n'est pas une adresse http:// ou https://</translation>
        </message>
        <message>
            <source>a record must be a JSON object, not {value}</source>
            <translation>un enregistrement doit être un objet JSON, pas {value}</translation>
        </message>
        <message>
            <source>missing; the format requires this field</source>
            <translation>absent ; le format exige ce champ</translation>
        </message>
        <message>
            <source>unknown field {field}: this format has no such field (see data/timeline.schema.json); the record is left out</source>
            <translation>champ inconnu {field} : ce format n'a pas ce champ (voir data/timeline.schema.json) ; l'enregistrement est écarté</translation>
        </message>
        <message>
            <source>{value} is an interval: give its first date as 'start' and its last as 'end'</source>
            <translation>{value} est un intervalle : donnez sa première date dans 'start' et sa dernière dans 'end'</translation>
        </message>
        <message>
            <source>empty: write a value</source>
            <translation>vide : écrivez une valeur</translation>
        </message>
        <message>
            <source>{given} given without {needed}: give both or neither</source>
            <extracomment>{given} and {needed}: field names ("lat given without lon").</extracomment>
            <translation>{given} donné sans {needed} : donnez les deux ou aucun</translation>
        </message>
        <message>
            <source>a source must be an http(s) address or an object with a 'url'</source>
            <translation>une source doit être une adresse http(s) ou un objet avec une « url »</translation>
        </message>
        <message>
            <source>{value} is not a valid id (letters, digits and _ . : - only, starting with a letter or digit)</source>
            <translation>{value} n'est pas un identifiant valide (lettres, chiffres et _ . : - seulement, en commençant par une lettre ou un chiffre)</translation>
        </message>
        <message>
            <source>a title of spaces alone: write the title</source>
            <translation>un titre fait d'espaces seulement : écrivez le titre</translation>
        </message>
        <message>
            <source>no source: every record needs at least one http(s) source</source>
            <translation>aucune source : chaque enregistrement a besoin d'au moins une source http(s)</translation>
        </message>
        <message>
            <source>{value} is not valid here: {reasons}</source>
            <translation>{value} n'est pas valide ici : {reasons}</translation>
        </message>
        <message>
            <source>{value}: {char} ({name}) is not an ASCII digit; dates are written with the digits 0-9</source>
            <extracomment>First and last month of each EDTF season (northern hemisphere; winter runs from December into February of the next year).</extracomment>
            <translation>{value} : {char} ({name}) n'est pas un chiffre ASCII ; les dates s'écrivent avec les chiffres 0-9</translation>
        </message>
        <message>
            <source>{value}: a month or day of a year beyond 9999 before or after year 0, which EDTF does not write (such a year is written alone: Y12021)</source>
            <translation>{value} : un mois ou un jour d’une année au-delà de 9999 avant ou après l’an 0, que l’EDTF n’écrit pas (une telle année s’écrit seule : Y12021)</translation>
        </message>
        <message>
            <source>{value} is a slash date: the order of day and month is ambiguous; write it as YYYY-MM-DD or declare the order (DMY or MDY)</source>
            <translation>{value} est une date avec des barres obliques : l'ordre du jour et du mois est ambigu ; écrivez-la YYYY-MM-DD ou déclarez l'ordre (DMY ou MDY)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (too long for one)</source>
            <translation>{value} n'est pas une date EDTF (trop longue pour en être une)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date: write a T between the day and the time (1923-09-03T10:30) or leave the time out (1923-09-03)</source>
            <translation>{value} n’est pas une date EDTF : écrivez un T entre le jour et l’heure (1923-09-03T10:30) ou omettez l’heure (1923-09-03)</translation>
        </message>
        <message>
            <source>{value}: a day needs a known month</source>
            <translation>{value} : un jour demande un mois connu</translation>
        </message>
        <message>
            <source>{value}: month {month} is not 1-12 (or a season 21-24)</source>
            <translation>{value} : le mois {month} n'est pas entre 1 et 12 (ni une saison 21-24)</translation>
        </message>
        <message>
            <source>{value}: day {day} does not exist in that month</source>
            <translation>{value} : le jour {day} n'existe pas dans ce mois</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (write a year 1923, a month 1923-09, a day 1923-09-03, a day and time 1923-09-03T10:30, or an interval 1923/1925)</source>
            <translation>{value} n'est pas une date EDTF (écrivez une année 1923, un mois 1923-09, un jour 1923-09-03, un jour et une heure 1923-09-03T10:30 ou un intervalle 1923/1925)</translation>
        </message>
        <message>
            <source>{value} is EDTF, but not a single date of level 0 or 1 this viewer can place (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)</source>
            <translation>{value} est de l'EDTF, mais pas une date unique de niveau 0 ou 1 que ce logiciel sait placer (utilisez YYYY, YYYY-MM, YYYY-MM-DD ou YYYY-MM-DDThh:mm)</translation>
        </message>
        <message>
            <source>{value}: the end {end} is before the start {start}</source>
            <translation>{value} : la fin {end} précède le début {start}</translation>
        </message>
        <message>
            <source>day {day} given without a month</source>
            <translation>jour {day} donné sans mois</translation>
        </message>
        <message>
            <source>year {year} is beyond {most} before or after year 0</source>
            <translation>l’année {year} est au-delà de {most} avant ou après l’an 0</translation>
        </message>
        <message>
            <source>month {month} is not 1-12</source>
            <translation>le mois {month} n’est pas entre 1 et 12</translation>
        </message>
        <message>
            <source>year {year} has more than four digits: give the year only</source>
            <translation>l’année {year} a plus de quatre chiffres : donnez l’année seule</translation>
        </message>
        <message>
            <source>day {day} does not exist in {month}</source>
            <extracomment>{month}: a month and its year ("February 1923").</extracomment>
            <translation>le jour {day} n’existe pas en {month}</translation>
        </message>
        <message>
            <source>of about {count} digits</source>
            <translation>d’environ {count} chiffres</translation>
        </message>
        <message>
            <source>Events</source>
            <extracomment>The lane the viewer makes for the records of a file that names no lane.</extracomment>
            <translation>Événements</translation>
        </message>
        <message>
            <source>missing start date</source>
            <translation>date de début manquante</translation>
        </message>
        <message>
            <source>an era needs an end date</source>
            <translation>une ère a besoin d'une date de fin</translation>
        </message>
        <message>
            <source>{url} is not an http(s) URL; not kept as a source</source>
            <extracomment>Records without a source named in the load's warning (the rest are counted).</extracomment>
            <translation>{url} n'est pas une URL http(s) ; non retenue comme source</translation>
        </message>
        <message>
            <source>an interval here and an end date as well</source>
            <translation>un intervalle ici et aussi une date de fin</translation>
        </message>
        <message>
            <source>end {end} is before start {start}</source>
            <translation>la fin {end} précède le début {start}</translation>
        </message>
        <message>
            <source>no id; it is given the id {id}, made from its title</source>
            <extracomment>A row of a table with ids whose id is empty; {id}: the id it is given.</extracomment>
            <translation>pas d’identifiant ; il reçoit l’identifiant {id}, tiré de son titre</translation>
        </message>
        <message>
            <source>no id and no title; it is given the id {id}</source>
            <translation>pas d’identifiant ni de titre ; il reçoit l’identifiant {id}</translation>
        </message>
        <message numerus="yes">
            <source>{records} and %Ln more</source>
            <translation>
                <numerusform>{records} et %Ln autre</numerusform>
                <numerusform>{records} et %Ln autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source URL (shown as "no source given"): {records}</source>
            <translation>
                <numerusform>%Ln enregistrement sans URL de source (signalé « aucune source donnée dans le fichier ») : {records}</numerusform>
                <numerusform>%Ln enregistrements sans URL de source (signalés « aucune source donnée dans le fichier ») : {records}</numerusform>
            </translation>
        </message>
        <message>
            <source>id {id} holds invisible characters ({names}): it looks like {looks} but is a different id</source>
            <translation>l'identifiant {id} contient des caractères invisibles ({names}) : il ressemble à {looks} mais c'est un autre identifiant</translation>
        </message>
        <message>
            <source>id {id} looks the same as id {other} but is written with other characters ({codes}): a different id</source>
            <extracomment>{id} and {other}: two record ids that look the same.</extracomment>
            <translation>l’identifiant {id} ressemble à l’identifiant {other} mais s’écrit avec d’autres caractères ({codes}) : c’est un autre identifiant</translation>
        </message>
        <message>
            <source>a Parquet file cut short or damaged (its end is missing)</source>
            <translation>un fichier Parquet tronqué ou endommagé (sa fin manque)</translation>
        </message>
        <message>
            <source>an {type} file ({mime})</source>
            <translation>un fichier {type} ({mime})</translation>
        </message>
        <message>
            <source>a {type} file ({mime})</source>
            <translation>un fichier {type} ({mime})</translation>
        </message>
        <message>
            <source>{file}: not a regular file (a device or a pipe); save the data to a file and open that</source>
            <translation>{file} : pas un fichier ordinaire (un périphérique ou un tube) ; enregistrez les données dans un fichier et ouvrez celui-ci</translation>
        </message>
        <message>
            <source>{file}: file not found</source>
            <translation>{file} : fichier introuvable</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a file</source>
            <translation>{file} : c'est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>{file}: {size} bytes is larger than this viewer reads ({most} bytes, {gb} GB, at most)</source>
            <translation>{file} : {size} octets, c'est plus que ce que lit cette visionneuse ({most} octets, {gb} Go, au plus)</translation>
        </message>
        <message>
            <source>{file}: cannot read ({reason})</source>
            <translation>{file} : lecture impossible ({reason})</translation>
        </message>
        <message>
            <source>{file}: this is a spreadsheet workbook or other binary file, not text; save it as "CSV UTF-8" (or JSON) and open that</source>
            <translation>{file} : c'est un classeur de tableur ou un autre fichier binaire, pas du texte ; enregistrez-le au format « CSV UTF-8 » (ou JSON) et ouvrez celui-ci</translation>
        </message>
        <message>
            <source>{file}: {kind}; copy or write the file again and open it</source>
            <translation>{file} : {kind} ; copiez ou écrivez à nouveau le fichier et ouvrez-le</translation>
        </message>
        <message>
            <source>{file}: this is {kind}, not a timeline; open a JSON, CSV, Parquet or Arrow file</source>
            <translation>{file} : c'est {kind}, pas une frise chronologique ; ouvrez un fichier JSON, CSV, Parquet ou Arrow</translation>
        </message>
        <message>
            <source>{file}: starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte}: {reason})</source>
            <translation>{file} : commence par une marque d'ordre des octets {encoding} mais n'est pas du {encoding} valide (octet {byte} : {reason})</translation>
        </message>
        <message>
            <source>{file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8</source>
            <translation>{file} : semble être du texte UTF-16 sans marque d'ordre des octets ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>{file}: the file is empty</source>
            <translation>{file} : le fichier est vide</translation>
        </message>
        <message>
            <source>{file}: contains NUL characters: a binary file, not text</source>
            <translation>{file} : contient des caractères NUL : un fichier binaire, pas du texte</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 and open it again</source>
            <translation>{file} : ligne {line}, colonne {column} : l'octet {byte} n'est pas de l'UTF-8 ; enregistrez le fichier en UTF-8 et ouvrez-le à nouveau</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and open it again</source>
            <translation>{file} : ligne {line}, colonne {column} : l'octet {byte} n'est pas de l'UTF-8 (c'est peut-être du Windows-1252 ou du Latin-1) ; enregistrez le fichier en UTF-8 et ouvrez-le à nouveau</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file} : ligne {line}, colonne {column} : l'octet {byte} n'est pas de l'UTF-8 ; enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel) et ouvrez-le à nouveau</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file} : ligne {line}, colonne {column} : l'octet {byte} n'est pas de l'UTF-8 (c'est peut-être du Windows-1252 ou du Latin-1) ; enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel) et ouvrez-le à nouveau</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>vrai ou faux (true/false)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>an object with keys {keys}</source>
            <extracomment>Format names and their descriptions, as reported in :attr:`LoadResult.format`.</extracomment>
            <translation>un objet avec les clés {keys}</translation>
        </message>
        <message>
            <source>an empty array</source>
            <translation>un tableau vide</translation>
        </message>
        <message>
            <source>an empty object</source>
            <translation>un objet vide</translation>
        </message>
        <message>
            <source>{file}: JSON, but not a timeline format this viewer reads (found {shape}); expected 'records' (timeline viewer), 'events' (TimelineJS), 'timeline' with 'date' (TimelineJS 2) or an array of items with 'start' (vis-timeline)</source>
            <translation>{file} : du JSON, mais pas un format de frise que lit cette visionneuse (trouvé : {shape}) ; attendu : « records » (timeline viewer), « events » (TimelineJS), « timeline » avec « date » (TimelineJS 2) ou un tableau d'éléments avec « start » (vis-timeline)</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no columns</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>{file}: line {line}: CSV columns not recognised (found {columns}); expected a 'start' column (plain CSV) or TimelineJS's 'Year' and 'Headline'</source>
            <translation>{file} : ligne {line} : colonnes CSV non reconnues (trouvées : {columns}) ; attendu : une colonne « start » (CSV simple) ou les colonnes « Year » et « Headline » de TimelineJS</translation>
        </message>
        <message>
            <source>unknown date format {value} (use DMY or MDY)</source>
            <translation>format de date inconnu {value} (utilisez DMY ou MDY)</translation>
        </message>
        <message>
            <source>{file}: a folder without Parquet files (*.parquet)</source>
            <translation>{file} : un dossier sans fichiers Parquet (*.parquet)</translation>
        </message>
        <message>
            <source>{file}: not a readable Arrow / Feather file ({reason})</source>
            <translation>{file} : fichier Arrow / Feather illisible ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable Parquet file ({reason})</source>
            <translation>{file} : fichier Parquet illisible ({reason})</translation>
        </message>
        <message>
            <source>{file}: {part}: not a readable Parquet file ({reason})</source>
            <translation>{file} : {part} : fichier Parquet illisible ({reason})</translation>
        </message>
        <message>
            <source>{file}: its Parquet files disagree on column {column}: {type} in {part}, {other} in {other_part}</source>
            <translation>{file} : ses fichiers Parquet ne s'accordent pas sur la colonne {column} : {type} dans {part}, {other} dans {other_part}</translation>
        </message>
        <message>
            <source>column {column} gives its times in the time zone {zone}, which is not known; ignored</source>
            <translation>la colonne {column} donne ses heures dans le fuseau horaire {zone}, qui n’est pas connu ; ignorée</translation>
        </message>
        <message>
            <source>column {column} holds {type}, which cannot be read as text; ignored</source>
            <extracomment>{column}: a column's name; {type}: its type in pyarrow's words.</extracomment>
            <translation>la colonne {column} contient {type}, qui ne peut pas être lu comme du texte ; ignorée</translation>
        </message>
        <message>
            <source>the files' own column {column} is not read: its values come from the folder names ({name}=...)</source>
            <translation>la colonne {column} des fichiers n'est pas lue : ses valeurs viennent des noms de dossiers ({name}=...)</translation>
        </message>
        <message>
            <source>{file}: column {column} gives its times in the time zone {zone}, which is not known</source>
            <translation>{file} : la colonne {column} donne ses heures dans le fuseau horaire {zone}, qui n’est pas connu</translation>
        </message>
        <message>
            <source>{file}: column {column} holds {type}, which cannot be read as text</source>
            <translation>{file} : la colonne {column} contient du {type}, qui ne peut pas être lu comme du texte</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more row(s) held characters that are not text, shown as {mark}</source>
            <extracomment>After the first 100 rows with such characters were listed one by one.</extracomment>
            <translation>
                <numerusform>%Ln autre ligne contenait des caractères qui ne sont pas du texte, affichés comme {mark}</numerusform>
                <numerusform>%Ln autres lignes contenaient des caractères qui ne sont pas du texte, affichés comme {mark}</numerusform>
            </translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}), both read as {column}; only the first is read, the cells of column {number} are ignored</source>
            <extracomment>One line and its end, split where the ``csv`` module (and ``io.StringIO(newline="")``) splits: ``
``, ``<byte value="xd" />
`` or ``<byte value="xd" />``. A run of lines holding only spaces and tabs. One character class, repeated: a repeated group would make the regular expression engine keep state for each line it passes.</extracomment>
            <translation>la colonne {number} répète la colonne {first_number} ({first}), toutes deux lues comme {column} ; seule la première est lue, les cellules de la colonne {number} sont ignorées</translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}); only the first is read, the cells of column {number} are ignored</source>
            <translation>la colonne {number} répète la colonne {first_number} ({first}) ; seule la première est lue, les cellules de la colonne {number} sont ignorées</translation>
        </message>
        <message>
            <source>a quote opens at column {column} and is never closed: this row is left out, and the lines after it are read as rows</source>
            <translation>un guillemet s'ouvre à la colonne {column} et n'est jamais fermé : cette ligne de données est laissée de côté, et les lignes suivantes sont lues comme des lignes de données</translation>
        </message>
        <message>
            <source>column {number} has no name in the header; its cells are ignored (the first at line {line})</source>
            <translation>la colonne {number} n'a pas de nom dans l'en-tête ; ses cellules sont ignorées (la première à la ligne {line})</translation>
        </message>
        <message>
            <source>{file}: no header row</source>
            <translation>{file} : pas de ligne d'en-tête</translation>
        </message>
        <message>
            <source>{file}: line {line}: date_format {value} is not DMY or MDY</source>
            <translation>{file} : ligne {line} : date_format {value} n'est ni DMY ni MDY</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>colonne inconnue, ignorée</translation>
        </message>
        <message>
            <source>{file}: line {line}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file} : ligne {line} : pas de colonne « start » (colonnes du fichier : {found}) ; ce format lit {columns}</translation>
        </message>
        <message>
            <source>{file}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file} : pas de colonne « start » (colonnes du fichier : {found}) ; ce format lit {columns}</translation>
        </message>
        <message>
            <source>no rows under the header: the file holds no records</source>
            <translation>aucune ligne sous l’en-tête : le fichier ne contient aucun enregistrement</translation>
        </message>
        <message>
            <source>the table has no rows: the file holds no records</source>
            <translation>le tableau n’a aucune ligne : le fichier ne contient aucun enregistrement</translation>
        </message>
        <message>
            <source>unknown metadata, ignored</source>
            <translation>métadonnée inconnue, ignorée</translation>
        </message>
        <message numerus="yes">
            <source>%Ln cell(s) beyond the header, ignored</source>
            <translation>
                <numerusform>%Ln cellule au-delà de l’en-tête, ignorée</numerusform>
                <numerusform>%Ln cellules au-delà de l’en-tête, ignorées</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown kind {kind}; read as an event</source>
            <translation>type inconnu {kind} ; lu comme un évènement</translation>
        </message>
        <message>
            <source>unknown status {status}, ignored</source>
            <translation>statut inconnu {status}, ignoré</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>pas de titre</translation>
        </message>
        <message>
            <source>{value} is not a latitude in degrees; the place has no coordinates</source>
            <translation>{value} n'est pas une latitude en degrés ; le lieu n'a pas de coordonnées</translation>
        </message>
        <message>
            <source>{value} is not a longitude in degrees; the place has no coordinates</source>
            <translation>{value} n'est pas une longitude en degrés ; le lieu n'a pas de coordonnées</translation>
        </message>
        <message>
            <source>lat and lon go together; coordinates left out</source>
            <translation>lat et lon vont ensemble ; coordonnées laissées de côté</translation>
        </message>
        <message>
            <source>there is no year 0 (1 BC is -1)</source>
            <extracomment>Spreadsheet columns (normalised, see :func:`viewer.core.importers.csvfile.normalise`).</extracomment>
            <translation>il n'y a pas d'année 0 (1 av. J.-C. s'écrit -1)</translation>
        </message>
        <message>
            <source>{name}: expected a number, found {value}</source>
            <translation>{name} : un nombre est attendu, trouvé : {value}</translation>
        </message>
        <message>
            <source>{name} {value} is not a whole number</source>
            <translation>{name} {value} n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>a month or day without a year</source>
            <translation>un mois ou un jour sans année</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as empty</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind} ; lu comme vide</translation>
        </message>
        <message>
            <source>unknown field, ignored</source>
            <translation>champ inconnu, ignoré</translation>
        </message>
        <message>
            <source>expected an object, found {kind}; ignored</source>
            <translation>un objet est attendu, trouvé : {kind} ; ignoré</translation>
        </message>
        <message>
            <source>expected a date object, found {kind}</source>
            <translation>un objet date est attendu, trouvé : {kind}</translation>
        </message>
        <message>
            <source>missing year</source>
            <translation>année manquante</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the headline</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind} ; un identifiant est tiré du titre (headline)</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an event without a group</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind} ; lu comme un évènement sans groupe</translation>
        </message>
        <message>
            <source>expected an object, found {kind}</source>
            <translation>un objet est attendu, trouvé : {kind}</translation>
        </message>
        <message>
            <source>{file}: TimelineJS JSON needs an 'events' list</source>
            <translation>{file} : le JSON TimelineJS a besoin d'une liste « events »</translation>
        </message>
        <message>
            <source>not a list; ignored</source>
            <translation>pas une liste ; ignoré</translation>
        </message>
        <message>
            <source>expected a date text, found {kind}</source>
            <translation>un texte de date est attendu, trouvé : {kind}</translation>
        </message>
        <message>
            <source>expected a text, found {kind}; read as an event without a tag</source>
            <translation>un texte est attendu, trouvé : {kind} ; lu comme un évènement sans étiquette</translation>
        </message>
        <message>
            <source>{file}: TimelineJS 2 JSON needs a 'timeline.date' list, found {kind}</source>
            <translation>{file} : le JSON TimelineJS 2 a besoin d'une liste « timeline.date », trouvé : {kind}</translation>
        </message>
        <message>
            <source>a second title slide; read as an event</source>
            <translation>une seconde diapositive de titre ; lue comme un évènement</translation>
        </message>
        <message>
            <source>unknown type {type}; read as an event</source>
            <translation>type inconnu {type} ; lu comme un évènement</translation>
        </message>
        <message>
            <source>End Month or End Day without an End Year; ignored</source>
            <translation>End Month ou End Day sans End Year ; ignoré</translation>
        </message>
        <message>
            <source>missing start date (Year)</source>
            <translation>date de début manquante (Year)</translation>
        </message>
        <message>
            <source>expected a date text or milliseconds, found {kind}</source>
            <extracomment>A date with a time of day (ISO 8601, as JavaScript and moment.js read it). A year, month or day with JavaScript's expanded year, a sign and six digits (``-000044-03-15``): what ``Date.prototype.toISOString`` writes for years before 0 or after 9999, without its time. The start of one (a date, then T or a space and a digit): what follows must be a time. The milliseconds this viewer places on a day: years -9999 to 9999 (EDTF gives a month and a day only to years of four digits).</extracomment>
            <translation>un texte de date ou des millisecondes sont attendus, trouvé : {kind}</translation>
        </message>
        <message>
            <source>{value} milliseconds</source>
            <translation>{value} millisecondes</translation>
        </message>
        <message>
            <source>a number of {digits} digits as milliseconds</source>
            <translation>un nombre de {digits} chiffres en millisecondes</translation>
        </message>
        <message>
            <source>{value}: the time {time} does not exist (hours 00-23, minutes and seconds 00-59)</source>
            <translation>{value} : l'heure {time} n'existe pas (heures 00-23, minutes et secondes 00-59)</translation>
        </message>
        <message>
            <source>{value}: the time zone {zone} does not exist</source>
            <translation>{value} : le fuseau horaire {zone} n'existe pas</translation>
        </message>
        <message>
            <source>{value} is not a date and time (YYYY-MM-DDThh:mm, with :ss, .sss and Z or ±hh:mm if given)</source>
            <translation>{value} n'est pas une date et heure (YYYY-MM-DDThh:mm, avec :ss, .sss et Z ou ±hh:mm s'il y a lieu)</translation>
        </message>
        <message>
            <source>{file}: vis-timeline JSON needs an array of items</source>
            <translation>{file} : le JSON vis-timeline a besoin d'un tableau d'éléments</translation>
        </message>
        <message>
            <source>unknown group {group}</source>
            <translation>groupe inconnu {group}</translation>
        </message>
        <message>
            <source>empty text</source>
            <translation>un texte vide</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an item without a group</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind} ; lu comme un élément sans groupe</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the title</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind} ; un identifiant est tiré du titre</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day: years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} : hors des dates que cette visionneuse place au jour près : années -9999 à 9999 (10000 av. J.-C. à 9999 apr. J.-C.), de {low} à {high} millisecondes depuis 1970 ; donnez plutôt un texte de date (préfixé par Y pour les années plus longues)</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day and beyond JavaScript's own (±8.64e15): years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} : hors des dates que cette visionneuse place au jour près, et au-delà de celles de JavaScript (±8.64e15) : années -9999 à 9999 (10000 av. J.-C. à 9999 apr. J.-C.), de {low} à {high} millisecondes depuis 1970 ; donnez plutôt un texte de date (préfixé par Y pour les années plus longues)</translation>
        </message>
        <message>
            <source>unknown type {type}; read from start and end</source>
            <translation>type inconnu {type} ; lu d'après le début et la fin</translation>
        </message>
        <message>
            <source>expected a type name, found {kind}; read from start and end</source>
            <translation>un nom de type est attendu, trouvé : {kind} ; lu d'après le début et la fin</translation>
        </message>
        <message>
            <source>a {type} has no end; ignored</source>
            <translation>un élément {type} n'a pas de fin ; ignorée</translation>
        </message>
        <message>
            <source>a {type} item needs an end</source>
            <translation>un élément {type} a besoin d'une fin</translation>
        </message>
        <message>
            <source>missing id</source>
            <translation>identifiant manquant</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}</source>
            <translation>un texte ou un nombre est attendu, trouvé : {kind}</translation>
        </message>
        <message>
            <source>duplicate group id</source>
            <translation>identifiant de groupe en double</translation>
        </message>
        <message>
            <source>refers to unknown group {group}</source>
            <translation>renvoie à un groupe inconnu {group}</translation>
        </message>
        <message>
            <source>{reason}; ignored: running terms reach today</source>
            <extracomment>A file's "as of" day that is not a date, ignored; {reason} says what is wrong.</extracomment>
            <translation>{reason} ; ignoré : les mandats en cours vont jusqu'à aujourd'hui</translation>
        </message>
        <message>
            <source>held a character that is not text (a lone UTF-16 surrogate or a control character), shown as {mark}</source>
            <extracomment>{mark}: the replacement character, �.</extracomment>
            <translation>contenait un caractère qui n'est pas du texte (un demi-caractère UTF-16 isolé ou un caractère de contrôle), affiché comme {mark}</translation>
        </message>
        <message>
            <source>given {count} times ({values}); only the last is read</source>
            <extracomment>A key written more than once in one JSON object; {values}: each value given, in order.</extracomment>
            <translation>donné {count} fois ({values}) ; seul le dernier est lu</translation>
        </message>
        <message>
            <source>… and {count} more keys given more than once</source>
            <extracomment>{count}: keys given more than once beyond those listed one by one.</extracomment>
            <translation>… et {count} autres clés données plus d’une fois</translation>
        </message>
        <message>
            <source>{field} is given {count} times ({values}); only the last is read</source>
            <extracomment>After why a file is refused: {field}, a key written twice in one JSON object (its path), {values} each value given, in order.</extracomment>
            <translation>{field} est donné {count} fois ({values}) ; seul le dernier est lu</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) with errors, left out without being listed (only the first {listed} records with errors are); {refused} of {total} records refused in all</source>
            <extracomment>{listed}: records whose errors are listed; {refused} of {total}: records refused, of the file's records.</extracomment>
            <translation>
                <numerusform>… et %Ln autre enregistrement en erreur, écarté sans être listé (seuls les {listed} premiers enregistrements en erreur le sont) ; {refused} des {total} enregistrements refusés en tout</numerusform>
                <numerusform>… et %Ln autres enregistrements en erreur, écartés sans être listés (seuls les {listed} premiers enregistrements en erreur le sont) ; {refused} des {total} enregistrements refusés en tout</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>The words of the severities (the problems' values stay as the core writes them).</extracomment>
            <translation>erreur</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>note</source>
            <translation>remarque</translation>
        </message>
        <message>
            <source>Load problems</source>
            <translation>Problèmes de chargement</translation>
        </message>
        <message>
            <source>No file loaded.</source>
            <translation>Aucun fichier chargé.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) loaded</source>
            <translation>
                <numerusform>%Ln enregistrement chargé</numerusform>
                <numerusform>%Ln enregistrements chargés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln erreur</numerusform>
                <numerusform>%Ln erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln avertissement</numerusform>
                <numerusform>%Ln avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>No valid record: nothing to show.</source>
            <translation>Aucun enregistrement valide : rien à afficher.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Aucun problème trouvé.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source (listed as notes).</source>
            <translation>
                <numerusform>%Ln enregistrement sans source (listé en remarque).</numerusform>
                <numerusform>%Ln enregistrements sans source (listés en remarques).</numerusform>
            </translation>
        </message>
        <message>
            <source>no source given in the file</source>
            <translation>aucune source donnée dans le fichier</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) without a source (View › Table, Sources column: 0)</source>
            <translation>
                <numerusform>… et %Ln autre enregistrement sans source (Affichage › Tableau, colonne Sources : 0)</numerusform>
                <numerusform>… et %Ln autres enregistrements sans source (Affichage › Tableau, colonne Sources : 0)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the file.</source>
            <translation>Impossible d'ouvrir le fichier.</translation>
        </message>
    </context>
    <context>
        <name>Map</name>
        <message numerus="yes">
            <source>%Ln record(s) with an unknown place</source>
            <translation>
                <numerusform>%Ln enregistrement au lieu inconnu</numerusform>
                <numerusform>%Ln enregistrements au lieu inconnu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln whose place has no shape or coordinates here ({places})</source>
            <translation>
                <numerusform>%Ln dont le lieu n'a ni contour ni coordonnées ici ({places})</numerusform>
                <numerusform>%Ln dont le lieu n'a ni contour ni coordonnées ici ({places})</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the parts of the note on what is not on the map</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>Not on the map: {what}</source>
            <translation>Absents de la carte : {what}</translation>
        </message>
        <message>
            <source>No period: no date, or a date no single period holds</source>
            <translation>Sans période : pas de date, ou une date qu'aucune période ne contient entière</translation>
        </message>
        <message>
            <source>Placed at its country: no city located</source>
            <translation>Placé dans son pays : aucune ville localisée</translation>
        </message>
        <message>
            <source>City located by its name (GeoNames)</source>
            <translation>Ville située d'après son nom (GeoNames)</translation>
        </message>
        <message>
            <source>No record of this file has a place to put on the map</source>
            <translation>Aucun enregistrement de ce fichier n'a de lieu à placer sur la carte</translation>
        </message>
        <message>
            <source>Placing the records on the map…</source>
            <translation>Placement des enregistrements sur la carte…</translation>
        </message>
        <message>
            <source>No file open</source>
            <translation>Aucun fichier ouvert</translation>
        </message>
        <message>
            <source>{place} (placed at its country: no city located)</source>
            <translation>{place} (placé dans son pays : aucune ville localisée)</translation>
        </message>
        <message>
            <source>{place} (located by its name in GeoNames; the file gives no coordinates)</source>
            <translation>{place} (situé d'après son nom dans GeoNames ; le fichier ne donne pas de coordonnées)</translation>
        </message>
        <message>
            <source>Click again for the next; right-click for all</source>
            <translation>Cliquez encore pour le suivant ; clic droit pour tous</translation>
        </message>
        <message>
            <source>Only the timeline's visible range</source>
            <translation>Seulement la période visible de la frise</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of the %Ln record(s) placed on the map</source>
            <translation>
                <numerusform>Affiché : {shown} sur %Ln enregistrement placé sur la carte</numerusform>
                <numerusform>Affichés : {shown} sur %Ln enregistrements placés sur la carte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu titles and the window's submenus, for lupdate (they are shown through translate()).</extracomment>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>&amp;Lanes</source>
            <translation>&amp;Pistes</translation>
        </message>
        <message>
            <source>&amp;Show Items</source>
            <translation>É&amp;léments affichés</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <extracomment>The menus: a command's name, "-" for a separator, or "@name" for a submenu that the window fills (recent files, lanes, statuses, themes) or a dock's show/hide action. Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes seconds to build); the others stay shown.</extracomment>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <extracomment>View › Theme's entries (the theme names are the settings' values).</extracomment>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more (not listed)</source>
            <translation>
                <numerusform>… et %Ln autre (non listé)</numerusform>
                <numerusform>… et %Ln autres (non listés)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Timeline Viewer</source>
            <translation>Timeline Viewer</translation>
        </message>
        <message>
            <source>{severity}: {problem}</source>
            <extracomment>{severity}: error or warning; {problem}: where it is and why.</extracomment>
            <translation>{severity} : {problem}</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>sans titre</translation>
        </message>
        <message>
            <source>{file} (not opened)</source>
            <translation>{file} (non ouvert)</translation>
        </message>
        <message>
            <source>The last good data of {file}, read at {time}, is still shown. It is read again when the file changes (or with File › Reload).</source>
            <translation>Les dernières données valides de {file}, lues à {time}, restent affichées. Le fichier est relu quand il change (ou avec Fichier › Recharger).</translation>
        </message>
        <message>
            <source>Could not reload the file</source>
            <translation>Impossible de recharger le fichier</translation>
        </message>
        <message>
            <source>{file} changed but could not be read; the last good data is still shown</source>
            <translation>{file} a changé mais n'a pas pu être lu ; les dernières données valides restent affichées</translation>
        </message>
        <message>
            <source>{file} is still shown.</source>
            <translation>{file} reste affiché.</translation>
        </message>
        <message>
            <source>No data is shown. Use File › Open… or File › Open Bundled Record.</source>
            <translation>Aucune donnée n'est affichée. Utilisez Fichier › Ouvrir… ou Fichier › Ouvrir l'enregistrement fourni.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>Nothing to draw: the file holds no valid record. The Load Report says why.</source>
            <translation>Rien à dessiner : le fichier ne contient aucun enregistrement valide. Le rapport de chargement dit pourquoi.</translation>
        </message>
        <message>
            <source>Nothing to draw with the lanes and items shown: show them again in View › Lanes and View › Show Items.</source>
            <translation>Rien à dessiner avec les pistes et les éléments affichés : réaffichez-les dans Affichage › Pistes et Affichage › Éléments affichés.</translation>
        </message>
        <message>
            <source>Nothing to draw: no record has both a lane and a known date. View › Table lists every record.</source>
            <translation>Rien à dessiner : aucun enregistrement n'a à la fois une piste et une date connue. Affichage › Tableau les liste tous.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valid record(s)</source>
            <translation>
                <numerusform>%Ln enregistrement valide</numerusform>
                <numerusform>%Ln enregistrements valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln erreur</numerusform>
                <numerusform>%Ln erreurs</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: nothing to draw: no record has a lane and a known date ({counts}; 'validate' lists them)</source>
            <translation>{file} : rien à dessiner : aucun enregistrement n'a de piste et de date connue ({counts} ; « validate » les liste)</translation>
        </message>
    </context>
    <context>
        <name>Open</name>
        <message>
            <source>Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;All files (*)</source>
            <translation>Fichiers de frise (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open timeline</source>
            <translation>Ouvrir une frise</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files</source>
            <translation>Ouvrir un dossier de fichiers Parquet</translation>
        </message>
        <message>
            <source>Loading {file}…</source>
            <translation>Chargement de {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Chargement</translation>
        </message>
        <message numerus="yes">
            <source>{file}: no valid record any more (%Ln error(s); the first: {first})</source>
            <translation>
                <numerusform>{file} : plus aucun enregistrement valide (%Ln erreur ; la première : {first})</numerusform>
                <numerusform>{file} : plus aucun enregistrement valide (%Ln erreurs ; la première : {first})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Placing the %Ln record(s) of {file} in lanes…</source>
            <translation>
                <numerusform>Placement de %Ln enregistrement de {file} dans les pistes…</numerusform>
                <numerusform>Placement des %Ln enregistrements de {file} dans les pistes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading {file} cancelled</source>
            <translation>Chargement de {file} annulé</translation>
        </message>
        <message>
            <source>{file} is no longer there; the last good data is still shown</source>
            <translation>{file} n'existe plus ; les dernières données valides restent affichées</translation>
        </message>
    </context>
    <context>
        <name>Ordinals</name>
        <message>
            <source>{n}st</source>
            <comment>the ordinal of 1 (a session)</comment>
            <translation>{n}re</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>ordinal ending in 1, not 1 or 11 (a session)</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}e</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>{country} (city unknown)</source>
            <extracomment>A place whose country alone is known: {country}, its name.</extracomment>
            <translation>{country} (ville inconnue)</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search titles, places, people…</source>
            <translation>Rechercher titres, lieux, personnes…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Search matches</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es), not drawn</source>
            <translation>
                <numerusform>%Ln résultat, non dessiné</numerusform>
                <numerusform>%Ln résultats, non dessinés</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>aucun résultat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} sur {total}</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln not drawn)</source>
            <translation>
                <numerusform>(+%Ln non dessiné)</numerusform>
                <numerusform>(+%Ln non dessinés)</numerusform>
            </translation>
        </message>
        <message>
            <source>Matches without a date or a lane, or in a hidden lane, are not drawn on the chart; View › Table lists every record.</source>
            <translation>Les résultats sans date ni piste, ou dans une piste masquée, ne sont pas dessinés sur le graphique ; Affichage › Tableau liste tous les enregistrements.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Load problems: show the load report</source>
            <translation>Problèmes de chargement : afficher le rapport de chargement</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) (records left out)</source>
            <translation>
                <numerusform>%Ln erreur (enregistrements écartés)</numerusform>
                <numerusform>%Ln erreurs (enregistrements écartés)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln erreur</numerusform>
                <numerusform>%Ln erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln avertissement</numerusform>
                <numerusform>%Ln avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Load report: {problems}</source>
            <translation>Rapport de chargement : {problems}</translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %Ln record(s) drawn</source>
            <translation>
                <numerusform>{drawn} enregistrement dessiné sur %Ln</numerusform>
                <numerusform>{drawn} enregistrements dessinés sur %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>{missing} not on the timeline: {undated} without a date, {without_lane} without a lane (see View › Table)</source>
            <translation>{missing} hors de la frise : {undated} sans date, {without_lane} sans piste (voir Affichage › Tableau)</translation>
        </message>
        <message>
            <source>{hidden} hidden (View › Lanes, View › Show Items)</source>
            <translation>{hidden} masqués (Affichage › Pistes, Affichage › Éléments affichés)</translation>
        </message>
        <message>
            <source>Showing {range}</source>
            <translation>Affiché : {range}</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>present</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>Records table</source>
            <translation>Tableau des enregistrements</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Pistes</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>About Timeline Viewer</source>
            <translation>À propos de Timeline Viewer</translation>
        </message>
        <message>
            <source>--range {asked}: the window shows {shown}, near the data; export draws any range</source>
            <translation>--range {asked} : la fenêtre montre {shown}, près des données ; l'export dessine toute période</translation>
        </message>
        <message>
            <source>--select {id} is outside --range {asked}: the window shows {shown}, around it</source>
            <translation>--select {id} est hors de --range {asked} : la fenêtre montre {shown}, autour de lui</translation>
        </message>
        <message>
            <source>--select: no record with id {id}</source>
            <translation>--select : aucun enregistrement d'identifiant {id}</translation>
        </message>
        <message>
            <source>Citation copied</source>
            <translation>Citation copiée</translation>
        </message>
        <message>
            <source>Reset settings</source>
            <translation>Réinitialiser les réglages</translation>
        </message>
        <message>
            <source>Forget the window layout, theme, last file, view and export choices? The defaults apply now and at the next start.</source>
            <translation>Oublier la disposition de la fenêtre, le thème, le dernier fichier, la vue et les choix d'export ? Les valeurs par défaut s'appliquent dès maintenant et au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Spring</source>
            <extracomment>Text longer than this is not a date; it is not handed to the ``edtf`` package either. Declared orders of day and month for slash dates (``03/04/1923``).</extracomment>
            <translation>Printemps</translation>
        </message>
        <message>
            <source>Summer</source>
            <translation>Été</translation>
        </message>
        <message>
            <source>Autumn</source>
            <translation>Automne</translation>
        </message>
        <message>
            <source>Winter</source>
            <translation>Hiver</translation>
        </message>
        <message>
            <source>{year} BC</source>
            <translation>{year} av. J.-C.</translation>
        </message>
        <message>
            <source>{season} {year}</source>
            <extracomment>Centre of the covered interval, in days since 1970-01-01: every date is drawn at the centre of its precision interval (a day at noon, a year around 2 July). Spans run centre to centre, so a term ending the day (or year) the next one starts touches it without overlapping. An attribute, not a property: layout reads it for every record.</extracomment>
            <translation>{season} {year}</translation>
        </message>
        <message>
            <source>{year}s</source>
            <comment>a decade</comment>
            <translation>années {year}</translation>
        </message>
        <message>
            <source>c. {date}</source>
            <comment>approximate</comment>
            <translation>vers {date}</translation>
        </message>
        <message>
            <source>{date}?</source>
            <comment>uncertain</comment>
            <translation>{date} ?</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a date</comment>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>{start} – present</source>
            <translation>{start} – aujourd'hui</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a place</comment>
            <translation>inconnu</translation>
        </message>
    </context>
</TS>
