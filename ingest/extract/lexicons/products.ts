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

/** Forms that name no specific product (only "goods"/"imports" from a country): not emitted as Product. */
export const GENERIC_PRODUCTS = new Set(['goods', 'imports', 'exports', 'products', 'items']);
