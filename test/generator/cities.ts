/**
 * Real cities by country (ISO 3166-1 alpha-2 and English name). A city written `Name=Other`
 * has a second name in common use (endonym or exonym) that sources mix up.
 */
const CITIES_BY_COUNTRY = `
FR|France|Paris;Lyon=Lyons;Marseille=Marseilles;Strasbourg;Toulouse;Nice;Nantes;Bordeaux;Lille;Rennes;Montpellier;Grenoble;Dijon;Angers;Metz;Nancy;Rouen;Dunkerque=Dunkirk;Besançon;Orléans
DE|Germany|Berlin;Hamburg;München=Munich;Köln=Cologne;Frankfurt am Main;Stuttgart;Düsseldorf;Leipzig;Dresden;Hannover=Hanover;Nürnberg=Nuremberg;Bremen;Bonn;Mannheim;Aachen;Freiburg;Erlangen;Mainz;Trier;Münster
IT|Italy|Roma=Rome;Milano=Milan;Torino=Turin;Napoli=Naples;Firenze=Florence;Venezia=Venice;Bologna;Genova=Genoa;Padova=Padua;Reggio Emilia;Bari;Palermo;Verona;Trieste;Viareggio;Siracusa=Syracuse;Parma;Modena
ES|Spain|Madrid;Barcelona;Sevilla=Seville;Valencia;Bilbao;San Sebastián=Donostia;Zaragoza;Málaga;Granada;Córdoba;Salamanca;Santander;Murcia;Alicante;Oviedo;A Coruña
PT|Portugal|Lisboa=Lisbon;Porto;Cascais;Coimbra;Braga;Faro;Amadora;Évora;Aveiro;Setúbal
NL|Netherlands|Amsterdam;Rotterdam;Den Haag=The Hague;Utrecht;Tilburg;Eindhoven;Groningen;Leiden;Maastricht;Nijmegen;Haarlem;Arnhem
BE|Belgium|Bruxelles=Brussels;Antwerpen=Antwerp;Gent=Ghent;Liège;Brugge=Bruges;Leuven;Namur;Mechelen;Charleroi
CH|Switzerland|Genève=Geneva;Zürich;Basel;Bern;Lausanne;Neuchâtel;Lugano;Luzern=Lucerne;Fribourg;Winterthur
AT|Austria|Wien=Vienna;Graz;Linz;Salzburg;Innsbruck;Klagenfurt
PL|Poland|Warszawa=Warsaw;Kraków=Cracow;Gdańsk;Wrocław;Poznań;Łódź;Lublin;Katowice;Szczecin
CZ|Czechia|Praha=Prague;Brno;Ostrava;Plzeň;Olomouc
SK|Slovakia|Bratislava;Košice
HU|Hungary|Budapest;Pécs;Debrecen;Szeged;Győr
RO|Romania|București=Bucharest;Cluj-Napoca;Timișoara;Iași;Sibiu
BG|Bulgaria|Sofia;Plovdiv;Varna
GR|Greece|Athina=Athens;Thessaloniki;Patras;Heraklion
CY|Cyprus|Limassol;Nicosia=Lefkosia;Larnaca
TR|Türkiye|Istanbul;Ankara;Izmir
UA|Ukraine|Kyiv=Kiev;Lviv=Lvov;Kharkiv=Kharkov;Odesa=Odessa;Melitopol;Dnipro
RU|Russia|Moskva=Moscow;Sankt Peterburg=Saint Petersburg;Izhevsk;Kazan;Novosibirsk
GB|United Kingdom|London;Liverpool;Manchester;Birmingham;Glasgow;Edinburgh;Belfast;Cardiff;Leeds;Bristol;Lewisham;Sheffield;Newcastle
IE|Ireland|Dublin;Cork;Limerick;Galway;Waterford
NO|Norway|Oslo;Bergen;Stavanger;Trondheim;Drammen
SE|Sweden|Stockholm;Göteborg=Gothenburg;Malmö;Uppsala;Botkyrka;Örebro
DK|Denmark|København=Copenhagen;Aarhus;Odense;Aalborg
FI|Finland|Helsinki;Tampere;Turku;Espoo
IS|Iceland|Reykjavík
EE|Estonia|Tallinn;Tartu
LV|Latvia|Riga
LT|Lithuania|Vilnius;Kaunas
SI|Slovenia|Ljubljana;Maribor
HR|Croatia|Zagreb;Split;Rijeka
RS|Serbia|Beograd=Belgrade;Novi Sad;Subotica
BA|Bosnia and Herzegovina|Sarajevo;Mostar
MK|North Macedonia|Skopje
AL|Albania|Tirana
MT|Malta|Valletta
LU|Luxembourg|Luxembourg;Esch-sur-Alzette
MD|Moldova|Chișinău=Kishinev
GE|Georgia|Tbilisi
AM|Armenia|Yerevan
MA|Morocco|Rabat;Casablanca;Marrakech;Fès
TN|Tunisia|Tunis;Sfax
EG|Egypt|Cairo;Alexandria
IL|Israel|Tel Aviv;Haifa
JP|Japan|Tokyo;Hamamatsu;Osaka;Kyoto;Yokohama;Nagoya
KR|South Korea|Seoul;Ansan;Busan;Incheon
CN|China|Beijing=Peking;Shanghai;Guangzhou
IN|India|New Delhi;Mumbai;Bengaluru
AU|Australia|Sydney;Melbourne;Brisbane;Perth;Adelaide
NZ|New Zealand|Auckland;Wellington
CA|Canada|Montréal=Montreal;Toronto;Vancouver;Ottawa;Québec;Calgary;Halifax
US|United States|New York;Chicago;Boston;San Francisco;Los Angeles;Washington;Seattle;Philadelphia
MX|Mexico|Mexico City=Ciudad de México;Guadalajara;Monterrey;Puebla
BR|Brazil|São Paulo;Rio de Janeiro;Porto Alegre;Belo Horizonte;Salvador;Recife;Curitiba
AR|Argentina|Buenos Aires;Rosario;Córdoba
CL|Chile|Santiago;Valparaíso
CO|Colombia|Bogotá;Medellín;Cali
ZA|South Africa|Cape Town;Johannesburg;Durban
SN|Senegal|Dakar
`

export interface City {
  name: string
  /** Another name for the same city, when sources use one (`Munich` for `München`). */
  otherName: string | null
  country: string
  countryCode: string
}

export const CITIES: readonly City[] = CITIES_BY_COUNTRY.trim()
  .split('\n')
  .flatMap((line) => {
    const [countryCode, country, names] = line.split('|')
    return names.split(';').map((entry) => {
      const [name, otherName] = entry.split('=')
      return { name, otherName: otherName ?? null, country, countryCode }
    })
  })
