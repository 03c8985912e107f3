<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the file (it also reloads by itself when it changes on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Bundled Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all: show the whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a citation of the selected item (text and CSL-JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, places, people and summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the table of all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>… and %Ln more fact(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more person(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more mark(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more alternative(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more disputed field(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more source(s), not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} prints them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by no single source; see the record&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source given in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sources disagree: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded. Use File › Open… to open a timeline file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a marker or a bar to see what happened, when, where, who, and the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %Ln more in the Load Report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record could be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no valid record, so the timeline is empty. The reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shown. Use File › Open… to open another file, or File › Open Bundled Record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Tab</source>
        <extracomment>Keys that the timeline and the search field handle themselves (not menu commands).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous / next item in the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nearest item in the lane above / below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out around the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item&apos;s first source in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up / Page Down, Shift+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the lanes up / down when they overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter (in search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel / drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom / pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle through items drawn on the same spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Assembly session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ordinal} session of the General Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host city unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced / unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host city unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term as President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms as President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not officially recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term as Secretary General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms as Secretary General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary General in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag handover at the {ordinal} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag handover: host → next host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to the next host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover from the previous host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years without a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced; not reported as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled; not confirmed as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised by INTERPOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <comment>records an article is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in {language} when Timeline Viewer starts again. Restart now? Your file, view and settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu titles and the window&apos;s submenus, for lupdate (they are shown through translate()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>The menus: a command&apos;s name, &quot;-&quot; for a separator, or &quot;@name&quot; for a submenu that the window fills (recent files, lanes, statuses, themes) or a dock&apos;s show/hide action. Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes seconds to build); the others stay shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View › Theme&apos;s entries (the theme names are the settings&apos; values).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <source>{n}st</source>
        <comment>the ordinal of 1 (a session)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}th</source>
        <comment>ordinal (a session)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}st</source>
        <comment>ordinal ending in 1, not 1 or 11 (a session)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}nd</source>
        <comment>ordinal (a session)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}rd</source>
        <comment>ordinal (a session)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select: no record with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Spring</source>
        <extracomment>Text longer than this is not a date; it is not handed to the ``edtf`` package either. Declared orders of day and month for slash dates (``03/04/1923``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} BC</source>
        <extracomment>First and last month of each EDTF season (northern hemisphere; winter runs from December into February of the next year).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{season} {year}</source>
        <extracomment>Centre of the covered interval, in days since 1970-01-01: every date is drawn at the centre of its precision interval (a day at noon, a year around 2 July). Spans run centre to centre, so a term ending the day (or year) the next one starts touches it without overlapping. An attribute, not a property: layout reads it for every record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}s</source>
        <comment>a decade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {date}</source>
        <comment>approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}?</source>
        <comment>uncertain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a place</comment>
        <extracomment>Every registered record kind, as a live collection (``kind in KINDS``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
