/* Lexicon: traded goods and sectors that can be the object of a tariff or of trade (lower case). */

/** Surface form → canonical product name. Multi-word forms are matched first. */
export const PRODUCTS: Record<string, string> = {
  steel: 'steel', aluminum: 'aluminum', aluminium: 'aluminum', 'steel and aluminum': 'steel and aluminum',
  autos: 'autos', cars: 'cars', car: 'cars', automobiles: 'autos', vehicles: 'vehicles', 'auto parts': 'auto parts',
  'electric vehicles': 'electric vehicles', evs: 'electric vehicles', trucks: 'trucks', lumber: 'lumber',
  'softwood lumber': 'softwood lumber', timber: 'timber', pharmaceuticals: 'pharmaceuticals', drugs: 'drugs',
  medicines: 'medicines', semiconductors: 'semiconductors', chips: 'semiconductors', microchips: 'semiconductors',
  soybeans: 'soybeans', soy: 'soybeans', wheat: 'wheat', corn: 'corn', maize: 'corn', rice: 'rice',
  beef: 'beef', pork: 'pork', poultry: 'poultry', chicken: 'chicken', dairy: 'dairy', milk: 'milk',
  cheese: 'cheese', eggs: 'eggs', sugar: 'sugar', coffee: 'coffee', cocoa: 'cocoa', tea: 'tea',
  wine: 'wine', whisky: 'whisky', whiskey: 'whiskey', spirits: 'spirits', beer: 'beer', seafood: 'seafood',
  fish: 'fish', lobster: 'lobster', salmon: 'salmon', canola: 'canola', potash: 'potash', fertilizer: 'fertilizer',
  fertilizers: 'fertilizer', oil: 'oil', 'crude oil': 'crude oil', crude: 'crude oil', gas: 'natural gas',
  'natural gas': 'natural gas', lng: 'liquefied natural gas', LNG: 'liquefied natural gas', coal: 'coal', copper: 'copper', nickel: 'nickel',
  lithium: 'lithium', cobalt: 'cobalt', 'rare earths': 'rare earths', 'rare earth': 'rare earths',
  'critical minerals': 'critical minerals', iron: 'iron', 'iron ore': 'iron ore', gold: 'gold', uranium: 'uranium',
  textiles: 'textiles', clothing: 'clothing', apparel: 'apparel', garments: 'garments', footwear: 'footwear',
  shoes: 'shoes', furniture: 'furniture', electronics: 'electronics', smartphones: 'smartphones',
  'solar panels': 'solar panels', batteries: 'batteries', 'lithium-ion batteries': 'batteries', machinery: 'machinery',
  aircraft: 'aircraft', ships: 'ships', tomatoes: 'tomatoes', avocados: 'avocados', fruit: 'fruit',
  vegetables: 'vegetables', tobacco: 'tobacco', cotton: 'cotton', rubber: 'rubber', plastics: 'plastics',
  chemicals: 'chemicals', cement: 'cement', 'paper products': 'paper products', pulp: 'pulp', tires: 'tires', tyres: 'tires',
  appliances: 'appliances', 'washing machines': 'washing machines',
  goods: 'goods', imports: 'imports', exports: 'exports', 'olive oil': 'olive oil', 
  'palm oil': 'palm oil', 'car parts': 'auto parts', 'auto': 'autos', automotive: 'autos', cattle: 'cattle',
  chocolate: 'chocolate', 'orange juice': 'orange juice', 'peanut butter': 'peanut butter', motorcycles: 'motorcycles',
  electricity: 'electricity', grain: 'grain', grains: 'grain', wines: 'wines', meat: 'meat', bourbon: 'bourbon', jeans: 'jeans',
  'farm products': 'farm products', 'agricultural products': 'agricultural products', 'solar cells': 'solar cells', toys: 'toys',
  'bourbon whiskey': 'bourbon whiskey', 'fish meal': 'fish meal', fishmeal: 'fish meal', blueberries: 'blueberries',
  grapes: 'grapes', apples: 'apples', pears: 'pears', bananas: 'bananas', oranges: 'oranges', cherries: 'cherries',
  shrimp: 'shrimp', prawns: 'shrimp', almonds: 'almonds', pistachios: 'pistachios', walnuts: 'walnuts', peanuts: 'peanuts',
  cranberries: 'cranberries', honey: 'honey', butter: 'butter', sorghum: 'sorghum', ethanol: 'ethanol', biodiesel: 'biodiesel',
  rum: 'rum', vodka: 'vodka', cognac: 'cognac', brandy: 'brandy', cigarettes: 'cigarettes', cosmetics: 'cosmetics',
  handbags: 'handbags', bicycles: 'bicycles', boats: 'boats', yachts: 'yachts', 'wind turbines': 'wind turbines',
  'solar modules': 'solar modules', 'steel pipes': 'steel pipes', 'frozen fish': 'frozen fish', 'live cattle': 'cattle',
  'liquefied natural gas': 'liquefied natural gas', hydrogen: 'hydrogen',
  barley: 'barley', lentils: 'lentils', 'canola oil': 'canola oil', 'canola seed': 'canola', 'steel products': 'steel',
};

