<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>About</name>
        <message>
            <source>Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, Secretaries General and flag handovers, compiled from the sources cited in each record (INTERPOL releases, national police and ministry pages, news reports); summaries are original text.</source>
            <translation>Datos incluidos: las reuniones de la Asamblea General de INTERPOL (1923-2026), los Presidentes, los Secretarios Generales y los traspasos de la bandera, recopilados a partir de las fuentes citadas en cada registro (comunicados de INTERPOL, páginas de policías y ministerios nacionales, noticias de prensa); los resúmenes son textos originales.</translation>
        </message>
        <message>
            <source>Licence: MIT (code); DejaVu fonts under their own free licence.</source>
            <translation>Licencia: MIT (código); fuentes DejaVu bajo su propia licencia libre.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a file (or drop it on the window)</source>
            <translation>Abrir un archivo (o soltarlo sobre la ventana)</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>Abrir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files (a partitioned table)</source>
            <translation>Abrir una carpeta de archivos Parquet (una tabla particionada)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <source>Reload the file (it also reloads by itself when it changes on disk)</source>
            <translation>Recargar el archivo (también se recarga solo cuando cambia en el disco)</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Record</source>
            <translation>Abrir el registro &amp;incluido</translation>
        </message>
        <message>
            <source>&amp;Export Image…</source>
            <translation>&amp;Exportar imagen…</translation>
        </message>
        <message>
            <source>Export the chart as an image</source>
            <translation>Exportar el gráfico como imagen</translation>
        </message>
        <message>
            <source>Export &amp;Map…</source>
            <translation>Exportar &amp;mapa…</translation>
        </message>
        <message>
            <source>Export the map of the places</source>
            <translation>Exportar el mapa de los lugares</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>&amp;Fit All</source>
            <translation>&amp;Ver todo</translation>
        </message>
        <message>
            <source>Fit all: show the whole timeline</source>
            <translation>Ver todo: mostrar toda la cronología</translation>
        </message>
        <message>
            <source>Fit Lanes in &amp;Window</source>
            <translation>Todos los carriles en la &amp;ventana</translation>
        </message>
        <message>
            <source>Fit every lane in the window's height (rows too thin for labels)</source>
            <translation>Ajustar todos los carriles a la altura de la ventana (filas demasiado finas para las etiquetas)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Clear Selection</source>
            <translation>Borrar la selección</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Borrar la selección</translation>
        </message>
        <message>
            <source>Copy &amp;Citation</source>
            <translation>Copiar la &amp;cita</translation>
        </message>
        <message>
            <source>Copy a citation of the selected item (text and CSL-JSON)</source>
            <translation>Copiar una cita del elemento seleccionado (texto y CSL-JSON)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Search titles, places, people and summaries</source>
            <translation>Buscar en títulos, lugares, personas y resúmenes</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Tabla</translation>
        </message>
        <message>
            <source>Show or hide the table of all records</source>
            <translation>Mostrar u ocultar la tabla de todos los registros</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>&amp;Reset Settings…</source>
            <translation>&amp;Restablecer la configuración…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Timeline Viewer</source>
            <translation>&amp;Acerca de Timeline Viewer</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message numerus="yes">
            <source>… and %Ln more fact(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln hecho más, no mostrado aquí</numerusform>
                <numerusform>… y %Ln hechos más, no mostrados aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more name(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln nombre más, no mostrado aquí</numerusform>
                <numerusform>… y %Ln nombres más, no mostrados aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more mark(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln marca más, no mostrada aquí</numerusform>
                <numerusform>… y %Ln marcas más, no mostradas aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more alternative(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln alternativa más, no mostrada aquí</numerusform>
                <numerusform>… y %Ln alternativas más, no mostradas aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more disputed field(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln campo discutido más, no mostrado aquí</numerusform>
                <numerusform>… y %Ln campos discutidos más, no mostrados aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more source(s), not shown here</source>
            <translation>
                <numerusform>… y %Ln fuente más, no mostrada aquí</numerusform>
                <numerusform>… y %Ln fuentes más, no mostradas aquí</numerusform>
            </translation>
        </message>
        <message>
            <source>{command} prints them all</source>
            <translation>{command} los muestra todos</translation>
        </message>
        <message>
            <source>stated by no single source; see the record's sources</source>
            <translation>ninguna fuente lo indica por sí sola; véanse las fuentes del registro</translation>
        </message>
        <message>
            <source>(title cut: {count} characters in all; python -m viewer records prints it whole)</source>
            <translation>(título cortado: {count} caracteres en total; python -m viewer records lo muestra entero)</translation>
        </message>
        <message>
            <source>(inferred)</source>
            <translation>(deducido)</translation>
        </message>
        <message>
            <source>(start inferred)</source>
            <extracomment>After a term's dates when only its start is inferred ("1963 – unknown (start inferred)").</extracomment>
            <translation>(inicio deducido)</translation>
        </message>
        <message>
            <source>(end inferred)</source>
            <extracomment>After a term's dates when only its end is inferred.</extracomment>
            <translation>(final deducido)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Elected</source>
            <translation>Elegido</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Cómo terminó</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Datos clave</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Relacionados</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: {relation}</source>
            <translation>
                <numerusform>… y %Ln más: {relation}</numerusform>
                <numerusform>… y %Ln más: {relation}</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>No source given in the file.</source>
            <translation>El archivo no indica ninguna fuente.</translation>
        </message>
        <message>
            <source>⚠ Sources disagree: {field}</source>
            <translation>⚠ Las fuentes discrepan: {field}</translation>
        </message>
        <message>
            <source>(preferred)</source>
            <translation>(preferido)</translation>
        </message>
        <message>
            <source>No data loaded. Use File › Open… to open a timeline file.</source>
            <translation>No hay datos cargados. Use Archivo › Abrir… para abrir un archivo de cronología.</translation>
        </message>
        <message>
            <source>Click a marker or a bar to see what happened, when, where, who, and the sources.</source>
            <translation>Haga clic en un marcador o una barra para ver qué ocurrió, cuándo, dónde, quién y las fuentes.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>el archivo</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more in the Load Report.</source>
            <translation>
                <numerusform>… y %Ln más en el informe de carga.</numerusform>
                <numerusform>… y %Ln más en el informe de carga.</numerusform>
            </translation>
        </message>
        <message>
            <source>No record could be loaded</source>
            <translation>No se pudo cargar ningún registro</translation>
        </message>
        <message>
            <source>{file} has no valid record, so the timeline is empty. The reasons:</source>
            <translation>{file} no tiene ningún registro válido, así que la cronología está vacía. Los motivos:</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>No se pudo abrir el archivo</translation>
        </message>
        <message>
            <source>Nothing is shown. Use File › Open… to open another file, or File › Open Bundled Record.</source>
            <translation>No se muestra nada. Use Archivo › Abrir… para abrir otro archivo, o Archivo › Abrir el registro incluido.</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>Copiar la cita</translation>
        </message>
        <message>
            <source>Copy a citation of this item: readable text and CSL-JSON (Edit › Copy Citation)</source>
            <translation>Copiar una cita de este elemento: texto legible y CSL-JSON (Editar › Copiar la cita)</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more character(s) not shown; python -m viewer records prints the whole text)</source>
            <translation>
                <numerusform>(%Ln carácter más no mostrado; python -m viewer records imprime el texto completo)</numerusform>
                <numerusform>(%Ln caracteres más no mostrados; python -m viewer records imprime el texto completo)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Details</source>
            <extracomment>Space around the "Copy citation" button in its strip below the text (pixels).</extracomment>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Load Report</source>
            <translation>Informe de carga</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

The app keeps running. Details are in the log file:
{path}</source>
            <translation>Algo salió mal: {error}

La aplicación sigue funcionando. Los detalles están en el archivo de registro:
{path}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Exporting {file}…</source>
            <translation>Exportando {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Nada que exportar</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Exported {file}</source>
            <translation>Exportado: {file}</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written</source>
            <translation>Exportación cancelada; no se escribió ningún archivo</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Dibujo SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln more in the app or 'records')</source>
            <translation>
                <numerusform>(+%Ln más en la aplicación o en «records»)</numerusform>
                <numerusform>(+%Ln más en la aplicación o en «records»)</numerusform>
            </translation>
        </message>
        <message>
            <source>Range shown: {range}</source>
            <translation>Periodo mostrado: {range}</translation>
        </message>
        <message>
            <source>(no records in this range)</source>
            <translation>(ningún registro en este periodo)</translation>
        </message>
        <message>
            <source>not drawn: {undated} without a date, {without_lane} without a lane</source>
            <translation>no dibujados: {undated} sin fecha, {without_lane} sin carril</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a date, not drawn</source>
            <translation>
                <numerusform>%Ln registro sin fecha, no dibujado</numerusform>
                <numerusform>%Ln registros sin fecha, no dibujados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a lane, not drawn</source>
            <translation>
                <numerusform>%Ln registro sin carril, no dibujado</numerusform>
                <numerusform>%Ln registros sin carril, no dibujados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) drawn over others to fit the image</source>
            <translation>
                <numerusform>%Ln registro dibujado sobre otros para caber en la imagen</numerusform>
                <numerusform>%Ln registros dibujados sobre otros para caber en la imagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %Ln row(s) a lane</source>
            <translation>
                <numerusform>como máximo %Ln fila por carril</numerusform>
                <numerusform>como máximo %Ln filas por carril</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{unnamed} of %Ln lane(s) unnamed: too thin for a name</source>
            <translation>
                <numerusform>de %Ln carril, {unnamed} sin nombre: demasiado estrecho para un nombre</numerusform>
                <numerusform>de %Ln carriles, {unnamed} sin nombre: demasiado estrechos para un nombre</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {file}</source>
            <translation>Datos: {file}</translation>
        </message>
        <message>
            <source>Sources of the numbered items</source>
            <translation>Fuentes de los elementos numerados</translation>
        </message>
        <message numerus="yes">
            <source>({unnumbered} of %Ln item(s) unnumbered: no room for a number or its note, or no source)</source>
            <translation>
                <numerusform>({unnumbered} de %Ln elemento sin número: sin espacio para un número o su nota, o sin fuente)</numerusform>
                <numerusform>({unnumbered} de %Ln elementos sin número: sin espacio para un número o su nota, o sin fuente)</numerusform>
            </translation>
        </message>
        <message>
            <source>sources not numbered: no label has room for a number</source>
            <translation>fuentes sin numerar: ninguna etiqueta tiene sitio para un número</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s): too many for source footnotes; export a narrower range to list them</source>
            <translation>
                <numerusform>%Ln elemento: demasiados para notas de fuentes; exporte un periodo más corto para listarlos</numerusform>
                <numerusform>%Ln elementos: demasiados para notas de fuentes; exporte un periodo más corto para listarlos</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: sources, continued (page {page} of {pages})</source>
            <translation>{title}: fuentes, continuación (página {page} de {pages})</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormato:</translation>
        </message>
        <message>
            <source>&amp;Visible range</source>
            <translation>Periodo &amp;visible</translation>
        </message>
        <message>
            <source>&amp;Whole timeline</source>
            <translation>&amp;Toda la cronología</translation>
        </message>
        <message>
            <source>&amp;Years</source>
            <translation>&amp;Años</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Desde el año</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>Hasta el año</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Extent:</source>
            <translation>Extensión:</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Ancho en píxeles</translation>
        </message>
        <message>
            <source>fit content</source>
            <translation>según el contenido</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Alto en píxeles</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>escala</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;Tamaño:</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Vertical</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Página:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Tít&amp;ulo:</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>&amp;Leyenda</translation>
        </message>
        <message>
            <source>&amp;Source footnotes</source>
            <translation>Notas de &amp;fuentes</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Tema:</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Incluir:</translation>
        </message>
        <message>
            <source>&amp;Highlight the selected item</source>
            <translation>&amp;Resaltar el elemento seleccionado</translation>
        </message>
        <message>
            <source>Nothing is selected</source>
            <translation>No hay nada seleccionado</translation>
        </message>
        <message>
            <source>Export image to</source>
            <translation>Exportar la imagen a</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a file to save the image to (Browse…).</source>
            <translation>Elija un archivo donde guardar la imagen (Examinar…).</translation>
        </message>
        <message>
            <source>The last year ({last}) is before the first ({first}).</source>
            <translation>El último año ({last}) es anterior al primero ({first}).</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>{file} ya existe. ¿Reemplazarlo?</translation>
        </message>
        <message>
            <source>Exported the map to {file}</source>
            <translation>Mapa exportado: {file}</translation>
        </message>
        <message>
            <source>No file is open</source>
            <translation>No hay ningún archivo abierto</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln placed record(s)</source>
            <translation>
                <numerusform>{shown} de %Ln registro ubicado</numerusform>
                <numerusform>{shown} de %Ln registros ubicados</numerusform>
            </translation>
        </message>
        <message>
            <source>as the data file gives them</source>
            <comment>the coordinates</comment>
            <translation>las del archivo de datos</translation>
        </message>
        <message>
            <source>Map: Natural Earth (public domain), Equal Earth projection; coordinates: {coords}</source>
            <translation>Mapa: Natural Earth (dominio público), proyección Equal Earth; coordenadas: {coords}</translation>
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
            <translation>Llevar el foco del teclado a la cronología</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>Izquierda / Derecha</translation>
        </message>
        <message>
            <source>Select the previous / next item in the lane</source>
            <translation>Seleccionar el elemento anterior / siguiente del carril</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>Arriba / Abajo</translation>
        </message>
        <message>
            <source>Select the nearest item in the lane above / below</source>
            <translation>Seleccionar el elemento más cercano del carril de arriba / de abajo</translation>
        </message>
        <message>
            <source>Zoom in / out around the selection</source>
            <translation>Acercar / alejar en torno a la selección</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Open the selected item's first source in the browser</source>
            <translation>Abrir la primera fuente del elemento seleccionado en el navegador</translation>
        </message>
        <message>
            <source>Page Up / Page Down, Shift+wheel</source>
            <translation>Re Pág / Av Pág, Mayús+rueda</translation>
        </message>
        <message>
            <source>Scroll the lanes up / down when they overflow</source>
            <translation>Desplazar los carriles hacia arriba / abajo cuando no caben</translation>
        </message>
        <message>
            <source>Enter / Shift+Enter (in search)</source>
            <translation>Intro / Mayús+Intro (en la búsqueda)</translation>
        </message>
        <message>
            <source>Select the next / previous match</source>
            <translation>Seleccionar la coincidencia siguiente / anterior</translation>
        </message>
        <message>
            <source>Mouse wheel / drag</source>
            <translation>Rueda del ratón / arrastrar</translation>
        </message>
        <message>
            <source>Zoom / pan</source>
            <translation>Zoom / desplazar</translation>
        </message>
        <message>
            <source>Repeated clicks</source>
            <translation>Clics repetidos</translation>
        </message>
        <message>
            <source>Cycle through items drawn on the same spot</source>
            <translation>Recorrer los elementos dibujados en el mismo lugar</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Acontecimiento</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Acontecimientos</translation>
        </message>
        <message>
            <source>Era</source>
            <translation>Época</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <source>published</source>
            <translation>publicado</translation>
        </message>
        <message>
            <source>General Assembly session</source>
            <translation>Reunión de la Asamblea General</translation>
        </message>
        <message>
            <source>{ordinal} session of the General Assembly</source>
            <translation>{ordinal} reunión de la Asamblea General</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Host city unknown</source>
            <translation>Ciudad anfitriona desconocida</translation>
        </message>
        <message>
            <source>Date inferred</source>
            <translation>Fecha deducida</translation>
        </message>
        <message>
            <source>Announced / unconfirmed</source>
            <translation>Anunciada / sin confirmar</translation>
        </message>
        <message>
            <source>host city unknown</source>
            <translation>ciudad anfitriona desconocida</translation>
        </message>
        <message>
            <source>Term as President</source>
            <translation>Mandato de Presidente</translation>
        </message>
        <message>
            <source>Terms as President</source>
            <translation>Mandatos de Presidente</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Presidente</translation>
        </message>
        <message>
            <source>Acting</source>
            <translation>Interino</translation>
        </message>
        <message>
            <source>Not officially recognised</source>
            <translation>No reconocido oficialmente</translation>
        </message>
        <message>
            <source>Start or end unknown</source>
            <translation>Inicio o fin desconocidos</translation>
        </message>
        <message>
            <source>Term's dates inferred</source>
            <translation>Fechas del mandato deducidas</translation>
        </message>
        <message>
            <source>President in office</source>
            <translation>Presidente en funciones</translation>
        </message>
        <message>
            <source>Term as Secretary General</source>
            <translation>Mandato de Secretario General</translation>
        </message>
        <message>
            <source>Terms as Secretary General</source>
            <translation>Mandatos de Secretario General</translation>
        </message>
        <message>
            <source>Secretary General</source>
            <translation>Secretario General</translation>
        </message>
        <message>
            <source>Secretary General in office</source>
            <translation>Secretario General en funciones</translation>
        </message>
        <message>
            <source>Flag handover</source>
            <translation>Traspaso de la bandera</translation>
        </message>
        <message>
            <source>Flag handover at the {ordinal} session</source>
            <translation>Traspaso de la bandera en la {ordinal} reunión</translation>
        </message>
        <message>
            <source>Flag handovers</source>
            <translation>Traspasos de la bandera</translation>
        </message>
        <message>
            <source>Flag handover: host → next host</source>
            <translation>Traspaso de la bandera: anfitrión → siguiente anfitrión</translation>
        </message>
        <message>
            <source>Handed over at</source>
            <translation>Traspasada en</translation>
        </message>
        <message>
            <source>Next host</source>
            <translation>Siguiente anfitrión</translation>
        </message>
        <message>
            <source>Handover to the next host</source>
            <translation>Traspaso al siguiente anfitrión</translation>
        </message>
        <message>
            <source>Handover from the previous host</source>
            <translation>Traspaso del anfitrión anterior</translation>
        </message>
        <message>
            <source>No session</source>
            <translation>Sin reunión</translation>
        </message>
        <message>
            <source>Years without a session</source>
            <translation>Años sin reunión</translation>
        </message>
        <message>
            <source>No session held</source>
            <translation>No se celebró reunión</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Reuniones celebradas</translation>
        </message>
        <message>
            <source>held</source>
            <translation>celebrada</translation>
        </message>
        <message>
            <source>Announced sessions</source>
            <translation>Reuniones anunciadas</translation>
        </message>
        <message>
            <source>announced; not reported as held</source>
            <translation>anunciada; no consta que se celebrara</translation>
        </message>
        <message>
            <source>Scheduled, not confirmed</source>
            <translation>Previstas, sin confirmar</translation>
        </message>
        <message>
            <source>scheduled; not confirmed as held</source>
            <translation>prevista; no se ha confirmado su celebración</translation>
        </message>
        <message>
            <source>no session held</source>
            <translation>no se celebró reunión</translation>
        </message>
        <message>
            <source>Official terms</source>
            <translation>Mandatos oficiales</translation>
        </message>
        <message>
            <source>official</source>
            <translation>oficial</translation>
        </message>
        <message>
            <source>Acting terms</source>
            <translation>Mandatos interinos</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>interino</translation>
        </message>
        <message>
            <source>not recognised by INTERPOL</source>
            <translation>no reconocido por INTERPOL</translation>
        </message>
        <message>
            <source>About</source>
            <comment>records an article is about</comment>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Relacionado</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>primaria</translation>
        </message>
        <message>
            <source>press</source>
            <translation>prensa</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copia</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Place: {place}</source>
            <translation>Lugar: {place}</translation>
        </message>
        <message>
            <source>start inferred</source>
            <translation>inicio deducido</translation>
        </message>
        <message>
            <source>end inferred</source>
            <translation>final deducido</translation>
        </message>
        <message>
            <source>session number inferred</source>
            <translation>número de sesión deducido</translation>
        </message>
        <message>
            <source>how the term ended inferred</source>
            <translation>forma en que terminó el mandato deducida</translation>
        </message>
        <message>
            <source>place inferred</source>
            <translation>lugar deducido</translation>
        </message>
        <message>
            <source>election day inferred</source>
            <translation>día de la elección deducido</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>mandato cumplido</translation>
        </message>
        <message>
            <source>resigned</source>
            <translation>dimisión</translation>
        </message>
        <message>
            <source>died in office</source>
            <translation>falleció en el cargo</translation>
        </message>
        <message>
            <source>removed from office</source>
            <translation>destituido</translation>
        </message>
        <message>
            <source>acting until a holder was elected</source>
            <translation>interino hasta la elección de un titular</translation>
        </message>
        <message>
            <source>still in office</source>
            <translation>sigue en el cargo</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>{reason}: {detail}</source>
            <extracomment>How a term ended ({reason}, in the reader's words), then the file's own words.</extracomment>
            <translation>{reason}: {detail}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between status marks</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{field} inferred</source>
            <translation>{field} deducido</translation>
        </message>
        <message>
            <source>sources disagree</source>
            <translation>las fuentes discrepan</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The interface will be in {language} when Timeline Viewer starts again. Restart now? Your file, view and settings are kept.</source>
            <translation>La interfaz estará en {language} cuando Timeline Viewer vuelva a iniciarse. ¿Reiniciar ahora? Se conservan su archivo, su vista y su configuración.</translation>
        </message>
        <message>
            <source>Restart Now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Date known to its month, year, decade or century: the line under it</source>
            <translation>Fecha conocida al mes, al año, a la década o al siglo: la línea debajo</translation>
        </message>
        <message>
            <source>Start unknown: drawn dashed over its end's date</source>
            <translation>Inicio desconocido: dibujado con trazo discontinuo sobre la fecha de su fin</translation>
        </message>
        <message numerus="yes">
            <source>+%n more: enlarge the window</source>
            <translation>
                <numerusform>+%n más: amplíe la ventana</numerusform>
                <numerusform>+%n más: amplíe la ventana</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Opened {url} in the browser</source>
            <translation>{url} abierto en el navegador</translation>
        </message>
        <message>
            <source>Could not open the link</source>
            <translation>No se pudo abrir el enlace</translation>
        </message>
        <message>
            <source>No web browser could be started for:
{url}

Copy the address from the Details panel instead.</source>
            <translation>No se pudo iniciar ningún navegador web para:
{url}

Copie la dirección desde el panel Detalles.</translation>
        </message>
    </context>
    <context>
        <name>Load</name>
        <message>
            <source>line {number}</source>
            <extracomment>Records between two progress reports.</extracomment>
            <translation>línea {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>fila {number}</translation>
        </message>
        <message>
            <source>{part}, row {number}</source>
            <extracomment>{part}: a file of a partitioned Parquet folder; {number}: a row in that file.</extracomment>
            <translation>{part}, fila {number}</translation>
        </message>
        <message>
            <source>record {number}</source>
            <translation>registro {number}</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>id {id}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>campo {field}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of where a problem is</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <extracomment>{where}: the line or record, id and field; {reason}: what is wrong there.</extracomment>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more of this field, not listed</source>
            <extracomment>Problems of one field beyond those listed, {count} of them.</extracomment>
            <translation>… y {count} más de este campo, no listados</translation>
        </message>
        <message>
            <source>by record {number}</source>
            <translation>en el registro {number}</translation>
        </message>
        <message>
            <source>at line {number}</source>
            <translation>en la línea {number}</translation>
        </message>
        <message>
            <source>at row {number}</source>
            <translation>en la fila {number}</translation>
        </message>
        <message>
            <source>at {part}, row {number}</source>
            <translation>en {part}, fila {number}</translation>
        </message>
        <message>
            <source>duplicate id (first used {where})</source>
            <translation>id duplicado (usado antes {where})</translation>
        </message>
        <message>
            <source>; the two may have differed only in characters that are not text, each replaced by �</source>
            <translation>; quizá los dos solo diferían en caracteres que no son texto, cada uno sustituido por �</translation>
        </message>
        <message>
            <source>unknown lane {lane}</source>
            <translation>carril desconocido {lane}</translation>
        </message>
        <message>
            <source>refers to unknown record {id}</source>
            <translation>remite a un registro desconocido {id}</translation>
        </message>
        <message>
            <source>refused by the schema</source>
            <translation>rechazado por el esquema</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD (slash dates like 03/04/1923 are ambiguous and not accepted), or null when unknown</source>
            <translation>{value} no es una fecha de este formato: YYYY, YYYY-MM o YYYY-MM-DD (las fechas con barras como 03/04/1923 son ambiguas y no se aceptan), o null si se desconoce</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD, '..' when still running, or null</source>
            <translation>{value} no es una fecha de este formato: YYYY, YYYY-MM o YYYY-MM-DD, «..» si sigue en curso, o null</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date</source>
            <translation>{value} no es una fecha EDTF</translation>
        </message>
        <message>
            <source>(it ends with a line break)</source>
            <translation>(termina con un salto de línea)</translation>
        </message>
        <message>
            <source>{value} is not an http:// or https:// address</source>
            <translation>{value} no es una dirección http:// o https://</translation>
        </message>
        <message>
            <source>a record must be a JSON object, not {value}</source>
            <translation>un registro debe ser un objeto JSON, no {value}</translation>
        </message>
        <message>
            <source>missing; the format requires this field</source>
            <translation>falta; el formato exige este campo</translation>
        </message>
        <message>
            <source>unknown field {field}: this format has no such field (see data/timeline.schema.json); the record is left out</source>
            <translation>campo desconocido {field}: este formato no tiene ese campo (véase data/timeline.schema.json); el registro se deja fuera</translation>
        </message>
        <message>
            <source>{value} is an interval: give its first date as 'start' and its last as 'end'</source>
            <translation>{value} es un intervalo: dé su primera fecha en 'start' y la última en 'end'</translation>
        </message>
        <message>
            <source>empty: write a value</source>
            <translation>vacío: escriba un valor</translation>
        </message>
        <message>
            <source>{given} given without {needed}: give both or neither</source>
            <extracomment>{given} and {needed}: field names ("lat given without lon").</extracomment>
            <translation>{given} dado sin {needed}: dé ambos o ninguno</translation>
        </message>
        <message>
            <source>a source must be an http(s) address or an object with a 'url'</source>
            <translation>una fuente debe ser una dirección http(s) o un objeto con una «url»</translation>
        </message>
        <message>
            <source>{value} is not a valid id (letters, digits and _ . : - only, starting with a letter or digit)</source>
            <translation>{value} no es un id válido (solo letras, cifras y _ . : -, empezando por una letra o una cifra)</translation>
        </message>
        <message>
            <source>a title of spaces alone: write the title</source>
            <translation>un título de solo espacios: escriba el título</translation>
        </message>
        <message>
            <source>no source: every record needs at least one http(s) source</source>
            <translation>sin fuente: cada registro necesita al menos una fuente http(s)</translation>
        </message>
        <message>
            <source>{value} is not valid here: {reasons}</source>
            <translation>{value} no es válido aquí: {reasons}</translation>
        </message>
        <message>
            <source>{value}: {char} ({name}) is not an ASCII digit; dates are written with the digits 0-9</source>
            <extracomment>First and last month of each EDTF season (northern hemisphere; winter runs from December into February of the next year).</extracomment>
            <translation>{value}: {char} ({name}) no es una cifra ASCII; las fechas se escriben con las cifras 0-9</translation>
        </message>
        <message>
            <source>{value}: a month or day of a year beyond 9999 before or after year 0, which EDTF does not write (such a year is written alone: Y12021)</source>
            <translation>{value}: un mes o un día de un año más allá de 9999 antes o después del año 0, que EDTF no escribe (un año así se escribe solo: Y12021)</translation>
        </message>
        <message>
            <source>{value} is a slash date: the order of day and month is ambiguous; write it as YYYY-MM-DD or declare the order (DMY or MDY)</source>
            <translation>{value} es una fecha con barras: el orden del día y del mes es ambiguo; escríbala como YYYY-MM-DD o declare el orden (DMY o MDY)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (too long for one)</source>
            <translation>{value} no es una fecha EDTF (demasiado larga para serlo)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date: write a T between the day and the time (1923-09-03T10:30) or leave the time out (1923-09-03)</source>
            <translation>{value} no es una fecha EDTF: escriba una T entre el día y la hora (1923-09-03T10:30) u omita la hora (1923-09-03)</translation>
        </message>
        <message>
            <source>{value}: a day needs a known month</source>
            <translation>{value}: un día necesita un mes conocido</translation>
        </message>
        <message>
            <source>{value}: month {month} is not 1-12 (or a season 21-24)</source>
            <translation>{value}: el mes {month} no está entre 1 y 12 (ni es una estación 21-24)</translation>
        </message>
        <message>
            <source>{value}: day {day} does not exist in that month</source>
            <translation>{value}: el día {day} no existe en ese mes</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (write a year 1923, a month 1923-09, a day 1923-09-03, a day and time 1923-09-03T10:30, or an interval 1923/1925)</source>
            <translation>{value} no es una fecha EDTF (escriba un año 1923, un mes 1923-09, un día 1923-09-03, un día y una hora 1923-09-03T10:30 o un intervalo 1923/1925)</translation>
        </message>
        <message>
            <source>{value} is EDTF, but not a single date of level 0 or 1 this viewer can place (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)</source>
            <translation>{value} es EDTF, pero no una fecha única de nivel 0 o 1 que este visor pueda situar (use YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDThh:mm)</translation>
        </message>
        <message>
            <source>{value}: the end {end} is before the start {start}</source>
            <translation>{value}: el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <source>day {day} given without a month</source>
            <translation>día {day} dado sin mes</translation>
        </message>
        <message>
            <source>year {year} is beyond {most} before or after year 0</source>
            <translation>el año {year} está más allá de {most} antes o después del año 0</translation>
        </message>
        <message>
            <source>month {month} is not 1-12</source>
            <translation>el mes {month} no está entre 1 y 12</translation>
        </message>
        <message>
            <source>year {year} has more than four digits: give the year only</source>
            <translation>el año {year} tiene más de cuatro cifras: dé solo el año</translation>
        </message>
        <message>
            <source>day {day} does not exist in {month}</source>
            <extracomment>{month}: a month and its year ("February 1923").</extracomment>
            <translation>el día {day} no existe en {month}</translation>
        </message>
        <message>
            <source>of about {count} digits</source>
            <translation>de unas {count} cifras</translation>
        </message>
        <message>
            <source>Events</source>
            <extracomment>The lane the viewer makes for the records of a file that names no lane.</extracomment>
            <translation>Acontecimientos</translation>
        </message>
        <message>
            <source>missing start date</source>
            <translation>falta la fecha de inicio</translation>
        </message>
        <message>
            <source>an era needs an end date</source>
            <translation>una era necesita una fecha de fin</translation>
        </message>
        <message>
            <source>{url} is not an http(s) URL; not kept as a source</source>
            <extracomment>Records without a source named in the load's warning (the rest are counted).</extracomment>
            <translation>{url} no es una URL http(s); no se conserva como fuente</translation>
        </message>
        <message>
            <source>an interval here and an end date as well</source>
            <translation>un intervalo aquí y además una fecha de fin</translation>
        </message>
        <message>
            <source>end {end} is before start {start}</source>
            <translation>el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <source>no id; it is given the id {id}, made from its title</source>
            <extracomment>A row of a table with ids whose id is empty; {id}: the id it is given.</extracomment>
            <translation>sin identificador; recibe el identificador {id}, hecho a partir de su título</translation>
        </message>
        <message>
            <source>no id and no title; it is given the id {id}</source>
            <translation>sin identificador ni título; recibe el identificador {id}</translation>
        </message>
        <message numerus="yes">
            <source>{records} and %Ln more</source>
            <translation>
                <numerusform>{records} y %Ln más</numerusform>
                <numerusform>{records} y %Ln más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source URL (shown as "no source given"): {records}</source>
            <translation>
                <numerusform>%Ln registro sin URL de fuente (se indica «el archivo no indica ninguna fuente»): {records}</numerusform>
                <numerusform>%Ln registros sin URL de fuente (se indica «el archivo no indica ninguna fuente»): {records}</numerusform>
            </translation>
        </message>
        <message>
            <source>id {id} holds invisible characters ({names}): it looks like {looks} but is a different id</source>
            <translation>el id {id} contiene caracteres invisibles ({names}): parece {looks} pero es otro id</translation>
        </message>
        <message>
            <source>id {id} looks the same as id {other} but is written with other characters ({codes}): a different id</source>
            <extracomment>{id} and {other}: two record ids that look the same.</extracomment>
            <translation>el identificador {id} se ve igual que el identificador {other} pero se escribe con otros caracteres ({codes}): es otro identificador</translation>
        </message>
        <message>
            <source>a Parquet file cut short or damaged (its end is missing)</source>
            <translation>un archivo Parquet cortado o dañado (le falta el final)</translation>
        </message>
        <message>
            <source>an {type} file ({mime})</source>
            <translation>un archivo {type} ({mime})</translation>
        </message>
        <message>
            <source>a {type} file ({mime})</source>
            <translation>un archivo {type} ({mime})</translation>
        </message>
        <message>
            <source>{file}: not a regular file (a device or a pipe); save the data to a file and open that</source>
            <translation>{file}: no es un archivo normal (un dispositivo o una tubería); guarde los datos en un archivo y ábralo</translation>
        </message>
        <message>
            <source>{file}: file not found</source>
            <translation>{file}: no se encuentra el archivo</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a file</source>
            <translation>{file}: es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>{file}: {size} bytes is larger than this viewer reads ({most} bytes, {gb} GB, at most)</source>
            <translation>{file}: {size} bytes es más de lo que lee este visor ({most} bytes, {gb} GB, como máximo)</translation>
        </message>
        <message>
            <source>{file}: cannot read ({reason})</source>
            <translation>{file}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>{file}: this is a spreadsheet workbook or other binary file, not text; save it as "CSV UTF-8" (or JSON) and open that</source>
            <translation>{file}: es un libro de hoja de cálculo u otro archivo binario, no texto; guárdelo como «CSV UTF-8» (o JSON) y abra ese</translation>
        </message>
        <message>
            <source>{file}: {kind}; copy or write the file again and open it</source>
            <translation>{file}: {kind}; copie o escriba de nuevo el archivo y ábralo</translation>
        </message>
        <message>
            <source>{file}: this is {kind}, not a timeline; open a JSON, CSV, Parquet or Arrow file</source>
            <translation>{file}: es {kind}, no una línea de tiempo; abra un archivo JSON, CSV, Parquet o Arrow</translation>
        </message>
        <message>
            <source>{file}: starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte}: {reason})</source>
            <translation>{file}: empieza con una marca de orden de bytes {encoding} pero no es {encoding} válido (byte {byte}: {reason})</translation>
        </message>
        <message>
            <source>{file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8</source>
            <translation>{file}: parece texto UTF-16 sin marca de orden de bytes; guárdelo como UTF-8</translation>
        </message>
        <message>
            <source>{file}: the file is empty</source>
            <translation>{file}: el archivo está vacío</translation>
        </message>
        <message>
            <source>{file}: contains NUL characters: a binary file, not text</source>
            <translation>{file}: contiene caracteres NUL: un archivo binario, no texto</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 and open it again</source>
            <translation>{file}: línea {line}, columna {column}: el byte {byte} no es UTF-8; guarde el archivo como UTF-8 y vuelva a abrirlo</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and open it again</source>
            <translation>{file}: línea {line}, columna {column}: el byte {byte} no es UTF-8 (quizá sea Windows-1252 o Latin-1); guarde el archivo como UTF-8 y vuelva a abrirlo</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file}: línea {line}, columna {column}: el byte {byte} no es UTF-8; guarde el archivo como UTF-8 («CSV UTF-8» en Excel) y vuelva a abrirlo</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file}: línea {line}, columna {column}: el byte {byte} no es UTF-8 (quizá sea Windows-1252 o Latin-1); guarde el archivo como UTF-8 («CSV UTF-8» en Excel) y vuelva a abrirlo</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>verdadero o falso (true/false)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>una cadena</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>un array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>an object with keys {keys}</source>
            <extracomment>Format names and their descriptions, as reported in :attr:`LoadResult.format`.</extracomment>
            <translation>un objeto con las claves {keys}</translation>
        </message>
        <message>
            <source>an empty array</source>
            <translation>un array vacío</translation>
        </message>
        <message>
            <source>an empty object</source>
            <translation>un objeto vacío</translation>
        </message>
        <message>
            <source>{file}: JSON, but not a timeline format this viewer reads (found {shape}); expected 'records' (timeline viewer), 'events' (TimelineJS), 'timeline' with 'date' (TimelineJS 2) or an array of items with 'start' (vis-timeline)</source>
            <translation>{file}: JSON, pero no en un formato de línea de tiempo que lea este visor (se encontró {shape}); se esperaba «records» (timeline viewer), «events» (TimelineJS), «timeline» con «date» (TimelineJS 2) o un array de elementos con «start» (vis-timeline)</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no columns</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{file}: line {line}: CSV columns not recognised (found {columns}); expected a 'start' column (plain CSV) or TimelineJS's 'Year' and 'Headline'</source>
            <translation>{file}: línea {line}: columnas CSV no reconocidas (se encontró {columns}); se esperaba una columna «start» (CSV simple) o «Year» y «Headline» de TimelineJS</translation>
        </message>
        <message>
            <source>unknown date format {value} (use DMY or MDY)</source>
            <translation>formato de fecha desconocido {value} (use DMY o MDY)</translation>
        </message>
        <message>
            <source>{file}: a folder without Parquet files (*.parquet)</source>
            <translation>{file}: una carpeta sin archivos Parquet (*.parquet)</translation>
        </message>
        <message>
            <source>{file}: not a readable Arrow / Feather file ({reason})</source>
            <translation>{file}: no es un archivo Arrow / Feather legible ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable Parquet file ({reason})</source>
            <translation>{file}: no es un archivo Parquet legible ({reason})</translation>
        </message>
        <message>
            <source>{file}: {part}: not a readable Parquet file ({reason})</source>
            <translation>{file}: {part}: no es un archivo Parquet legible ({reason})</translation>
        </message>
        <message>
            <source>{file}: its Parquet files disagree on column {column}: {type} in {part}, {other} in {other_part}</source>
            <translation>{file}: sus archivos Parquet no coinciden en la columna {column}: {type} en {part}, {other} en {other_part}</translation>
        </message>
        <message>
            <source>column {column} gives its times in the time zone {zone}, which is not known; ignored</source>
            <translation>la columna {column} da sus horas en la zona horaria {zone}, que no se conoce; se ignora</translation>
        </message>
        <message>
            <source>column {column} holds {type}, which cannot be read as text; ignored</source>
            <extracomment>{column}: a column's name; {type}: its type in pyarrow's words.</extracomment>
            <translation>la columna {column} contiene {type}, que no se puede leer como texto; se ignora</translation>
        </message>
        <message>
            <source>the files' own column {column} is not read: its values come from the folder names ({name}=...)</source>
            <translation>la columna {column} de los archivos no se lee: sus valores vienen de los nombres de las carpetas ({name}=...)</translation>
        </message>
        <message>
            <source>{file}: column {column} gives its times in the time zone {zone}, which is not known</source>
            <translation>{file}: la columna {column} da sus horas en la zona horaria {zone}, que no se conoce</translation>
        </message>
        <message>
            <source>{file}: column {column} holds {type}, which cannot be read as text</source>
            <translation>{file}: la columna {column} contiene {type}, que no se puede leer como texto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more row(s) held characters that are not text, shown as {mark}</source>
            <extracomment>After the first 100 rows with such characters were listed one by one.</extracomment>
            <translation>
                <numerusform>%Ln fila más contenía caracteres que no son texto, mostrados como {mark}</numerusform>
                <numerusform>%Ln filas más contenían caracteres que no son texto, mostrados como {mark}</numerusform>
            </translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}), both read as {column}; only the first is read, the cells of column {number} are ignored</source>
            <extracomment>One line and its end, split where the ``csv`` module (and ``io.StringIO(newline="")``) splits: ``
