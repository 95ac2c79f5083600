using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Customers;

/// <summary>Creating and changing customers and their contacts.</summary>
internal static class CustomerMutations
{
    private static readonly MutationResult CustomerResult = new("customer", "Customer", "the customer as saved");
    private static readonly MutationResult ContactResult = new("contact", "Contact", "the contact as saved");

    public static SchemaBuilder AddCustomerMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("createCustomer", "Records a new customer.", input => input
                .Field("code", "String!", f => f.Description("The account number: letters, digits and dashes; unique."))
                .Field("name", "String!", f => f.Description("The customer's name."))
                .Field("segment", "CustomerSegment!", f => f.Description("The kind of relationship."))
                .Field("country", "String!", f => f.Description("ISO 3166-1 alpha-2 country code, e.g. DE."))
                .Field("industry", "String", f => f.Description("The customer's industry."))
                .Field("email", "String", f => f.Description("General e-mail address."))
                .Field("phone", "String", f => f.Description("General phone number."))
                .Field("notes", "String", f => f.Description("Free-text notes.")),
                CustomerResult, MutationErrorKinds.Validation, CreateCustomerAsync)
            .Mutation("updateCustomer", "Changes a customer's details; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The customer."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the customer changed since."))
                .Field("code", "String", f => f.Description("A new account number."))
                .Field("name", "String", f => f.Description("A new name."))
                .Field("segment", "CustomerSegment", f => f.Description("A new segment."))
                .Field("country", "String", f => f.Description("A new country code."))
                .Field("industry", "String", f => f.Description("A new industry; null clears it."))
                .Field("email", "String", f => f.Description("A new e-mail address; null clears it."))
                .Field("phone", "String", f => f.Description("A new phone number; null clears it."))
                .Field("notes", "String", f => f.Description("New notes; null clears them."))
                .Field("isActive", "Boolean", f => f.Description("False stops supplying the customer; true resumes.")),
                CustomerResult, MutationErrorKinds.Update, UpdateCustomerAsync)
            .Mutation("createContact", "Adds a contact to a customer. Marking it primary takes the flag from the current primary contact.", input => input
                .Field("customerId", "ID!", f => f.Description("The customer."))
                .Field("name", "String!", f => f.Description("The person's name."))
                .Field("role", "String", f => f.Description("The person's role at the customer."))
                .Field("email", "String", f => f.Description("E-mail address; unique among the customer's contacts."))
                .Field("phone", "String", f => f.Description("Phone number."))
                .Field("isPrimary", "Boolean", f => f.Description("Makes the person the primary contact.").DefaultValue(false)),
                ContactResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, CreateContactAsync)
            .Mutation("updateContact", "Changes a contact; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The contact."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("name", "String", f => f.Description("A new name."))
                .Field("role", "String", f => f.Description("A new role; null clears it."))
                .Field("email", "String", f => f.Description("A new e-mail address; null clears it."))
                .Field("phone", "String", f => f.Description("A new phone number; null clears it."))
                .Field("isPrimary", "Boolean", f => f.Description("True makes the person the primary contact; false clears the flag.")),
                ContactResult, MutationErrorKinds.Update, UpdateContactAsync);
    }

    private static async Task<object> CreateCustomerAsync(MutationContext input)
    {
        var customer = new Customer(
            input.Required<string>("code"),
            input.Required<string>("name"),
            input.Required<CustomerSegment>("segment"),
            input.Required<string>("country"),
            input.Value<string>("industry"),
            input.Value<string>("email"),
            input.Value<string>("phone"),
            input.Value<string>("notes"));
        await EnsureCodeFreeAsync(input, customer);
        input.Db.Add(customer);
        return customer;
    }

    private static async Task<object> UpdateCustomerAsync(MutationContext input)
    {
        var customer = await input.FindAsync<Customer>("id", "Customer");
        input.ExpectVersion(customer, "Customer");
        customer.UpdateDetails(
            input.ValueOr("name", customer.Name)!,
            input.ValueOr("segment", customer.Segment),
            input.ValueOr("country", customer.Country)!,
            input.ValueOr("industry", customer.Industry),
            input.ValueOr("email", customer.Email),
            input.ValueOr("phone", customer.Phone),
            input.ValueOr("notes", customer.Notes));
        if (input.Value<string>("code") is { } code)
        {
            customer.ChangeCode(code);
            await EnsureCodeFreeAsync(input, customer);
        }

        switch (input.Value<bool?>("isActive"))
        {
            case true:
                customer.Activate();
                break;
            case false:
                customer.Deactivate();
                break;
        }

        return customer;
    }

    private static async Task<object> CreateContactAsync(MutationContext input)
    {
        var customer = await input.FindAsync<Customer>("customerId", "Customer", q => q.Include(c => c.Contacts));
        return customer.AddContact(
            input.Required<string>("name"),
            input.Value<string>("role"),
            input.Value<string>("email"),
            input.Value<string>("phone"),
            input.Value<bool>("isPrimary"));
    }

    private static async Task<object> UpdateContactAsync(MutationContext input)
    {
        var contact = await input.FindAsync<Contact>("id", "Contact", q => q.Include(c => c.Customer).ThenInclude(c => c.Contacts));
        input.ExpectVersion(contact, "Contact");
        contact.Customer.UpdateContact(
            contact,
            input.ValueOr("name", contact.Name)!,
            input.ValueOr("role", contact.Role),
            input.ValueOr("email", contact.Email),
            input.ValueOr("phone", contact.Phone),
            input.ValueOr("isPrimary", contact.IsPrimary));
        return contact;
    }

    private static async Task EnsureCodeFreeAsync(MutationContext input, Customer customer)
    {
        if (await input.Db.Set<Customer>().AnyAsync(c => c.Code == customer.Code && c.Id != customer.Id, input.CancellationToken))
        {
            throw new MutationFailedException(new ValidationError($"Another customer has the code {customer.Code}.", "code", "CUSTOMER_CODE_TAKEN"), "Customer code taken.");
        }
    }
}