/**
 * General commodity vocabulary by the sections of the Harmonized System (animal and vegetable products, fats,
 * foodstuffs, minerals and fuels, chemicals, plastics, leather, wood, paper, textiles, footwear, glass, precious
 * metals, base metals, machinery, vehicles, arms, manufactures) and the usual broad classes of goods.
 */
const HS_GOODS: Record<string, string> = {
  // I–II animal and vegetable products
  'live animals': 'live animals', pigs: 'pigs', hogs: 'hogs', sheep: 'sheep', veal: 'veal', mutton: 'mutton', lamb: 'lamb',
  pigmeat: 'pigmeat', 'pig meat': 'pigmeat', shellfish: 'shellfish', tuna: 'tuna', cod: 'cod', herring: 'herring', mackerel: 'mackerel',
  sardines: 'sardines', pollock: 'pollock', crab: 'crab', squid: 'squid', 'dairy products': 'dairy products', 'milk powder': 'milk powder',
  wool: 'wool', hides: 'hides', skins: 'skins', oats: 'oats', rye: 'rye', millet: 'millet', cereals: 'cereals', flour: 'flour',
  oilseeds: 'oilseeds', oilseed: 'oilseeds', rapeseed: 'rapeseed', 'sunflower seed': 'sunflower seed', groundnuts: 'groundnuts', copra: 'copra',
  spices: 'spices', pepper: 'pepper', vanilla: 'vanilla', potatoes: 'potatoes', onions: 'onions', citrus: 'citrus', 'citrus fruit': 'citrus fruit',
  cashews: 'cashews', nuts: 'nuts', tapioca: 'tapioca', cassava: 'cassava', manioc: 'manioc', flowers: 'flowers', jute: 'jute', sisal: 'sisal',
  hemp: 'hemp', 'soybean': 'soybeans', 'soya beans': 'soybeans', 'soybean meal': 'soybean meal', soymeal: 'soybean meal',
  // III fats and oils
  'vegetable oils': 'vegetable oils', 'vegetable oil': 'vegetable oils', 'palm kernel oil': 'palm kernel oil', 'soybean oil': 'soybean oil',
  'soyoil': 'soybean oil', 'sunflower oil': 'sunflower oil', 'coconut oil': 'coconut oil', 'fish oil': 'fish oil', 'crude palm oil': 'crude palm oil',
  // IV foodstuffs
  molasses: 'molasses', confectionery: 'confectionery', beverages: 'beverages', 'fruit juice': 'fruit juice', 'animal feed': 'animal feed',
  feedstuffs: 'feedstuffs', 'corn gluten feed': 'corn gluten feed', food: 'food', foodstuffs: 'foodstuffs', 'processed food': 'processed food',
  // V minerals and fuels
  salt: 'salt', sulphur: 'sulphur', sulfur: 'sulphur', ores: 'ores', 'copper ore': 'copper ore', bauxite: 'bauxite', alumina: 'alumina',
  manganese: 'manganese', chrome: 'chrome', chromium: 'chromium', zinc: 'zinc', tin: 'tin', tungsten: 'tungsten', platinum: 'platinum',
  petroleum: 'petroleum', 'petroleum products': 'petroleum products', 'oil products': 'oil products', 'refined products': 'refined products',
  gasoline: 'gasoline', petrol: 'petrol', diesel: 'diesel', 'fuel oil': 'fuel oil', 'jet fuel': 'jet fuel', kerosene: 'kerosene', naphtha: 'naphtha',
  lpg: 'liquefied petroleum gas', LPG: 'liquefied petroleum gas', 'liquefied petroleum gas': 'liquefied petroleum gas', minerals: 'minerals',
  'steaming coal': 'steaming coal', 'coking coal': 'coking coal', 'thermal coal': 'thermal coal',
  // VI–VII chemicals and plastics
  petrochemicals: 'petrochemicals', petrochemical: 'petrochemicals', 'fats and oils': 'fats and oils', 'oils and fats': 'oils and fats', fertilisers: 'fertilizer', fertiliser: 'fertilizer', urea: 'urea', phosphate: 'phosphate', phosphates: 'phosphate',
  resins: 'resins', dyes: 'dyes', pesticides: 'pesticides', explosives: 'explosives',
  // VIII–X leather, wood, paper
  leather: 'leather', 'leather goods': 'leather goods', furs: 'furs', wood: 'wood', plywood: 'plywood', 'forest products': 'forest products',
  newsprint: 'newsprint', paperboard: 'paperboard', cardboard: 'cardboard',
  // XI–XIII textiles, footwear, glass and ceramics
  textile: 'textiles', yarn: 'yarn', fabrics: 'fabrics', cloth: 'cloth', silk: 'silk', knitwear: 'knitwear', glass: 'glass', glassware: 'glassware',
  ceramics: 'ceramics', porcelain: 'porcelain', tiles: 'tiles',
  // XIV–XV precious and base metals
  silver: 'silver', diamonds: 'diamonds', jewellery: 'jewellery', jewelry: 'jewelry', 'base metals': 'base metals',
  'scrap metal': 'scrap metal', 'pig iron': 'pig iron', 'ferro-alloys': 'ferro-alloys', 'stainless steel': 'stainless steel', 'steel pipe': 'steel pipes',
  // XVI machinery and electronics
  'machine tools': 'machine tools', 'machine tool': 'machine tools', 'electronic goods': 'electronic goods', 'electrical goods': 'electrical goods',
  'electrical equipment': 'electrical equipment', computers: 'computers', 'personal computers': 'personal computers', 'television sets': 'television sets',
  televisions: 'televisions', 'TV sets': 'television sets', 'colour televisions': 'colour televisions', 'color televisions': 'color televisions',
  'video recorders': 'video recorders', videocassette: 'videocassette recorders', 'videocassette recorders': 'videocassette recorders', VCRs: 'videocassette recorders',
  radios: 'radios', telephones: 'telephones', 'mobile phones': 'mobile phones', photocopiers: 'photocopiers', cameras: 'cameras',
  'telecommunications equipment': 'telecommunications equipment', 'consumer electronics': 'consumer electronics', refrigerators: 'refrigerators',
  'air conditioners': 'air conditioners', 'power equipment': 'power equipment',
  // XVII vehicles
  'passenger cars': 'passenger cars', buses: 'buses', locomotives: 'locomotives', 'railway equipment': 'railway equipment',
  'spare parts': 'spare parts', 'auto parts': 'auto parts', 'vehicle parts': 'vehicle parts', helicopters: 'helicopters', 'fighter jets': 'fighter jets',
  // XIX arms
  // One good under its usual names (HS chapter 93, arms and ammunition).
  arms: 'arms', weapons: 'arms', 'military equipment': 'arms', 'military hardware': 'arms', munitions: 'munitions',
  // broad classes of goods
  'consumer goods': 'consumer goods', 'manufactured goods': 'manufactured goods', manufactures: 'manufactures', 'capital goods': 'capital goods',
  'industrial goods': 'industrial goods', 'engineering goods': 'engineering goods', 'farm goods': 'farm goods', 'raw materials': 'raw materials',
  'agricultural produce': 'agricultural produce', 'farm produce': 'farm produce', 'luxury goods': 'luxury goods', 'sporting goods': 'sporting goods',
};
for (const [form, name] of Object.entries(HS_GOODS)) if (!(form in PRODUCTS)) PRODUCTS[form] = name;

/** Forms that name no specific product (only "goods"/"imports" from a country): not emitted as Product. */
export const GENERIC_PRODUCTS = new Set(['goods', 'imports', 'exports', 'products', 'items']);