``, ``<byte value="xd" />
`` or ``<byte value="xd" />``. A run of lines holding only spaces and tabs. One character class, repeated: a repeated group would make the regular expression engine keep state for each line it passes.</extracomment>
            <translation>la columna {number} repite la columna {first_number} ({first}), ambas leídas como {column}; solo se lee la primera, las celdas de la columna {number} se ignoran</translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}); only the first is read, the cells of column {number} are ignored</source>
            <translation>la columna {number} repite la columna {first_number} ({first}); solo se lee la primera, las celdas de la columna {number} se ignoran</translation>
        </message>
        <message>
            <source>a quote opens at column {column} and is never closed: this row is left out, and the lines after it are read as rows</source>
            <translation>unas comillas se abren en la columna {column} y nunca se cierran: esta fila se deja fuera, y las líneas siguientes se leen como filas</translation>
        </message>
        <message>
            <source>column {number} has no name in the header; its cells are ignored (the first at line {line})</source>
            <translation>la columna {number} no tiene nombre en la cabecera; sus celdas se ignoran (la primera en la línea {line})</translation>
        </message>
        <message>
            <source>{file}: no header row</source>
            <translation>{file}: no hay fila de encabezado</translation>
        </message>
        <message>
            <source>{file}: line {line}: date_format {value} is not DMY or MDY</source>
            <translation>{file}: línea {line}: date_format {value} no es DMY ni MDY</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>columna desconocida, ignorada</translation>
        </message>
        <message>
            <source>{file}: line {line}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file}: línea {line}: no hay columna «start» (columnas del archivo: {found}); este formato lee {columns}</translation>
        </message>
        <message>
            <source>{file}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file}: no hay columna «start» (columnas del archivo: {found}); este formato lee {columns}</translation>
        </message>
        <message>
            <source>no rows under the header: the file holds no records</source>
            <translation>no hay filas bajo el encabezado: el archivo no contiene registros</translation>
        </message>
        <message>
            <source>the table has no rows: the file holds no records</source>
            <translation>la tabla no tiene filas: el archivo no contiene registros</translation>
        </message>
        <message>
            <source>unknown metadata, ignored</source>
            <translation>metadato desconocido, ignorado</translation>
        </message>
        <message numerus="yes">
            <source>%Ln cell(s) beyond the header, ignored</source>
            <translation>
                <numerusform>%Ln celda más allá del encabezado, ignorada</numerusform>
                <numerusform>%Ln celdas más allá del encabezado, ignoradas</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown kind {kind}; read as an event</source>
            <translation>tipo desconocido {kind}; se lee como un evento</translation>
        </message>
        <message>
            <source>unknown status {status}, ignored</source>
            <translation>estado desconocido {status}, ignorado</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>sin título</translation>
        </message>
        <message>
            <source>{value} is not a latitude in degrees; the place has no coordinates</source>
            <translation>{value} no es una latitud en grados; el lugar no tiene coordenadas</translation>
        </message>
        <message>
            <source>{value} is not a longitude in degrees; the place has no coordinates</source>
            <translation>{value} no es una longitud en grados; el lugar no tiene coordenadas</translation>
        </message>
        <message>
            <source>lat and lon go together; coordinates left out</source>
            <translation>lat y lon van juntas; se omiten las coordenadas</translation>
        </message>
        <message>
            <source>there is no year 0 (1 BC is -1)</source>
            <extracomment>Spreadsheet columns (normalised, see :func:`viewer.core.importers.csvfile.normalise`).</extracomment>
            <translation>no existe el año 0 (1 a. C. es -1)</translation>
        </message>
        <message>
            <source>{name}: expected a number, found {value}</source>
            <translation>{name}: se esperaba un número, se encontró {value}</translation>
        </message>
        <message>
            <source>{name} {value} is not a whole number</source>
            <translation>{name} {value} no es un número entero</translation>
        </message>
        <message>
            <source>a month or day without a year</source>
            <translation>un mes o un día sin año</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as empty</source>
            <translation>se esperaba un texto o un número, se encontró {kind}; se lee como vacío</translation>
        </message>
        <message>
            <source>unknown field, ignored</source>
            <translation>campo desconocido, ignorado</translation>
        </message>
        <message>
            <source>expected an object, found {kind}; ignored</source>
            <translation>se esperaba un objeto, se encontró {kind}; ignorado</translation>
        </message>
        <message>
            <source>expected a date object, found {kind}</source>
            <translation>se esperaba un objeto de fecha, se encontró {kind}</translation>
        </message>
        <message>
            <source>missing year</source>
            <translation>falta el año</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the headline</source>
            <translation>se esperaba un texto o un número, se encontró {kind}; se crea un id a partir del titular</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an event without a group</source>
            <translation>se esperaba un texto o un número, se encontró {kind}; se lee como un evento sin grupo</translation>
        </message>
        <message>
            <source>expected an object, found {kind}</source>
            <translation>se esperaba un objeto, se encontró {kind}</translation>
        </message>
        <message>
            <source>{file}: TimelineJS JSON needs an 'events' list</source>
            <translation>{file}: el JSON de TimelineJS necesita una lista «events»</translation>
        </message>
        <message>
            <source>not a list; ignored</source>
            <translation>no es una lista; ignorado</translation>
        </message>
        <message>
            <source>expected a date text, found {kind}</source>
            <translation>se esperaba un texto de fecha, se encontró {kind}</translation>
        </message>
        <message>
            <source>expected a text, found {kind}; read as an event without a tag</source>
            <translation>se esperaba un texto, se encontró {kind}; se lee como un evento sin etiqueta</translation>
        </message>
        <message>
            <source>{file}: TimelineJS 2 JSON needs a 'timeline.date' list, found {kind}</source>
            <translation>{file}: el JSON de TimelineJS 2 necesita una lista «timeline.date», se encontró {kind}</translation>
        </message>
        <message>
            <source>a second title slide; read as an event</source>
            <translation>una segunda diapositiva de título; se lee como un evento</translation>
        </message>
        <message>
            <source>unknown type {type}; read as an event</source>
            <translation>tipo desconocido {type}; se lee como un evento</translation>
        </message>
        <message>
            <source>End Month or End Day without an End Year; ignored</source>
            <translation>End Month o End Day sin End Year; ignorado</translation>
        </message>
        <message>
            <source>missing start date (Year)</source>
            <translation>falta la fecha de inicio (Year)</translation>
        </message>
        <message>
            <source>expected a date text or milliseconds, found {kind}</source>
            <extracomment>A date with a time of day (ISO 8601, as JavaScript and moment.js read it). A year, month or day with JavaScript's expanded year, a sign and six digits (``-000044-03-15``): what ``Date.prototype.toISOString`` writes for years before 0 or after 9999, without its time. The start of one (a date, then T or a space and a digit): what follows must be a time. The milliseconds this viewer places on a day: years -9999 to 9999 (EDTF gives a month and a day only to years of four digits).</extracomment>
            <translation>se esperaba un texto de fecha o milisegundos, se encontró {kind}</translation>
        </message>
        <message>
            <source>{value} milliseconds</source>
            <translation>{value} milisegundos</translation>
        </message>
        <message>
            <source>a number of {digits} digits as milliseconds</source>
            <translation>un número de {digits} cifras como milisegundos</translation>
        </message>
        <message>
            <source>{value}: the time {time} does not exist (hours 00-23, minutes and seconds 00-59)</source>
            <translation>{value}: la hora {time} no existe (horas 00-23, minutos y segundos 00-59)</translation>
        </message>
        <message>
            <source>{value}: the time zone {zone} does not exist</source>
            <translation>{value}: la zona horaria {zone} no existe</translation>
        </message>
        <message>
            <source>{value} is not a date and time (YYYY-MM-DDThh:mm, with :ss, .sss and Z or ±hh:mm if given)</source>
            <translation>{value} no es una fecha y hora (YYYY-MM-DDThh:mm, con :ss, .sss y Z o ±hh:mm si se dan)</translation>
        </message>
        <message>
            <source>{file}: vis-timeline JSON needs an array of items</source>
            <translation>{file}: el JSON de vis-timeline necesita un array de elementos</translation>
        </message>
        <message>
            <source>unknown group {group}</source>
            <translation>grupo desconocido {group}</translation>
        </message>
        <message>
            <source>empty text</source>
            <translation>un texto vacío</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an item without a group</source>
            <translation>se esperaba un texto o un número, se encontró {kind}; se lee como un elemento sin grupo</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the title</source>
            <translation>se esperaba un texto o un número, se encontró {kind}; se crea un id a partir del título</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day: years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} está fuera de las fechas que este visor sitúa al día: años -9999 a 9999 (10000 a. C. a 9999 d. C.), de {low} a {high} milisegundos desde 1970; dé en su lugar un texto de fecha (con prefijo Y para años más largos)</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day and beyond JavaScript's own (±8.64e15): years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} está fuera de las fechas que este visor sitúa al día y más allá de las de JavaScript (±8.64e15): años -9999 a 9999 (10000 a. C. a 9999 d. C.), de {low} a {high} milisegundos desde 1970; dé en su lugar un texto de fecha (con prefijo Y para años más largos)</translation>
        </message>
        <message>
            <source>unknown type {type}; read from start and end</source>
            <translation>tipo desconocido {type}; se lee a partir del inicio y el fin</translation>
        </message>
        <message>
            <source>expected a type name, found {kind}; read from start and end</source>
            <translation>se esperaba un nombre de tipo, se encontró {kind}; se lee a partir del inicio y el fin</translation>
        </message>
        <message>
            <source>a {type} has no end; ignored</source>
            <translation>un elemento {type} no tiene fin; se ignora</translation>
        </message>
        <message>
            <source>a {type} item needs an end</source>
            <translation>un elemento {type} necesita un fin</translation>
        </message>
        <message>
            <source>missing id</source>
            <translation>falta el id</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}</source>
            <translation>se esperaba un texto o un número, se encontró {kind}</translation>
        </message>
        <message>
            <source>duplicate group id</source>
            <translation>id de grupo duplicado</translation>
        </message>
        <message>
            <source>refers to unknown group {group}</source>
            <translation>remite a un grupo desconocido {group}</translation>
        </message>
        <message>
            <source>{reason}; ignored: running terms reach today</source>
            <extracomment>A file's "as of" day that is not a date, ignored; {reason} says what is wrong.</extracomment>
            <translation>{reason}; se ignora: los mandatos en curso llegan hasta hoy</translation>
        </message>
        <message>
            <source>held a character that is not text (a lone UTF-16 surrogate or a control character), shown as {mark}</source>
            <extracomment>{mark}: the replacement character, �.</extracomment>
            <translation>contenía un carácter que no es texto (una mitad suelta de un par UTF-16 o un carácter de control), mostrado como {mark}</translation>
        </message>
        <message>
            <source>given {count} times ({values}); only the last is read</source>
            <extracomment>A key written more than once in one JSON object; {values}: each value given, in order.</extracomment>
            <translation>dado {count} veces ({values}); solo se lee el último</translation>
        </message>
        <message>
            <source>… and {count} more keys given more than once</source>
            <extracomment>{count}: keys given more than once beyond those listed one by one.</extracomment>
            <translation>… y {count} claves más dadas más de una vez</translation>
        </message>
        <message>
            <source>{field} is given {count} times ({values}); only the last is read</source>
            <extracomment>After why a file is refused: {field}, a key written twice in one JSON object (its path), {values} each value given, in order.</extracomment>
            <translation>{field} se da {count} veces ({values}); solo se lee el último</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) with errors, left out without being listed (only the first {listed} records with errors are); {refused} of {total} records refused in all</source>
            <extracomment>{listed}: records whose errors are listed; {refused} of {total}: records refused, of the file's records.</extracomment>
            <translation>
                <numerusform>… y %Ln registro más con errores, omitido sin listarse (solo se listan los {listed} primeros registros con errores); {refused} de {total} registros rechazados en total</numerusform>
                <numerusform>… y %Ln registros más con errores, omitidos sin listarse (solo se listan los {listed} primeros registros con errores); {refused} de {total} registros rechazados en total</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>The words of the severities (the problems' values stay as the core writes them).</extracomment>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>Load problems</source>
            <translation>Problemas de carga</translation>
        </message>
        <message>
            <source>No file loaded.</source>
            <translation>No hay ningún archivo cargado.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) loaded</source>
            <translation>
                <numerusform>%Ln registro cargado</numerusform>
                <numerusform>%Ln registros cargados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln error</numerusform>
                <numerusform>%Ln errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln advertencia</numerusform>
                <numerusform>%Ln advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>No valid record: nothing to show.</source>
            <translation>Ningún registro válido: nada que mostrar.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source (listed as notes).</source>
            <translation>
                <numerusform>%Ln registro sin fuente (listado como nota).</numerusform>
                <numerusform>%Ln registros sin fuente (listados como notas).</numerusform>
            </translation>
        </message>
        <message>
            <source>no source given in the file</source>
            <translation>el archivo no indica ninguna fuente</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) without a source (View › Table, Sources column: 0)</source>
            <translation>
                <numerusform>… y %Ln registro más sin fuente (Ver › Tabla, columna Fuentes: 0)</numerusform>
                <numerusform>… y %Ln registros más sin fuente (Ver › Tabla, columna Fuentes: 0)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the file.</source>
            <translation>No se pudo abrir el archivo.</translation>
        </message>
    </context>
    <context>
        <name>Map</name>
        <message numerus="yes">
            <source>%Ln record(s) with an unknown place</source>
            <translation>
                <numerusform>%Ln registro con lugar desconocido</numerusform>
                <numerusform>%Ln registros con lugar desconocido</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln whose place has no shape or coordinates here ({places})</source>
            <translation>
                <numerusform>%Ln cuyo lugar no tiene contorno ni coordenadas aquí ({places})</numerusform>
                <numerusform>%Ln cuyo lugar no tiene contorno ni coordenadas aquí ({places})</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the parts of the note on what is not on the map</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Not on the map: {what}</source>
            <translation>Fuera del mapa: {what}</translation>
        </message>
        <message>
            <source>No period: no date, or a date no single period holds</source>
            <translation>Sin periodo: sin fecha, o una fecha que ningún periodo contiene entera</translation>
        </message>
        <message>
            <source>Placed at its country: no city located</source>
            <translation>Situado en su país: ninguna ciudad localizada</translation>
        </message>
        <message>
            <source>City located by its name (GeoNames)</source>
            <translation>Ciudad ubicada por su nombre (GeoNames)</translation>
        </message>
        <message>
            <source>No record of this file has a place to put on the map</source>
            <translation>Ningún registro de este archivo tiene un lugar que situar en el mapa</translation>
        </message>
        <message>
            <source>Placing the records on the map…</source>
            <translation>Situando los registros en el mapa…</translation>
        </message>
        <message>
            <source>No file open</source>
            <translation>Ningún archivo abierto</translation>
        </message>
        <message>
            <source>{place} (placed at its country: no city located)</source>
            <translation>{place} (situado en su país: ninguna ciudad localizada)</translation>
        </message>
        <message>
            <source>{place} (located by its name in GeoNames; the file gives no coordinates)</source>
            <translation>{place} (ubicado por su nombre en GeoNames; el archivo no da coordenadas)</translation>
        </message>
        <message>
            <source>Click again for the next; right-click for all</source>
            <translation>Haga clic otra vez para el siguiente; clic derecho para todos</translation>
        </message>
        <message>
            <source>Only the timeline's visible range</source>
            <translation>Solo el periodo visible de la cronología</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of the %Ln record(s) placed on the map</source>
            <translation>
                <numerusform>Se muestra {shown} de %Ln registro situado en el mapa</numerusform>
                <numerusform>Se muestran {shown} de %Ln registros situados en el mapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu titles and the window's submenus, for lupdate (they are shown through translate()).</extracomment>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Lanes</source>
            <translation>&amp;Carriles</translation>
        </message>
        <message>
            <source>&amp;Show Items</source>
            <translation>&amp;Mostrar elementos</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <extracomment>The menus: a command's name, "-" for a separator, or "@name" for a submenu that the window fills (recent files, lanes, statuses, themes) or a dock's show/hide action. Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes seconds to build); the others stay shown.</extracomment>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <extracomment>View › Theme's entries (the theme names are the settings' values).</extracomment>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>C&amp;laro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more (not listed)</source>
            <translation>
                <numerusform>… y %Ln más (no listado)</numerusform>
                <numerusform>… y %Ln más (no listados)</numerusform>
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
            <translation>{severity}: {problem}</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>sin título</translation>
        </message>
        <message>
            <source>{file} (not opened)</source>
            <translation>{file} (no abierto)</translation>
        </message>
        <message>
            <source>The last good data of {file}, read at {time}, is still shown. It is read again when the file changes (or with File › Reload).</source>
            <translation>Los últimos datos válidos de {file}, leídos a las {time}, siguen mostrándose. Se vuelve a leer cuando el archivo cambia (o con Archivo › Recargar).</translation>
        </message>
        <message>
            <source>Could not reload the file</source>
            <translation>No se pudo recargar el archivo</translation>
        </message>
        <message>
            <source>{file} changed but could not be read; the last good data is still shown</source>
            <translation>{file} cambió pero no se pudo leer; siguen mostrándose los últimos datos válidos</translation>
        </message>
        <message>
            <source>{file} is still shown.</source>
            <translation>{file} sigue mostrándose.</translation>
        </message>
        <message>
            <source>No data is shown. Use File › Open… or File › Open Bundled Record.</source>
            <translation>No se muestra ningún dato. Use Archivo › Abrir… o Archivo › Abrir el registro incluido.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>No se pudo abrir el archivo</translation>
        </message>
        <message>
            <source>Nothing to draw: the file holds no valid record. The Load Report says why.</source>
            <translation>Nada que dibujar: el archivo no contiene ningún registro válido. El informe de carga dice por qué.</translation>
        </message>
        <message>
            <source>Nothing to draw with the lanes and items shown: show them again in View › Lanes and View › Show Items.</source>
            <translation>Nada que dibujar con los carriles y elementos mostrados: vuelva a mostrarlos en Ver › Carriles y Ver › Mostrar elementos.</translation>
        </message>
        <message>
            <source>Nothing to draw: no record has both a lane and a known date. View › Table lists every record.</source>
            <translation>Nada que dibujar: ningún registro tiene a la vez un carril y una fecha conocida. Ver › Tabla los lista todos.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valid record(s)</source>
            <translation>
                <numerusform>%Ln registro válido</numerusform>
                <numerusform>%Ln registros válidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln error</numerusform>
                <numerusform>%Ln errores</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: nothing to draw: no record has a lane and a known date ({counts}; 'validate' lists them)</source>
            <translation>{file}: nada que dibujar: ningún registro tiene carril y fecha conocida ({counts}; «validate» los lista)</translation>
        </message>
    </context>
    <context>
        <name>Open</name>
        <message>
            <source>Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;All files (*)</source>
            <translation>Archivos de cronología (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open timeline</source>
            <translation>Abrir una cronología</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files</source>
            <translation>Abrir una carpeta de archivos Parquet</translation>
        </message>
        <message>
            <source>Loading {file}…</source>
            <translation>Cargando {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Cargando</translation>
        </message>
        <message numerus="yes">
            <source>{file}: no valid record any more (%Ln error(s); the first: {first})</source>
            <translation>
                <numerusform>{file}: ya no hay ningún registro válido (%Ln error; el primero: {first})</numerusform>
                <numerusform>{file}: ya no hay ningún registro válido (%Ln errores; el primero: {first})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Placing the %Ln record(s) of {file} in lanes…</source>
            <translation>
                <numerusform>Colocando %Ln registro de {file} en los carriles…</numerusform>
                <numerusform>Colocando los %Ln registros de {file} en los carriles…</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading {file} cancelled</source>
            <translation>Carga de {file} cancelada</translation>
        </message>
        <message>
            <source>{file} is no longer there; the last good data is still shown</source>
            <translation>{file} ya no está; siguen mostrándose los últimos datos válidos</translation>
        </message>
    </context>
    <context>
        <name>Ordinals</name>
        <message>
            <source>{n}st</source>
            <comment>the ordinal of 1 (a session)</comment>
            <translation>{n}.ª</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}.ª</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>ordinal ending in 1, not 1 or 11 (a session)</comment>
            <translation>{n}.ª</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}.ª</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}.ª</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>{country} (city unknown)</source>
            <extracomment>A place whose country alone is known: {country}, its name.</extracomment>
            <translation>{country} (ciudad desconocida)</translation>
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
            <translation>Buscar títulos, lugares, personas…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>Search matches</source>
            <translation>Coincidencias de la búsqueda</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es), not drawn</source>
            <translation>
                <numerusform>%Ln coincidencia, sin dibujar</numerusform>
                <numerusform>%Ln coincidencias, sin dibujar</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>sin coincidencias</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln coincidencia</numerusform>
                <numerusform>%Ln coincidencias</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} de {total}</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln not drawn)</source>
            <translation>
                <numerusform>(+%Ln sin dibujar)</numerusform>
                <numerusform>(+%Ln sin dibujar)</numerusform>
            </translation>
        </message>
        <message>
            <source>Matches without a date or a lane, or in a hidden lane, are not drawn on the chart; View › Table lists every record.</source>
            <translation>Las coincidencias sin fecha ni carril, o en un carril oculto, no se dibujan en el gráfico; Ver › Tabla muestra todos los registros.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Load problems: show the load report</source>
            <translation>Problemas de carga: mostrar el informe de carga</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) (records left out)</source>
            <translation>
                <numerusform>%Ln error (registros excluidos)</numerusform>
                <numerusform>%Ln errores (registros excluidos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln error</numerusform>
                <numerusform>%Ln errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln advertencia</numerusform>
                <numerusform>%Ln advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>Load report: {problems}</source>
            <translation>Informe de carga: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %Ln record(s) drawn</source>
            <translation>
                <numerusform>{drawn} de %Ln registro dibujados</numerusform>
                <numerusform>{drawn} de %Ln registros dibujados</numerusform>
            </translation>
        </message>
        <message>
            <source>{missing} not on the timeline: {undated} without a date, {without_lane} without a lane (see View › Table)</source>
            <translation>{missing} fuera de la cronología: {undated} sin fecha, {without_lane} sin carril (véase Ver › Tabla)</translation>
        </message>
        <message>
            <source>{hidden} hidden (View › Lanes, View › Show Items)</source>
            <translation>{hidden} ocultos (Ver › Carriles, Ver › Mostrar elementos)</translation>
        </message>
        <message>
            <source>Showing {range}</source>
            <translation>Se muestra: {range}</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>present</source>
            <translation>actualidad</translation>
        </message>
        <message>
            <source>Records table</source>
            <translation>Tabla de registros</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Carriles</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>About Timeline Viewer</source>
            <translation>Acerca de Timeline Viewer</translation>
        </message>
        <message>
            <source>--range {asked}: the window shows {shown}, near the data; export draws any range</source>
            <translation>--range {asked}: la ventana muestra {shown}, cerca de los datos; la exportación dibuja cualquier periodo</translation>
        </message>
        <message>
            <source>--select {id} is outside --range {asked}: the window shows {shown}, around it</source>
            <translation>--select {id} está fuera de --range {asked}: la ventana muestra {shown}, a su alrededor</translation>
        </message>
        <message>
            <source>--select: no record with id {id}</source>
            <translation>--select: ningún registro con el id {id}</translation>
        </message>
        <message>
            <source>Citation copied</source>
            <translation>Cita copiada</translation>
        </message>
        <message>
            <source>Reset settings</source>
            <translation>Restablecer la configuración</translation>
        </message>
        <message>
            <source>Forget the window layout, theme, last file, view and export choices? The defaults apply now and at the next start.</source>
            <translation>¿Olvidar la disposición de la ventana, el tema, el último archivo, la vista y las opciones de exportación? Los valores predeterminados se aplican ahora y en el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Spring</source>
            <extracomment>Text longer than this is not a date; it is not handed to the ``edtf`` package either. Declared orders of day and month for slash dates (``03/04/1923``).</extracomment>
            <translation>Primavera</translation>
        </message>
        <message>
            <source>Summer</source>
            <translation>Verano</translation>
        </message>
        <message>
            <source>Autumn</source>
            <translation>Otoño</translation>
        </message>
        <message>
            <source>Winter</source>
            <translation>Invierno</translation>
        </message>
        <message>
            <source>{year} BC</source>
            <translation>{year} a. C.</translation>
        </message>
        <message>
            <source>{season} {year}</source>
            <extracomment>Centre of the covered interval, in days since 1970-01-01: every date is drawn at the centre of its precision interval (a day at noon, a year around 2 July). Spans run centre to centre, so a term ending the day (or year) the next one starts touches it without overlapping. An attribute, not a property: layout reads it for every record.</extracomment>
            <translation>{season} de {year}</translation>
        </message>
        <message>
            <source>{year}s</source>
            <comment>a decade</comment>
            <translation>década de {year}</translation>
        </message>
        <message>
            <source>c. {date}</source>
            <comment>approximate</comment>
            <translation>h. {date}</translation>
        </message>
        <message>
            <source>{date}?</source>
            <comment>uncertain</comment>
            <translation>{date}?</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a date</comment>
            <translation>desconocida</translation>
        </message>
        <message>
            <source>{start} – present</source>
            <translation>{start} – actualidad</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a place</comment>
            <translation>desconocido</translation>
        </message>
    </context>
</TS>
