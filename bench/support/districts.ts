// The 400 Kreise and kreisfreie Städte of Germany (territorial status 2024), by Land.
// "S:" lists the kreisfreie Städte, "K:" the Kreise; a Kreis name without "Kreis",
// "kreis", "Region" or "Städteregion" in it is a "Landkreis …".
const LAENDER: Record<string, { S: string; K: string }> = {
  "Nordrhein-Westfalen": {
    S: "Bielefeld, Bochum, Bonn, Bottrop, Dortmund, Duisburg, Düsseldorf, Essen, Gelsenkirchen, Hagen, Hamm, Herne, Köln, Krefeld, Leverkusen, Mönchengladbach, Mülheim an der Ruhr, Münster, Oberhausen, Remscheid, Solingen, Wuppertal",
    K: "Städteregion Aachen, Kreis Borken, Kreis Coesfeld, Kreis Düren, Ennepe-Ruhr-Kreis, Kreis Euskirchen, Kreis Gütersloh, Kreis Heinsberg, Kreis Herford, Hochsauerlandkreis, Kreis Höxter, Kreis Kleve, Kreis Lippe, Märkischer Kreis, Kreis Mettmann, Kreis Minden-Lübbecke, Oberbergischer Kreis, Kreis Olpe, Kreis Paderborn, Kreis Recklinghausen, Rhein-Erft-Kreis, Rheinisch-Bergischer Kreis, Rhein-Kreis Neuss, Rhein-Sieg-Kreis, Kreis Siegen-Wittgenstein, Kreis Soest, Kreis Steinfurt, Kreis Unna, Kreis Viersen, Kreis Warendorf, Kreis Wesel",
  },
  "Baden-Württemberg": {
    S: "Stuttgart, Heilbronn, Baden-Baden, Karlsruhe, Heidelberg, Mannheim, Pforzheim, Freiburg im Breisgau, Ulm",
    K: "Böblingen, Esslingen, Göppingen, Ludwigsburg, Rems-Murr-Kreis, Heilbronn, Hohenlohekreis, Schwäbisch Hall, Main-Tauber-Kreis, Heidenheim, Ostalbkreis, Karlsruhe, Rastatt, Neckar-Odenwald-Kreis, Rhein-Neckar-Kreis, Calw, Enzkreis, Freudenstadt, Breisgau-Hochschwarzwald, Emmendingen, Ortenaukreis, Rottweil, Schwarzwald-Baar-Kreis, Tuttlingen, Konstanz, Lörrach, Waldshut, Reutlingen, Tübingen, Zollernalbkreis, Alb-Donau-Kreis, Biberach, Bodenseekreis, Ravensburg, Sigmaringen",
  },
  Bayern: {
    S: "München, Rosenheim, Ingolstadt, Landshut, Passau, Straubing, Amberg, Regensburg, Weiden in der Oberpfalz, Bamberg, Bayreuth, Coburg, Hof, Ansbach, Erlangen, Fürth, Nürnberg, Schwabach, Aschaffenburg, Schweinfurt, Würzburg, Augsburg, Kaufbeuren, Kempten (Allgäu), Memmingen",
    K: "Altötting, Berchtesgadener Land, Bad Tölz-Wolfratshausen, Dachau, Ebersberg, Eichstätt, Erding, Freising, Fürstenfeldbruck, Garmisch-Partenkirchen, Landsberg am Lech, Miesbach, Mühldorf am Inn, München, Neuburg-Schrobenhausen, Pfaffenhofen an der Ilm, Rosenheim, Starnberg, Traunstein, Weilheim-Schongau, Deggendorf, Freyung-Grafenau, Kelheim, Landshut, Passau, Regen, Rottal-Inn, Straubing-Bogen, Dingolfing-Landau, Amberg-Sulzbach, Cham, Neumarkt in der Oberpfalz, Neustadt an der Waldnaab, Regensburg, Schwandorf, Tirschenreuth, Bamberg, Bayreuth, Coburg, Forchheim, Hof, Kronach, Kulmbach, Lichtenfels, Wunsiedel im Fichtelgebirge, Ansbach, Erlangen-Höchstadt, Fürth, Nürnberger Land, Neustadt an der Aisch-Bad Windsheim, Roth, Weißenburg-Gunzenhausen, Aschaffenburg, Bad Kissingen, Rhön-Grabfeld, Haßberge, Kitzingen, Miltenberg, Main-Spessart, Schweinfurt, Würzburg, Aichach-Friedberg, Augsburg, Dillingen an der Donau, Günzburg, Neu-Ulm, Lindau (Bodensee), Ostallgäu, Unterallgäu, Donau-Ries, Oberallgäu",
  },
  Berlin: { S: "Berlin", K: "" },
  Bremen: { S: "Bremen, Bremerhaven", K: "" },
  Hamburg: { S: "Hamburg", K: "" },
  Brandenburg: {
    S: "Brandenburg an der Havel, Cottbus, Frankfurt (Oder), Potsdam",
    K: "Barnim, Dahme-Spreewald, Elbe-Elster, Havelland, Märkisch-Oderland, Oberhavel, Oberspreewald-Lausitz, Oder-Spree, Ostprignitz-Ruppin, Potsdam-Mittelmark, Prignitz, Spree-Neiße, Teltow-Fläming, Uckermark",
  },
  Hessen: {
    S: "Darmstadt, Frankfurt am Main, Offenbach am Main, Wiesbaden, Kassel",
    K: "Bergstraße, Darmstadt-Dieburg, Groß-Gerau, Hochtaunuskreis, Main-Kinzig-Kreis, Main-Taunus-Kreis, Odenwaldkreis, Offenbach, Rheingau-Taunus-Kreis, Wetteraukreis, Gießen, Lahn-Dill-Kreis, Limburg-Weilburg, Marburg-Biedenkopf, Vogelsbergkreis, Fulda, Hersfeld-Rotenburg, Kassel, Schwalm-Eder-Kreis, Waldeck-Frankenberg, Werra-Meißner-Kreis",
  },
  "Mecklenburg-Vorpommern": {
    S: "Rostock, Schwerin",
    K: "Mecklenburgische Seenplatte, Rostock, Vorpommern-Rügen, Nordwestmecklenburg, Vorpommern-Greifswald, Ludwigslust-Parchim",
  },
  Niedersachsen: {
    S: "Braunschweig, Salzgitter, Wolfsburg, Delmenhorst, Emden, Oldenburg (Oldb), Osnabrück, Wilhelmshaven",
    K: "Gifhorn, Goslar, Helmstedt, Northeim, Peine, Wolfenbüttel, Göttingen, Region Hannover, Diepholz, Hameln-Pyrmont, Hildesheim, Holzminden, Nienburg/Weser, Schaumburg, Celle, Cuxhaven, Harburg, Lüchow-Dannenberg, Lüneburg, Osterholz, Rotenburg (Wümme), Heidekreis, Stade, Uelzen, Verden, Ammerland, Aurich, Cloppenburg, Emsland, Friesland, Grafschaft Bentheim, Leer, Oldenburg, Osnabrück, Vechta, Wesermarsch, Wittmund",
  },
  "Rheinland-Pfalz": {
    S: "Frankenthal (Pfalz), Kaiserslautern, Koblenz, Landau in der Pfalz, Ludwigshafen am Rhein, Mainz, Neustadt an der Weinstraße, Pirmasens, Speyer, Trier, Worms, Zweibrücken",
    K: "Ahrweiler, Altenkirchen (Westerwald), Alzey-Worms, Bad Dürkheim, Bad Kreuznach, Bernkastel-Wittlich, Birkenfeld, Cochem-Zell, Donnersbergkreis, Eifelkreis Bitburg-Prüm, Germersheim, Kaiserslautern, Kusel, Mainz-Bingen, Mayen-Koblenz, Neuwied, Rhein-Hunsrück-Kreis, Rhein-Lahn-Kreis, Rhein-Pfalz-Kreis, Südliche Weinstraße, Südwestpfalz, Trier-Saarburg, Vulkaneifel, Westerwaldkreis",
  },
  Saarland: {
    S: "",
    K: "Regionalverband Saarbrücken, Merzig-Wadern, Neunkirchen, Saarlouis, Saarpfalz-Kreis, St. Wendel",
  },
  Sachsen: {
    S: "Chemnitz, Dresden, Leipzig",
    K: "Erzgebirgskreis, Mittelsachsen, Vogtlandkreis, Zwickau, Bautzen, Görlitz, Meißen, Sächsische Schweiz-Osterzgebirge, Leipzig, Nordsachsen",
  },
  "Sachsen-Anhalt": {
    S: "Dessau-Roßlau, Halle (Saale), Magdeburg",
    K: "Altmarkkreis Salzwedel, Anhalt-Bitterfeld, Börde, Burgenlandkreis, Harz, Jerichower Land, Mansfeld-Südharz, Saalekreis, Salzlandkreis, Stendal, Wittenberg",
  },
  "Schleswig-Holstein": {
    S: "Flensburg, Kiel, Lübeck, Neumünster",
    K: "Dithmarschen, Herzogtum Lauenburg, Nordfriesland, Ostholstein, Pinneberg, Plön, Rendsburg-Eckernförde, Schleswig-Flensburg, Segeberg, Steinburg, Stormarn",
  },
  Thüringen: {
    S: "Erfurt, Gera, Jena, Suhl, Weimar",
    K: "Altenburger Land, Eichsfeld, Gotha, Greiz, Hildburghausen, Ilm-Kreis, Kyffhäuserkreis, Nordhausen, Saale-Holzland-Kreis, Saale-Orla-Kreis, Saalfeld-Rudolstadt, Schmalkalden-Meiningen, Sömmerda, Sonneberg, Unstrut-Hainich-Kreis, Wartburgkreis, Weimarer Land",
  },
};

export interface District {
  slug: string;
  name: string;
  kind: "KREIS" | "KREISFREIE_STADT";
  land: string;
}

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const split = (list: string) =>
  list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** All 400 districts, NRW first (so the first 53 are the NRW networks). */
export function germanDistricts(): District[] {
  const result: District[] = [];
  for (const [land, { S, K }] of Object.entries(LAENDER)) {
    for (const city of split(S))
      result.push({ slug: slugify(city), name: `Stadt ${city}`, kind: "KREISFREIE_STADT", land });
    for (const kreis of split(K)) {
      const name = /kreis|Kreis|Region|Städteregion/.test(kreis) ? kreis : `Landkreis ${kreis}`;
      result.push({ slug: slugify(name), name, kind: "KREIS", land });
    }
  }
  const seen = new Set<string>();
  for (const district of result) {
    if (seen.has(district.slug)) district.slug = `${district.slug}-${slugify(district.land)}`;
    seen.add(district.slug);
  }
  return result;
}
