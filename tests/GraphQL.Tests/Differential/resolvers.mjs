// The resolvers of schema.graphql for graphql-js. DifferentialSchema.cs implements the same ones for the engine:
// change both together.
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8'));
const pets = [...data.dogs, ...data.cats];
const everything = [...data.humans, ...pets];
const byId = (list, id) => list.find((value) => value.id === id) ?? null;
const boom = (message) => () => {
  throw new Error(message);
};
const level = (depth) => ({ depth });

export const resolvers = {
  Query: {
    hello: () => 'Hello!',
    greet: (_, { name }) => `Hello, ${name ?? 'nobody'}!`,
    echoInt: (_, { value }) => value,
    echoFloat: (_, { value }) => value,
    echoString: (_, { value }) => value,
    echoBoolean: (_, { value }) => value,
    echoId: (_, { value }) => value,
    echoColor: (_, { value }) => value,
    echoDate: (_, { value }) => value,
    echoList: (_, { values }) => values,
    echoNonNullList: (_, { values }) => values,
    echoMatrix: (_, { values }) => values,
    echoFilter: (_, { filter }) => filter,
    echoFilters: (_, { filters }) => filters,
    requiredInt: (_, { value }) => value,
    requiredWithDefault: (_, { value }) => value,
    petBy: (_, { by }) => pets.find((pet) => (by.id != null ? pet.id === by.id : pet.name === by.name)) ?? null,
    dog: () => data.dogs[0],
    cat: () => data.cats[0],
    human: (_, { id }) => byId(data.humans, id),
    pets: () => [data.dogs[0], data.cats[0], null, data.dogs[1], data.cats[1]],
    catOrDog: () => [data.cats[0], data.dogs[0]],
    search: (_, { term }) => (term == null ? everything : everything.filter((value) => value.name != null && value.name.includes(term))),
    node: (_, { id }) => byId(everything, id),
    unknownPet: () => data.unknownPet,
    wrongPet: () => data.wrongPet,
    nullableBoom: boom('Boom.'),
    nonNullBoom: boom('Boom.'),
    nonNullNull: () => null,
    listWithNulls: () => data.listWithNulls,
    nonNullItemsWithNull: () => data.listWithNulls,
    nonNullListWithNullItem: () => data.listWithNulls,
    items: () => [{ id: 1 }, { id: 2 }, { id: 3 }],
    nullableItems: () => [{ id: 1 }, null, { id: 3 }],
    deep: () => level(1),
    quirks: () => data.quirks,
    color: () => 'BLUE',
  },
  Mutation: {
    createMessage: (_, { input }) => ({ ...input, repeated: Array(Math.max(0, input.times ?? 0)).fill(input.text) }),
    increment: (_, __, context) => ++context.counter,
    failingMutation: boom('Mutation failed.'),
    nonNullFailingMutation: boom('Mutation failed.'),
  },
  Subscription: {
    ticks: () => 1,
    messages: () => null,
  },
  Dog: {
    owner: (dog) => byId(data.humans, dog.ownerId),
    barkVolume: (_, { loud }) => (loud ? 10 : 2),
    doesKnowCommand: (dog, { command }) => dog.commands.includes(command),
  },
  Cat: {
    owner: (cat) => byId(data.humans, cat.ownerId),
  },
  Human: {
    pets: (human) => human.petIds.map((id) => byId(pets, id)),
    friends: (human) => human.friendIds.map((id) => byId(data.humans, id)),
  },
  FilterEcho: {
    keys: (filter) => Object.keys(filter).sort(),
  },
  Item: {
    name: (item) => {
      if (item.id === 2) {
        throw new Error('Item 2 has no name.');
      }
      return `item-${item.id}`;
    },
    check: (item) => (item.id === 3 ? null : 'ok'),
  },
  Level: {
    boom: (parent) => {
      throw new Error(`Boom at depth ${parent.depth}.`);
    },
    nonNullBoom: (parent) => {
      throw new Error(`Boom at depth ${parent.depth}.`);
    },
    next: (parent) => (parent.depth < 3 ? level(parent.depth + 1) : null),
    nonNullNext: (parent) => (parent.depth < 3 ? level(parent.depth + 1) : null),
    children: (parent) => (parent.depth < 3 ? [level(parent.depth + 1), null, level(parent.depth + 1)] : null),
    nonNullChildren: (parent) => (parent.depth < 3 ? [level(parent.depth + 1), level(parent.depth + 1)] : []),
  },
};

/** Every interface and union resolves a value to the type its data names. */
export const resolveType = (value) => value.__typename;
