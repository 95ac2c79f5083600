using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Customers;

/// <summary>Customers and their contacts: the parties of every communication (ISO 9001 §8.2.1).</summary>
internal static class CustomerSchema
{
    public static SchemaBuilder AddCustomerDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<Customer>(f => f
                .Field(c => c.Code).Field(c => c.Name).Field(c => c.Segment).Field(c => c.Industry).Field(c => c.Country)
                .Field(c => c.Email).Field(c => c.Phone).Field(c => c.IsActive).Field(c => c.CreatedAt).Field(c => c.UpdatedAt)
                .Field(c => c.Contacts))
            .SortFields<Customer>(f => f
                .Field(c => c.Code).Field(c => c.Name).Field(c => c.Segment).Field(c => c.Industry).Field(c => c.Country)
                .Field(c => c.IsActive).Field(c => c.CreatedAt).Field(c => c.UpdatedAt))
            .FilterFields<Contact>(f => f
                .Field(c => c.Name).Field(c => c.Role).Field(c => c.Email).Field(c => c.Phone).Field(c => c.IsPrimary))
            .SortFields<Contact>(f => f
                .Field(c => c.Name).Field(c => c.Role).Field(c => c.Email).Field(c => c.IsPrimary).Field(c => c.CreatedAt));
    }

    public static SchemaBuilder AddCustomers(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<CustomerSegment>("CustomerSegment", type => type
                .Description("The kind of customer relationship, used to group communication and satisfaction figures.")
                .Value("ENTERPRISE", description: "A large organisation with a framework agreement.")
                .Value("MID_MARKET", description: "A medium-sized business.")
                .Value("SMALL_BUSINESS", description: "A small business.")
                .Value("PUBLIC_SECTOR", description: "A public body.")
                .Value("DISTRIBUTOR", description: "A reseller or distributor.")
                .Value("CONSUMER", description: "A private person."))
            .Object<Customer>("Customer", type => type
                .Description("An organisation or person the organisation supplies, with the contacts it communicates with.")
                .Node("Customer", nodes)
                .Field(c => c.Code, f => f.Description("The account number: letters, digits and dashes, unique, upper case."))
                .Field(c => c.Name, f => f.Description("The customer's name."))
                .Field(c => c.Segment, f => f.Description("The kind of relationship."))
                .Field(c => c.Industry, f => f.Description("The customer's industry, when recorded."))
                .Field(c => c.Country, f => f.Description("ISO 3166-1 alpha-2 country code, e.g. DE."))
                .Field(c => c.Email, f => f.Description("The customer's general e-mail address."))
                .Field(c => c.Phone, f => f.Description("The customer's general phone number."))
                .Field(c => c.Notes, f => f.Description("Free-text notes."))
                .Field(c => c.IsActive, f => f.Description("False for customers no longer supplied; their history stays."))
                .FieldAsync("contacts", "[Contact!]!", ctx => ctx.LoadChildrenAsync<Contact>(ctx.ParentAs<Customer>().Id, c => c.CustomerId), f => f
                    .Description("The people at the customer the organisation communicates with, in the order they were added."))
                .FieldAsync("primaryContact", "Contact", async ctx => (await ctx.LoadChildrenAsync<Contact>(ctx.ParentAs<Customer>().Id, c => c.CustomerId)).FirstOrDefault(c => c.IsPrimary), f => f
                    .Description("The contact marked primary, if any.")))
            .Object<Contact>("Contact", type => type
                .Description("A person at a customer whom the organisation communicates with.")
                .Node("Contact", nodes)
                .Field(c => c.Name, f => f.Description("The person's name."))
                .Field(c => c.Role, f => f.Description("The person's role at the customer, e.g. Purchasing."))
                .Field(c => c.Email, f => f.Description("E-mail address; unique among the customer's contacts."))
                .Field(c => c.Phone, f => f.Description("Phone number."))
                .Field(c => c.IsPrimary, f => f.Description("True for the customer's one primary contact."))
                .FieldAsync("customer", "Customer!", async ctx => (await ctx.LoadAsync<Customer>(ctx.ParentAs<Contact>().CustomerId))!, f => f
                    .Description("The customer the person works for.")))
            .Query(query => query
                .Connection("customers", ctx => ctx.Query<Customer>(), c => c
                    .Description("Customers, filtered and ordered as asked (by default in the order they were created).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("contacts", ctx => ctx.Query<Contact>(), c => c
                    .Description("Contacts of every customer.")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
